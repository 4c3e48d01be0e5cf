import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import request from 'supertest';
import type { Express } from 'express';
import { OnnxPostEditor } from '../../src/model/post-editor.js';
import { createApp } from '../../src/server/app.js';
import type { ServerConfig } from '../../src/server/config.js';
import { loadReference } from '../model/reference.js';
import { fixture, repoRoot } from '../helpers/paths.js';
import { loadPostEditor } from './fixture-app.js';

/** Oracles: make_explain_expected.py (Python onnxruntime + numpy), make_diff_expected.py (sacreBLEU). */
interface ExplainCase {
  src: string;
  mt: string;
  beam: number;
  ids: number[];
  probs: number[];
  attention: number[][][][];
}
const MODELS = ['model-tiny-softmax', 'model-tiny-entmax'] as const;
const explainExpected = (model: string): { cases: ExplainCase[] } =>
  JSON.parse(
    readFileSync(join(repoRoot, 'test', 'server', `explain-expected-${model}.json`), 'utf8'),
  ) as { cases: ExplainCase[] };
const diffExpected = JSON.parse(
  readFileSync(join(repoRoot, 'test', 'server', 'diff-expected.json'), 'utf8'),
) as {
  pairs: { mt: string; pe: string; edits: number; refLength: number; ter: number }[];
};

let pe: OnnxPostEditor;
let entmax: OnnxPostEditor;
before(async () => {
  pe = await loadPostEditor();
  entmax = await OnnxPostEditor.load(fixture('model-tiny-entmax'), {
    workers: 1,
    intraOpThreads: 1,
  });
});
after(async () => {
  await pe.close();
  await entmax.close();
});

const app = (config: Partial<ServerConfig> = {}): Express =>
  createApp({ postEditor: pe, config }).app;

function isProblem(res: request.Response, status: number, field?: string): void {
  assert.equal(res.status, status, JSON.stringify(res.body));
  assert.match(res.headers['content-type'] ?? '', /^application\/problem\+json/);
  assert.equal(res.body.status, status);
  if (field !== undefined) {
    assert.equal(res.body.field, field);
    assert.ok((res.body.detail as string).includes(field), res.body.detail);
  }
}

interface Step {
  id: number;
  token: string;
  prob: number;
  attention: number[][][];
}

for (const model of MODELS) {
  test(`200 (${model}): the reference decoder’s tokens, their probabilities and cross_attention as Python onnxruntime computes them`, async () => {
    const modelApp = () =>
      createApp({ postEditor: model === 'model-tiny-softmax' ? pe : entmax }).app;
    let zeros = 0;
    for (const c of explainExpected(model).cases) {
      const res = await request(modelApp())
        .post('/v1/explain')
        .send({ src: c.src, mt: c.mt, options: { beam: c.beam } });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const output = res.body.output as Step[];
      assert.deepEqual(
        output.map((s) => s.id),
        c.ids,
      );
      const post = await request(modelApp())
        .post('/v1/postedit')
        .send({ segments: [{ src: c.src, mt: c.mt }], options: { beam: c.beam } });
      assert.equal(res.body.pe, post.body.segments[0].pe);
      assert.ok(Math.abs(res.body.score - post.body.segments[0].score) < 1e-9);
      output.forEach((s, t) => {
        assert.ok(Math.abs(s.prob - (c.probs[t] ?? NaN)) < 1e-4, `prob of step ${t}`);
        const want = c.attention[t] ?? [];
        assert.equal(s.attention.length, want.length);
        s.attention.forEach((layer, l) =>
          layer.forEach((row, h) => {
            const w = want[l]?.[h] ?? [];
            assert.equal(row.length, w.length);
            // 4 significant digits on the wire, float32 kernels on either side
            row.forEach((x, i) => {
              // entmax's exact zeros stay exact zeros, and nothing else becomes one
              assert.equal(x === 0, w[i] === 0, `zero at attention[${t}][${l}][${h}][${i}]`);
              if (x === 0) zeros++;
              assert.ok(
                Math.abs(x - (w[i] ?? NaN)) <= 1e-4 + 1e-3 * Math.abs(x),
                `attention[${t}][${l}][${h}][${i}] ${x} vs ${w[i]}`,
              );
            });
          }),
        );
      });
      const input = res.body.input as { token: string; side: string; special: boolean }[];
      assert.equal(input.length, output[0]?.attention[0]?.[0]?.length);
      assert.deepEqual(
        input.filter((x) => x.special).map((x) => x.token),
        ['[CLS]', '[SEP]', '[SEP]'],
      );
      const refCase = loadReference(model).cases.find((r) => r.src === c.src && r.mt === c.mt);
      assert.deepEqual(
        input.map((x) => (x.side === 'src' ? 0 : 1)),
        refCase?.encoder.token_type_ids,
      );
    }
    // α-entmax puts exact zeros on most positions; softmax never does
    if (model === 'model-tiny-entmax') assert.ok(zeros > 100, `${zeros} zeros`);
    else assert.equal(zeros, 0);
  });
}

