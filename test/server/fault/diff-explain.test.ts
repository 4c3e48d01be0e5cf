/**
 * Issue 18, items 2 and 7: /v1/diff never holds the event loop and has size bounds;
 * /v1/explain has its own admission limit and a bounded answer (docs/http-api.md, POST /v1/diff
 * and POST /v1/explain). Every wait has a deadline.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import request from 'supertest';
import type { OnnxPostEditor } from '../../../src/model/post-editor.js';
import { createApp } from '../../../src/server/app.js';
import { fixture, repoRoot } from '../../helpers/paths.js';
import { startServe, type ServeProcess } from '../../helpers/serve.js';
import { withDeadline } from '../../helpers/wait.js';
import { loadPostEditor } from '../fixture-app.js';

// The documented defaults (docs/http-api.md), written here, not read from the code.
const MAX_WORDS_PER_SIDE = 500;
const MAX_WORDS = 10_000;
const MAX_EXPLAIN_QUEUE = 4;

let pe: OnnxPostEditor;
before(async () => {
  pe = await loadPostEditor();
});
after(() => pe.close());

/** `n` words drawn from a small vocabulary by a fixed linear congruential generator. */
function words(n: number, seed: number): string[] {
  const vocab =
    'the a cat dog house red blue green runs sat on mat and of to in is was big small'.split(' ');
  let s = seed;
  return Array.from({ length: n }, () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return vocab[s % vocab.length] ?? 'x';
  });
}

test('/v1/diff: /healthz answers while the largest allowed diff runs (the diff is off the event loop)', async () => {
  const app = createApp({ postEditor: pe }).app;
  // 10 pairs of 500 + 500 words: every bound at its maximum (10,000 words in all)
  const pairs = Array.from({ length: MAX_WORDS / (2 * MAX_WORDS_PER_SIDE) }, (_, i) => {
    const mt = words(MAX_WORDS_PER_SIDE, i + 1);
    const pe = i === 0 ? mt : words(MAX_WORDS_PER_SIDE, 1000 + i);
    return { mt: mt.join(' '), pe: pe.join(' ') };
  });
  let diffing = true;
  const diff = request(app)
    .post('/v1/diff')
    .send({ pairs })
    .then((r) => r)
    .finally(() => {
      diffing = false;
    });
  let answeredDuring = 0;
  await withDeadline(
    'the largest allowed /v1/diff',
    (async () => {
      while (diffing) {
        const h = await request(app).get('/healthz');
        assert.equal(h.status, 200);
        if (diffing) answeredDuring++;
      }
    })(),
    100_000,
  );
  const res = await diff;
  assert.equal(res.status, 200, JSON.stringify(res.body).slice(0, 500));
  assert.equal(res.body.pairs.length, pairs.length);
  // identical sides: no edits (TER's definition)
  assert.equal(res.body.pairs[0].edits, 0);
  assert.equal(res.body.pairs[0].ter, 0);
  res.body.pairs.forEach((p: { ops: { pe?: string }[]; refLength: number }, i: number) => {
    assert.equal(p.refLength, MAX_WORDS_PER_SIDE);
    assert.deepEqual(
      p.ops.flatMap((o) => (o.pe === undefined ? [] : [o.pe])),
      pairs[i]?.pe.split(' '),
    );
  });
  // structural: the loop served /healthz before the diff was answered
  assert.ok(answeredDuring >= 1, `no /healthz answered while the diff ran`);
  process.stderr.write(`# ${answeredDuring} /healthz answered during the largest diff\n`);
});

test('/v1/diff: over a bound is a 400 problem naming the field', async () => {
  const app = createApp({ postEditor: pe }).app;
  const side = (n: number) => words(n, 7).join(' ');
  const check = async (body: object, field: string) => {
    const res = await request(app).post('/v1/diff').send(body);
    assert.equal(res.status, 400, JSON.stringify(res.body));
    assert.match(res.headers['content-type'] ?? '', /^application\/problem\+json/);
    assert.equal(res.body.field, field);
    assert.ok((res.body.detail as string).startsWith(`${field}: `), res.body.detail);
  };
  await check(
    {
      pairs: [
        { mt: 'a', pe: 'a' },
        { mt: side(MAX_WORDS_PER_SIDE + 1), pe: 'a' },
      ],
    },
    'pairs[1].mt',
  );
  await check({ pairs: [{ mt: 'a', pe: side(MAX_WORDS_PER_SIDE + 1) }] }, 'pairs[0].pe');
  // each side within its bound, 11 × 1,000 words in all
  await check(
    {
      pairs: Array.from({ length: 11 }, () => ({
        mt: side(MAX_WORDS_PER_SIDE),
        pe: side(MAX_WORDS_PER_SIDE),
      })),
    },
    'pairs',
  );
  const ok = await request(app)
    .post('/v1/diff')
    .send({ pairs: [{ mt: side(MAX_WORDS_PER_SIDE), pe: 'a' }] });
  assert.equal(ok.status, 200);
});

/** The fixture's dimensions, from its ape.json. */
const manifest = JSON.parse(readFileSync(fixture('model-tiny-softmax', 'ape.json'), 'utf8')) as {
  architecture: { layers: number; heads: number };
  limits?: { maxSrcTokens: number; maxMtTokens: number };
  decoding: { maxLengthRatio: number; maxLengthOffset: number };
  [k: string]: unknown;
};

