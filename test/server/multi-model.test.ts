/**
 * One app serving both fixture models (model-tiny-softmax first, so the default, then
 * model-tiny-entmax). Oracle: a single-model app on each model answers the same request
 * without `model`; that app's answers are checked against the Python reference decoder in
 * app.test.ts and explain.test.ts.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import request from 'supertest';
import { OnnxPostEditor } from '../../src/model/post-editor.js';
import { createApp } from '../../src/server/app.js';
import { DuplicateModelError } from '../../src/server/models.js';
import { fixture } from '../helpers/paths.js';
import { relabeledModel, type RelabeledModel } from '../helpers/relabeled-model.js';
import { loadReference } from '../model/reference.js';
import { loadPostEditor } from './fixture-app.js';

const SOFTMAX = 'model-tiny-softmax';
const ENTMAX = 'model-tiny-entmax';

const EN_ES = 'tiny-en-es';

let softmax: OnnxPostEditor;
let entmax: OnnxPostEditor;
/** model-tiny-entmax under a manifest that says en -> es (ape.json is not among the hashed files). */
let enEs: OnnxPostEditor;
let enEsDir: RelabeledModel;
before(async () => {
  softmax = await loadPostEditor();
  entmax = await OnnxPostEditor.load(fixture(ENTMAX), { workers: 1, intraOpThreads: 1 });
  enEsDir = relabeledModel(ENTMAX, EN_ES, { src: 'en', tgt: 'es' });
  enEs = await OnnxPostEditor.load(enEsDir.dir, { workers: 1, intraOpThreads: 1 });
});
after(async () => {
  await softmax.close();
  await entmax.close();
  await enEs.close();
  enEsDir.remove();
});

const both = () => createApp({ models: [{ postEditor: softmax }, { postEditor: entmax }] }).app;
const single = (name: string) => createApp({ postEditor: name === SOFTMAX ? softmax : entmax }).app;

/** The reference cases of both fixtures, as segments. */
function segments(): { src: string; mt: string }[] {
  return [SOFTMAX, ENTMAX].flatMap((m) =>
    loadReference(m).cases.map((c) => ({ src: c.src, mt: c.mt })),
  );
}

test('postedit: no model is the default, each named model answers as a single-model app on it does', async () => {
  const app = both();
  const body = { segments: segments(), options: { beam: 3, nbest: 2 } };
  const byName: Record<string, unknown> = {};
  for (const name of [SOFTMAX, ENTMAX]) {
    const want = await request(single(name)).post('/v1/postedit').send(body);
    assert.equal(want.status, 200);
    assert.equal(want.body.model, name);
    const got = await request(app)
      .post('/v1/postedit')
      .send({ ...body, model: name });
    assert.equal(got.status, 200, JSON.stringify(got.body));
    assert.deepEqual(got.body, want.body);
    byName[name] = want.body.segments;
  }
  // the two models disagree somewhere, so picking the wrong one could not pass unnoticed
  assert.notDeepEqual(byName[SOFTMAX], byName[ENTMAX]);
  const dflt = await request(app).post('/v1/postedit').send(body);
  assert.equal(dflt.status, 200);
  assert.equal(dflt.body.model, SOFTMAX);
  assert.deepEqual(dflt.body.segments, byName[SOFTMAX]);
});

test('explain: the named model explains, as a single-model app on it does', async () => {
  const app = both();
  const seg = segments()[1] ?? { src: '', mt: '' };
  for (const name of [SOFTMAX, ENTMAX]) {
    const want = await request(single(name))
      .post('/v1/explain')
      .send({ ...seg, options: { beam: 2 } });
    assert.equal(want.status, 200);
    const got = await request(app)
      .post('/v1/explain')
      .send({ ...seg, model: name, options: { beam: 2 } });
    assert.equal(got.status, 200);
    assert.deepEqual(got.body, want.body);
    assert.equal(got.body.model, name);
  }
  const dflt = await request(app).post('/v1/explain').send(seg);
  assert.equal(dflt.body.model, SOFTMAX);
  assert.equal(dflt.body.normalizer, softmax.info.architecture.normalizers.context);
});

