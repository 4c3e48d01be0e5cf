import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import request from 'supertest';
import { SUPPORTED_FORMAT_VERSIONS } from '../../src/model/manifest.js';
import { OnnxPostEditor } from '../../src/model/post-editor.js';
import { createApp } from '../../src/server/app.js';
import { beam4WithMtScores, loadPostEditor, MODEL, type Expected } from './fixture-app.js';

/**
 * POST /v1/postedit with options.keepMtMargin (conservative decoding). Oracles: the Python
 * reference decoder's best beam-4 score (reference.json) and the mt's forced score
 * (test/fixtures/forced/, written by make_forced_expected.py); every case's gap between the
 * two is at least 1e-3 away from the margins used here.
 */
interface Case extends Expected {
  mtScore: number;
}
let cases: Case[];
let pe: OnnxPostEditor;
const tmp = mkdtempSync(join(tmpdir(), 'ape-keep-mt-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

before(async () => {
  cases = await beam4WithMtScores();
  pe = await loadPostEditor();
});
after(() => pe.close());

const body = (options: Record<string, unknown>) => ({
  segments: cases.map((e) => ({ src: e.c.src, mt: e.c.mt })),
  options: { beam: 4, ...options },
});

interface Answer {
  pe: string;
  changed: boolean;
  score: number;
  kept?: string;
  mtScore?: number;
}

function assertDecisions(segments: Answer[], margin: number): void {
  assert.equal(segments.length, cases.length);
  let kept = 0;
  cases.forEach((e, i) => {
    const got = segments[i];
    assert.ok(got !== undefined);
    assert.ok(Math.abs(e.score - e.mtScore - margin) > 1e-3, 'no near-tie');
    const keep = e.score - e.mtScore <= margin;
    kept += keep ? 1 : 0;
    assert.equal(got.kept, keep ? 'mt' : 'edit', e.c.mt);
    assert.equal(got.pe, keep ? e.c.mt : e.pe);
    assert.equal(got.changed, keep ? false : e.changed);
    assert.ok(Math.abs(got.score - e.score) < 1e-4);
    assert.ok(Math.abs((got.mtScore ?? NaN) - e.mtScore) < 1e-4);
  });
  assert.ok(kept > 0 && kept < cases.length, 'the margin splits the cases');
}

test('200: each segment says which was kept, with both scores', async () => {
  const res = await request(createApp({ postEditor: pe }).app)
    .post('/v1/postedit')
    .send(body({ keepMtMargin: 6 }));
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assertDecisions(res.body.segments as Answer[], 6);
});

test('concurrent requests with different margins are decided each by its own', async () => {
  const app = createApp({ postEditor: pe, config: { maxWaitMs: 200 } }).app;
  const [a, b, c] = await Promise.all([
    request(app)
      .post('/v1/postedit')
      .send(body({ keepMtMargin: 3 })),
    request(app).post('/v1/postedit').send(body({})),
    request(app)
      .post('/v1/postedit')
      .send(body({ keepMtMargin: 6 })),
  ]);
  assertDecisions(a?.body.segments as Answer[], 3);
  for (const s of b?.body.segments as Answer[]) {
    assert.deepEqual(Object.keys(s).sort(), ['changed', 'pe', 'score']);
  }
  assertDecisions(c?.body.segments as Answer[], 6);
});

test('400 naming options.keepMtMargin for a negative number, a string, a boolean', async () => {
  const app = createApp({ postEditor: pe }).app;
  for (const bad of [-0.1, '0.5', true, {}]) {
    const res = await request(app)
      .post('/v1/postedit')
      .send(body({ keepMtMargin: bad }));
    assert.equal(res.status, 400, JSON.stringify(bad));
    assert.match(res.headers['content-type'] ?? '', /^application\/problem\+json/);
    assert.equal(res.body.field, 'options.keepMtMargin');
    assert.match(res.body.detail as string, /^options\.keepMtMargin: /);
  }
});

test("the model's decoding.keepMtMargin is the default; null turns it off; OpenAPI says so", async () => {
  const dir = join(tmp, 'model');
  cpSync(MODEL, dir, { recursive: true });
  const file = join(dir, 'ape.json');
  const m = JSON.parse(readFileSync(file, 'utf8')) as {
    formatVersion: number;
    decoding: Record<string, unknown>;
  };
  m.formatVersion = Math.max(...SUPPORTED_FORMAT_VERSIONS); // the field is format version 2
  m.decoding.keepMtMargin = 3;
  writeFileSync(file, JSON.stringify(m));
  const withDefault = await OnnxPostEditor.load(dir, { workers: 1, intraOpThreads: 1 });
  try {
    const app = createApp({ postEditor: withDefault }).app;
    const res = await request(app).post('/v1/postedit').send(body({}));
    assert.equal(res.status, 200);
    assertDecisions(res.body.segments as Answer[], 3);
    const off = await request(app)
      .post('/v1/postedit')
      .send(body({ keepMtMargin: null }));
    assert.equal(off.status, 200);
    (off.body.segments as Answer[]).forEach((s, i) => {
      assert.equal(s.kept, undefined);
      assert.equal(s.pe, cases[i]?.pe);
    });
    const doc = (await request(app).get('/openapi.json')).body;
    const opts = doc.components.schemas.PosteditRequest.properties.options.properties;
    assert.equal(opts.keepMtMargin.default, 3);
    assert.deepEqual(opts.keepMtMargin.type, ['number', 'null']);
    const result = doc.components.schemas.Result.properties;
    // 'mt-protected': the post-edit broke a protected span, the mt is sent (docs/protected-spans.md);
    // 'gate': the model's keep-or-edit gate kept the mt undecoded (docs/model-format.md).
    assert.deepEqual(result.kept.enum, ['mt', 'edit', 'gate', 'mt-protected']);
    assert.match(result.kept.description as string, /protected/);
    assert.equal(result.mtScore.type, 'number');
  } finally {
    await withDefault.close();
  }
});
