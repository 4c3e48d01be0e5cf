import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
// JSON Schema (draft-07) validator, in node_modules through eslint: an independent reader of
// the generated document (its schemas use no keyword draft-07 lacks).
import Ajv from 'ajv';
import request from 'supertest';
import type { OnnxPostEditor } from '../../src/model/post-editor.js';
import { createApp } from '../../src/server/app.js';
import { EXAMPLE_DIFF, EXAMPLE_EXPLAIN, EXAMPLE_REQUEST } from '../../src/server/openapi.js';
import { requestSchemas } from '../../src/server/schemas.js';
import { loadPostEditor } from './fixture-app.js';

let pe: OnnxPostEditor;
before(async () => {
  pe = await loadPostEditor();
});
after(() => pe.close());

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every (METHOD path) the express app routes, read from its router stack. */
function routes(stack: Layer[]): string[] {
  return stack.flatMap((l) => {
    if (l.route !== undefined)
      return Object.keys(l.route.methods).map((m) => `${m.toUpperCase()} ${l.route?.path}`);
    return l.handle?.stack === undefined ? [] : routes(l.handle.stack);
  });
}

/** A JSON pointer segment (RFC 6901). */
const seg = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** Validates a value against a schema of the document, located by its path in it. */
async function documentValidator() {
  const doc = (await request(createApp({ postEditor: pe }).app).get('/openapi.json')).body;
  const ajv = new Ajv({ allErrors: true });
  ajv.addSchema(doc, 'openapi.json');
  return (value: unknown, ...path: string[]): string[] => {
    const ok = ajv.validate({ $ref: `openapi.json#/${path.map(seg).join('/')}` }, value);
    return ok === true ? [] : [ajv.errorsText(ajv.errors)];
  };
}

const requestBody = (path: string) => [
  'paths',
  path,
  'post',
  'requestBody',
  'content',
  'application/json',
  'schema',
];
const responseBody = (path: string, method: string, status: string) => [
  'paths',
  path,
  method,
  'responses',
  status,
  'content',
  'application/json',
  'schema',
];

test('/openapi.json is OpenAPI 3.1 and lists exactly the routes the app serves', async () => {
  const { app } = createApp({ postEditor: pe });
  const res = await request(app).get('/openapi.json');
  assert.equal(res.status, 200);
  assert.equal(res.body.openapi, '3.1.0');
  const documented = Object.entries(res.body.paths as Record<string, Record<string, unknown>>)
    .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
    .sort();
  const served = routes((app as unknown as { router: { stack: Layer[] } }).router.stack).sort();
  assert.deepEqual(documented, served);
  const statuses = Object.keys(res.body.paths['/v1/postedit'].post.responses as object);
  for (const s of ['200', '400', '401', '413', '415', '422', '503', '504'])
    assert.ok(statuses.includes(s), s);
  // the descriptions of the zod schemas are in the document
  const options = res.body.components.schemas.PosteditRequest.properties.options.properties;
  assert.match(options.keepMtMargin.description, /Conservative decoding/);
  assert.match(res.body.components.schemas.Result.properties.kept.description, /keepMtMargin/);
  assert.match(
    res.body.components.schemas.Segment.properties.src.description,
    new RegExp(`at most ${pe.info.maxSrcTokens} tokens`),
  );
});

const examples: [string, object][] = [
  ['/v1/postedit', EXAMPLE_REQUEST],
  ['/v1/explain', EXAMPLE_EXPLAIN],
  ['/v1/diff', EXAMPLE_DIFF],
];

test("each route's example request is valid by the document and by the route, and its answer has the documented shape", async () => {
  const ape = createApp({ postEditor: pe });
  const schemas = requestSchemas(ape.config, ape.models);
  assert.ok(schemas.postedit.safeParse(EXAMPLE_REQUEST).success);
  assert.ok(schemas.explain.safeParse(EXAMPLE_EXPLAIN).success);
  assert.ok(schemas.diff.safeParse(EXAMPLE_DIFF).success);
  const valid = await documentValidator();
  for (const [path, example] of examples) {
    assert.deepEqual(valid(example, ...requestBody(path)), [], path);
    const res = await request(ape.app).post(path).send(example);
    assert.equal(res.status, 200, `${path}: ${JSON.stringify(res.body)}`);
    assert.deepEqual(valid(res.body, ...responseBody(path, 'post', '200')), [], path);
  }
  const seg = (await request(ape.app).post('/v1/postedit').send(EXAMPLE_REQUEST)).body.segments[0];
  assert.deepEqual(Object.keys(seg).sort(), ['changed', 'pe', 'score']);
  for (const [path, status] of [
    ['/v1/models', '200'],
    ['/healthz', '200'],
    ['/readyz', '200'],
  ] as const) {
    const res = await request(ape.app).get(path);
    assert.equal(res.status, Number(status), path);
    assert.deepEqual(valid(res.body, ...responseBody(path, 'get', status)), [], path);
  }
});

test('what the routes refuse, the document refuses too; their problems have the documented shape', async () => {
  const { app } = createApp({ postEditor: pe });
  const valid = await documentValidator();
  const invalid: [string, object][] = [
    ['/v1/postedit', { segments: [] }],
    ['/v1/postedit', { segments: [{ src: 'a' }] }],
    ['/v1/postedit', { ...EXAMPLE_REQUEST, options: { beam: 0 } }],
    ['/v1/postedit', { ...EXAMPLE_REQUEST, options: { keepMtMargin: -1 } }],
    ['/v1/postedit', { ...EXAMPLE_REQUEST, tags: 'latex' }],
    ['/v1/postedit', { ...EXAMPLE_REQUEST, extra: 1 }],
    ['/v1/explain', { src: 'a' }],
    ['/v1/explain', { ...EXAMPLE_EXPLAIN, languages: { src: '', tgt: 'en' } }],
    ['/v1/diff', { pairs: [{ mt: 'a', pe: 1 }] }],
  ];
  for (const [path, body] of invalid) {
    const what = `${path} ${JSON.stringify(body)}`;
    assert.notDeepEqual(valid(body, ...requestBody(path)), [], what);
    const res = await request(app).post(path).send(body);
    assert.equal(res.status, 400, what);
    assert.deepEqual(valid(res.body, 'components', 'schemas', 'Problem'), [], what);
  }
  // and what the document allows, with keepMtMargin null, is answered
  const off = { ...EXAMPLE_REQUEST, options: { beam: 1, keepMtMargin: null } };
  assert.deepEqual(valid(off, ...requestBody('/v1/postedit')), []);
  assert.equal((await request(app).post('/v1/postedit').send(off)).status, 200);
});