test('`languages` picks the first model of that pair, codes compared as ISO 639-3; with `model` it is checked', async () => {
  // es -> en twice (softmax the default, then entmax), en -> es last
  const app = createApp({
    models: [{ postEditor: softmax }, { postEditor: entmax }, { postEditor: enEs }],
  }).app;
  const segs = segments();
  const post = (body: object) =>
    request(app)
      .post('/v1/postedit')
      .send({ segments: segs, ...body });
  const byName = await post({ model: EN_ES });
  assert.equal(byName.status, 200);
  const cases: [object, string][] = [
    [{ languages: { src: 'en', tgt: 'es' } }, EN_ES],
    [{ languages: { src: 'eng', tgt: 'spa' } }, EN_ES],
    [{ languages: { src: 'es', tgt: 'en' } }, SOFTMAX],
    [{ languages: { src: 'ES-es', tgt: 'en_GB' } }, SOFTMAX],
    [{ model: ENTMAX, languages: { src: 'spa', tgt: 'en' } }, ENTMAX],
    [{ model: EN_ES, languages: { src: 'en', tgt: 'es' } }, EN_ES],
  ];
  for (const [body, want] of cases) {
    const res = await post(body);
    assert.equal(res.status, 200, JSON.stringify(body));
    assert.equal(res.body.model, want, JSON.stringify(body));
  }
  // the same segments as asking for the model by name (the oracle of the test above)
  const byPair = await post({ languages: { src: 'en', tgt: 'es' } });
  assert.deepEqual(byPair.body, byName.body);
  const explained = await request(app)
    .post('/v1/explain')
    .send({ ...segs[0], languages: { src: 'en', tgt: 'es' } });
  assert.equal(explained.status, 200);
  assert.equal(explained.body.model, EN_ES);

  const bad: [string, object, string | RegExp][] = [
    [
      '/v1/postedit',
      { languages: { src: 'fr', tgt: 'en' }, segments: segs },
      `languages: no model on this server post-edits fr -> en; served: ${SOFTMAX} (es -> en), ${ENTMAX} (es -> en), ${EN_ES} (en -> es) (GET /v1/models)`,
    ],
    [
      '/v1/explain',
      { model: ENTMAX, languages: { src: 'en', tgt: 'es' }, ...segs[0] },
      `languages: model '${ENTMAX}' post-edits es -> en, not en -> es`,
    ],
    ['/v1/postedit', { languages: { src: '', tgt: 'en' }, segments: segs }, /^languages\.src: /],
    ['/v1/postedit', { languages: { src: 'es' }, segments: segs }, /^languages\.tgt: /],
    ['/v1/postedit', { languages: 'es-en', segments: segs }, /^languages: /],
  ];
  for (const [path, body, detail] of bad) {
    const res = await request(app).post(path).send(body);
    assert.equal(res.status, 400, JSON.stringify(body));
    assert.match(res.headers['content-type'] ?? '', /^application\/problem\+json/);
    if (typeof detail === 'string') assert.equal(res.body.detail, detail);
    else assert.match(res.body.detail, detail);
    assert.match(res.body.field, /^languages/);
  }
  // an unknown model is still reported on `model`, whatever `languages` says
  const unknown = await post({ model: 'nope', languages: { src: 'es', tgt: 'en' } });
  assert.equal(unknown.body.field, 'model');
});

test('an unknown model is a 400 problem on the field `model` that lists the known names', async () => {
  const app = both();
  const cases: [string, object][] = [
    ['/v1/postedit', { model: 'nope', segments: [{ src: 'el gato', mt: 'the cat' }] }],
    ['/v1/explain', { model: 'nope', src: 'el gato', mt: 'the cat' }],
    ['/v1/postedit', { model: 7, segments: [{ src: 'el gato', mt: 'the cat' }] }],
  ];
  for (const [path, body] of cases) {
    const res = await request(app).post(path).send(body);
    assert.equal(res.status, 400, path);
    assert.match(res.headers['content-type'] ?? '', /^application\/problem\+json/);
    assert.equal(res.body.field, 'model');
    assert.match(res.body.detail, /^model: /);
  }
  const res = await request(app)
    .post('/v1/postedit')
    .send(cases[0]?.[1] ?? {});
  assert.match(res.body.detail, /'nope'/);
  assert.ok(res.body.detail.includes(`${SOFTMAX}, ${ENTMAX}`), res.body.detail);
});