test('200: softmax context attention reports α = 1 per layer and head; entmax α is not in the model directory', async () => {
  const e = explainExpected('model-tiny-entmax').cases[0];
  assert.ok(e);
  const res2 = await request(createApp({ postEditor: entmax }).app)
    .post('/v1/explain')
    .send({ src: e.src, mt: e.mt });
  assert.equal(res2.body.normalizer, 'alpha-entmax');
  assert.equal(res2.body.alpha, null);
  const c = explainExpected('model-tiny-softmax').cases[0];
  assert.ok(c);
  const res = await request(app()).post('/v1/explain').send({ src: c.src, mt: c.mt });
  assert.equal(res.body.normalizer, 'softmax');
  assert.deepEqual(res.body.alpha, [
    [1, 1, 1, 1],
    [1, 1, 1, 1],
  ]);
});

test('400 names the field, 415 for non-JSON, 413 over the body limit, 422 over the token limit', async () => {
  isProblem(await request(app()).post('/v1/explain').send({ mt: 'x' }), 400, 'src');
  isProblem(await request(app()).post('/v1/explain').send({ src: 'x', mt: 3 }), 400, 'mt');
  isProblem(
    await request(app())
      .post('/v1/explain')
      .send({ src: 'x', mt: 'y', options: { beam: 0 } }),
    400,
    'options.beam',
  );
  isProblem(await request(app()).post('/v1/explain').send({ src: 'x', mt: 'y', extra: 1 }), 400);
  isProblem(await request(app()).post('/v1/explain').type('form').send({ src: 'x', mt: 'y' }), 415);
  isProblem(
    await request(app({ bodyLimitBytes: 100 }))
      .post('/v1/explain')
      .send({ src: 'x'.repeat(200), mt: 'y' }),
    413,
  );
  const long = Array.from({ length: pe.info.maxMtTokens + 1 }, () => 'the').join(' ');
  isProblem(await request(app()).post('/v1/explain').send({ src: 'el gato', mt: long }), 422, 'mt');
  isProblem(
    await request(app()).post('/v1/explain').send({ src: long, mt: 'the cat' }),
    422,
    'src',
  );
});

test('/v1/diff: TER edits and length equal sacreBLEU’s (case-sensitive); the ops rebuild both sides', async () => {
  const res = await request(app())
    .post('/v1/diff')
    .send({ pairs: diffExpected.pairs.map((p) => ({ mt: p.mt, pe: p.pe })) });
  assert.equal(res.status, 200);
  diffExpected.pairs.forEach((want, i) => {
    const got = res.body.pairs[i];
    assert.equal(got.edits, want.edits, `pair ${i}`);
    assert.equal(got.refLength, want.refLength);
    assert.ok(Math.abs(got.ter - want.ter) < 1e-12);
    const ops = got.ops as { op: string; mt?: string; pe?: string; shifted: boolean }[];
    // every pe word appears once, in order; every mt word once (in shifted order)
    assert.deepEqual(
      ops.flatMap((o) => (o.pe === undefined ? [] : [o.pe])),
      want.pe.split(' ').filter((w) => w !== ''),
    );
    assert.deepEqual(
      ops.flatMap((o) => (o.mt === undefined ? [] : [o.mt])).sort(),
      want.mt
        .split(' ')
        .filter((w) => w !== '')
        .sort(),
    );
    // shifts + non-matching ops is TER's count (the display alignment has TER's cost)
    assert.equal(got.shifts + ops.filter((o) => o.op !== 'equal').length, want.edits, `pair ${i}`);
  });
  // a shift TER takes is shown on the moved mt word (hand-derived: "black" moves before "cat")
  const first = res.body.pairs[0].ops as { op: string; mt?: string; shifted: boolean }[];
  assert.equal(res.body.pairs[0].shifts, 1);
  assert.ok(first.every((o) => o.op === 'equal'));
  assert.deepEqual(
    first.filter((o) => o.shifted).map((o) => o.mt),
    ['cat'],
  );
  isProblem(
    await request(app())
      .post('/v1/diff')
      .send({ pairs: [{ mt: 'x' }] }),
    400,
    'pairs[0].pe',
  );
  isProblem(await request(app()).post('/v1/diff').send({ pairs: [] }), 400, 'pairs');
});

test('GET / serves the page, its script and style, with no external URL', async () => {
  const page = await request(app()).get('/');
  assert.equal(page.status, 200);
  assert.match(page.headers['content-type'] ?? '', /text\/html/);
  for (const asset of ['/app.js', '/style.css']) {
    const r = await request(app()).get(asset);
    assert.equal(r.status, 200, asset);
    assert.doesNotMatch(r.text, /https?:\/\//, asset);
  }
  assert.doesNotMatch(page.text, /(src|href)="https?:/);
});

test('503 with Retry-After while shutting down', async () => {
  const ape = createApp({ postEditor: pe });
  ape.lifecycle.accepting = false;
  const res = await request(ape.app).post('/v1/explain').send({ src: 'el gato', mt: 'the cat' });
  isProblem(res, 503);
  assert.ok(res.headers['retry-after']);
});