test('/v1/explain: a maximum-length answer on the fixture model is within the documented bound; options.attention sends less', async () => {
  const app = createApp({ postEditor: pe }).app;
  const { layers: L, heads: H } = manifest.architecture;
  const maxSrc = pe.info.maxSrcTokens;
  const maxMt = pe.info.maxMtTokens;
  // one token per word (the fixture's tokenizer keeps 'the' and 'el' whole)
  const src = Array.from({ length: maxSrc }, (_, i) => (i % 2 ? 'el' : 'gato')).join(' ');
  const mt = Array.from({ length: maxMt }, (_, i) => (i % 2 ? 'the' : 'cat')).join(' ');
  const res = await request(app).post('/v1/explain').send({ src, mt });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const S = res.body.input.length as number;
  const T = res.body.output.length as number;
  assert.ok(S <= maxSrc + maxMt + 3);
  // the documented bound: T ≤ floor(ratio × mt tokens) + offset output tokens, each with
  // L × H rows of S values of ≤ 9 bytes (+ 2 per row, 2 per layer), plus ≤ 200 bytes per
  // input and output token and 2 KB for the rest
  const { maxLengthRatio, maxLengthOffset } = manifest.decoding;
  const tMax = Math.floor(maxLengthRatio * maxMt) + maxLengthOffset;
  assert.ok(T <= tMax, `${T} output tokens`);
  const sMax = maxSrc + maxMt + 3;
  const bound = tMax * (L * (H * (9 * sMax + 2) + 2) + 2) + 200 * (sMax + tMax) + 2048;
  const bytes = Buffer.byteLength(res.text);
  assert.ok(bytes <= bound, `${bytes} bytes > documented bound ${bound}`);
  process.stderr.write(
    `# maximum-length explain on the fixture: ${bytes} bytes (bound ${bound})\n`,
  );
  // every row full, values in [0, 1]
  for (const step of res.body.output as { attention: number[][][] }[]) {
    assert.equal(step.attention.length, L);
    for (const layer of step.attention) {
      assert.equal(layer.length, H);
      for (const row of layer) {
        assert.equal(row.length, S);
        for (const x of row) assert.ok(x >= 0 && x <= 1.001, String(x));
      }
    }
  }
  // one head: the same tokens and the same row there, [] everywhere else
  const one = await request(app)
    .post('/v1/explain')
    .send({ src, mt, options: { attention: { layer: L - 1, head: 1 } } });
  assert.equal(one.status, 200);
  assert.deepEqual(
    one.body.output.map((o: { id: number }) => o.id),
    res.body.output.map((o: { id: number }) => o.id),
  );
  one.body.output.forEach((o: { attention: number[][][] }, t: number) => {
    for (let l = 0; l < L; l++)
      for (let h = 0; h < H; h++)
        assert.deepEqual(
          o.attention[l]?.[h],
          l === L - 1 && h === 1 ? res.body.output[t].attention[l][h] : [],
        );
  });
  assert.ok(Buffer.byteLength(one.text) * 2 < bytes);
  const none = await request(app)
    .post('/v1/explain')
    .send({ src, mt, options: { attention: 'none' } });
  assert.equal(none.status, 200);
  assert.equal(none.body.pe, res.body.pe);
  const bad = await request(app)
    .post('/v1/explain')
    .send({ src, mt, options: { attention: { layer: L } } });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.field, 'options.attention.layer');
});

let serve: ServeProcess | undefined;
after(() => {
  serve?.child.kill('SIGKILL');
});

test('/v1/explain on a real ape serve (default model): beyond maxExplainQueue at once is 503 with Retry-After; /healthz answers meanwhile; later calls are served', async () => {
  serve = await startServe(['--model', join(repoRoot, 'models', 'default')]);
  const base = serve.base;
  // long enough that the first explanation is still decoding when the last request arrives
  const src = 'el gato negro se sentó en la alfombra roja de la casa grande junto al perro '.repeat(
    3,
  );
  const mt = 'the black cat sat on the red carpet of the big house next to the dog '.repeat(3);
  const n = MAX_EXPLAIN_QUEUE + 6;
  const post = () =>
    fetch(`${base}/v1/explain`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ src, mt }),
      signal: AbortSignal.timeout(100_000),
    });
  let pending = n;
  const answers = Array.from({ length: n }, () =>
    post().then(async (r) => {
      const body = (await r.json()) as { status?: number; detail?: string; output?: unknown[] };
      pending--;
      return {
        status: r.status,
        retryAfter: r.headers.get('retry-after'),
        type: r.headers.get('content-type'),
        body,
      };
    }),
  );
  let healthDuring = 0;
  while (pending > 0) {
    const h = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(60_000) });
    assert.equal(h.status, 200);
    if (pending > 0) healthDuring++;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const got = await withDeadline('the concurrent explains', Promise.all(answers), 100_000);
  const ok = got.filter((g) => g.status === 200);
  const refused = got.filter((g) => g.status === 503);
  assert.equal(ok.length + refused.length, n, JSON.stringify(got.map((g) => g.status)));
  assert.ok(ok.length >= 1 && ok.length <= n - 1, `${ok.length} of ${n} answered`);
  assert.ok(refused.length >= n - MAX_EXPLAIN_QUEUE - 1, `${refused.length} refused`);
  for (const r of refused) {
    assert.equal(r.retryAfter, '1');
    assert.match(r.type ?? '', /^application\/problem\+json/);
    assert.match(r.body.detail ?? '', /maxExplainQueue/);
  }
  for (const r of ok) assert.ok((r.body.output?.length ?? 0) > 0);
  assert.ok(healthDuring >= 1, 'no /healthz answered while the explanations ran');
  // the slots are free again
  const again = await post();
  assert.equal(again.status, 200);
  process.stderr.write(
    `# ${n} concurrent explains: ${ok.length} answered, ${refused.length} got 503; ${healthDuring} /healthz answered meanwhile\n`,
  );
});