test('GET /v1/models lists both, the default first and marked; a renamed model keeps its manifest name', async () => {
  const res = await request(both()).get('/v1/models');
  assert.equal(res.status, 200);
  assert.deepEqual(
    res.body.models.map((m: { name: string; default: boolean }) => [m.name, m.default]),
    [
      [SOFTMAX, true],
      [ENTMAX, false],
    ],
  );
  assert.equal(res.body.models[1].architecture.normalizers.context, 'alpha-entmax');
  assert.deepEqual(res.body.models[1].beam, {
    minimum: 1,
    maximum: 8,
    default: entmax.info.decoding.beam,
  });
  assert.equal(res.body.models[0].manifestName, undefined);

  const renamed = createApp({
    models: [{ postEditor: entmax }, { postEditor: softmax, name: 'fast' }],
  }).app;
  const listed = await request(renamed).get('/v1/models');
  assert.deepEqual(
    listed.body.models.map((m: { name: string; manifestName?: string }) => [
      m.name,
      m.manifestName,
    ]),
    [
      [ENTMAX, undefined],
      ['fast', SOFTMAX],
    ],
  );
  const pe = await request(renamed)
    .post('/v1/postedit')
    .send({ model: 'fast', segments: [{ src: 'el gato', mt: 'the cat' }] });
  assert.equal(pe.body.model, 'fast');
  const byManifestName = await request(renamed)
    .post('/v1/postedit')
    .send({ model: SOFTMAX, segments: [{ src: 'el gato', mt: 'the cat' }] });
  assert.equal(byManifestName.status, 400, 'a renamed model answers only to its new name');
  assert.equal(byManifestName.body.field, 'model');
});

test('two models under one name are refused', () => {
  assert.throws(
    () => createApp({ models: [{ postEditor: softmax }, { postEditor: softmax }] }).app,
    (err: unknown) => err instanceof DuplicateModelError && err.message.includes(SOFTMAX),
  );
  assert.throws(
    () =>
      createApp({
        models: [
          { postEditor: softmax, name: 'x' },
          { postEditor: entmax, name: 'x' },
        ],
      }).app,
    DuplicateModelError,
  );
});

test('readyz names every model; /metrics has per-model batch and queue series beside the totals', async () => {
  const app = both();
  const seg = { src: 'el gato', mt: 'the cat' };
  await request(app)
    .post('/v1/postedit')
    .send({ segments: [seg] });
  await request(app)
    .post('/v1/postedit')
    .send({ model: ENTMAX, segments: [seg, seg] });
  const ready = await request(app).get('/readyz');
  assert.equal(ready.status, 200);
  assert.equal(ready.body.model, SOFTMAX);
  assert.deepEqual(
    ready.body.models.map((m: { name: string }) => m.name),
    [SOFTMAX, ENTMAX],
  );
  const text = (await request(app).get('/metrics')).text;
  for (const line of [
    'ape_batch_segments_count 2',
    'ape_batch_segments_sum 3',
    'ape_queue_segments 0',
    `ape_model_batch_segments_count{model="${SOFTMAX}"} 1`,
    `ape_model_batch_segments_sum{model="${ENTMAX}"} 2`,
    `ape_model_queue_segments{model="${SOFTMAX}"} 0`,
    `ape_model_queue_segments{model="${ENTMAX}"} 0`,
    `ape_model_segments_total{model="${ENTMAX}"} 2`,
  ])
    assert.ok(text.includes(line), line);
});

test('/openapi.json: `model` is an enum of the served names in postedit and explain, `languages` a pair', async () => {
  const doc = (await request(both()).get('/openapi.json')).body;
  const field = doc.components.schemas.PosteditRequest.properties.model;
  assert.deepEqual(field.enum, [SOFTMAX, ENTMAX]);
  assert.equal(field.default, SOFTMAX);
  const explainBody =
    doc.paths['/v1/explain'].post.requestBody.content['application/json'].schema.properties;
  assert.deepEqual(explainBody.model.enum, [SOFTMAX, ENTMAX]);
  for (const languages of [
    doc.components.schemas.PosteditRequest.properties.languages,
    explainBody.languages,
  ])
    assert.deepEqual(languages.required, ['src', 'tgt']);
});

test('drain waits for the queued work of every model', async () => {
  const ape = createApp({
    models: [{ postEditor: softmax }, { postEditor: entmax }],
    config: { maxWaitMs: 300 },
  });
  const seg = { src: 'el gato negro duerme .', mt: 'the cat black sleep .' };
  const answered: string[] = [];
  const pending = [SOFTMAX, ENTMAX].map((model) =>
    request(ape.app)
      .post('/v1/postedit')
      .send({ model, segments: [seg] })
      .then((r) => {
        assert.equal(r.status, 200);
        answered.push(r.body.model as string);
      }),
  );
  // both requests queued (maxWaitMs holds the batch), within a deadline
  const deadline = Date.now() + 10_000;
  while (ape.models.depth < 2) {
    assert.ok(
      Date.now() < deadline,
      `both requests queued within 10 s (queued: ${ape.models.depth} of 2 segments)`,
    );
    await new Promise((r) => setTimeout(r, 5));
  }
  await ape.models.drain();
  assert.equal(ape.models.depth, 0);
  await Promise.all(pending);
  assert.deepEqual(answered.sort(), [ENTMAX, SOFTMAX]);
});
