import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import request from 'supertest';
import type { OnnxPostEditor } from '../../src/model/post-editor.js';
import { createApp } from '../../src/server/app.js';
import { serverConfig } from '../../src/server/config.js';
import { EXAMPLE_REQUEST } from '../../src/server/openapi.js';
import { posteditRequestSchema } from '../../src/server/routes/postedit.js';
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

test('/openapi.json is OpenAPI 3.1 and lists exactly the routes the app serves', async () => {
  const app = createApp({ postEditor: pe }).app;
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
});

test('the documented example request is valid and answered with the documented shape', async () => {
  const config = serverConfig({});
  assert.ok(posteditRequestSchema(config).safeParse(EXAMPLE_REQUEST).success);
  const res = await request(createApp({ postEditor: pe }).app)
    .post('/v1/postedit')
    .send(EXAMPLE_REQUEST);
  assert.equal(res.status, 200);
  const seg = res.body.segments[0];
  assert.deepEqual(Object.keys(seg).sort(), ['changed', 'pe', 'score']);
  assert.equal(typeof seg.pe, 'string');
  assert.equal(typeof seg.score, 'number');
});
