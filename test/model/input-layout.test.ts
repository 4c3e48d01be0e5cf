import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ModelError } from '../../src/errors.js';
import { mtDraftSource } from '../../src/model/draft.js';
import { encoderInput } from '../../src/model/encoder-input.js';
import { parseManifest, type InputLayout } from '../../src/model/manifest.js';
import { loadModelDir } from '../../src/model/model-dir.js';
import { OnnxPostEditor } from '../../src/model/post-editor.js';
import { prepareSegment, SegmentTooLongError } from '../../src/model/segment.js';
import { ApeTokenizer } from '../../src/model/tokenizer.js';
import { fixture } from '../helpers/paths.js';
import { defaultRun, type RefCase, type RefHypothesis } from './reference.js';

/**
 * The single-input encoder layouts of the issue 21 baselines (docs/model-format.md, "Encoder
 * input", format version 7): `bert-pair-src-only` `[CLS] src [SEP] [SEP]` and
 * `bert-pair-mt-only` `[CLS] [SEP] mt [SEP]`. Unit checks against hand-written ids, then the
 * real runtime (OnnxPostEditor) on test/fixtures/model-tiny-{src,mt}-only, whose reference.json
 * is the Python reference decoder's (training/scripts/make_layout_fixture.py).
 */
const SCORE_TOLERANCE = 1e-4;
const SPECIAL = { pad: 0, unk: 100, bos: 101, eos: 102, sep: 102 };
const SRC = [7, 8, 9];
const MT = [20, 21];

test('encoderInput: each layout against hand-written ids, types and maxLen length', () => {
  assert.deepEqual(encoderInput('bert-pair', SRC, MT, SPECIAL), {
    inputIds: [101, 7, 8, 9, 102, 20, 21, 102],
    tokenTypeIds: [0, 0, 0, 0, 0, 1, 1, 1],
    mtLength: 2,
  });
  assert.deepEqual(encoderInput('bert-pair-src-only', SRC, MT, SPECIAL), {
    inputIds: [101, 7, 8, 9, 102, 102],
    tokenTypeIds: [0, 0, 0, 0, 0, 1],
    mtLength: 3, // maxLen follows the src
    mtIds: [20, 21], // for drafting only, outside the encoder
  });
  assert.deepEqual(encoderInput('bert-pair-mt-only', SRC, MT, SPECIAL), {
    inputIds: [101, 102, 20, 21, 102],
    tokenTypeIds: [0, 0, 1, 1, 1],
    mtLength: 2,
  });
});

test('mtDraftSource follows the mt in every layout', () => {
  for (const layout of ['bert-pair', 'bert-pair-src-only', 'bert-pair-mt-only'] as const)
    assert.deepEqual(
      mtDraftSource(encoderInput(layout, SRC, MT, SPECIAL), SPECIAL.eos),
      [20, 21, 102],
      layout,
    );
});

function baseManifest(): Record<string, unknown> {
  return JSON.parse(readFileSync(fixture('model-tiny-softmax', 'ape.json'), 'utf8')) as Record<
    string,
    unknown
  >;
}

function withLayout(layout: string, version: number, input: object = {}): Record<string, unknown> {
  const m = baseManifest();
  return {
    ...m,
    formatVersion: version,
    input: { ...(m.input as object), ...input, layout },
  };
}

test('manifest: the new layouts need formatVersion 7, bert-pair is valid at every version', () => {
  for (const version of [1, 2, 3, 4, 5, 6, 7])
    assert.equal(parseManifest(withLayout('bert-pair', version), 'x').input.layout, 'bert-pair');
  for (const layout of ['bert-pair-src-only', 'bert-pair-mt-only']) {
    assert.equal(parseManifest(withLayout(layout, 7), 'x').input.layout, layout);
    assert.throws(
      () => parseManifest(withLayout(layout, 6), 'x/ape.json'),
      (e: Error) =>
        e instanceof ModelError &&
        e.message.includes(`x/ape.json (input.layout): "${layout}" needs formatVersion 7`),
    );
  }
  assert.throws(
    () => parseManifest(withLayout('src-only', 7), 'x/ape.json'),
    (e: Error) => e instanceof ModelError && e.message.startsWith('x/ape.json (input.layout):'),
  );
});

test('manifest: the longest output of a src-only model is bounded by maxSrcTokens', () => {
  // maxPositions 64, floor(1.5 n) + 10: n = 20 gives 40, n = 40 gives 70
  const limits = { maxSrcTokens: 20, maxMtTokens: 40 };
  assert.equal(
    parseManifest(withLayout('bert-pair-src-only', 7, limits), 'x').input.maxMtTokens,
    40,
  );
  assert.throws(
    () => parseManifest(withLayout('bert-pair-mt-only', 7, limits), 'x'),
    (e: Error) => e instanceof ModelError && /maxMtTokens 40/.test(e.message),
  );
  assert.throws(
    () =>
      parseManifest(
        withLayout('bert-pair-src-only', 7, { maxSrcTokens: 40, maxMtTokens: 20 }),
        'x',
      ),
    (e: Error) =>
      e instanceof ModelError && /\(decoding.maxLengthRatio\).*maxSrcTokens 40/.test(e.message),
  );
});

test('prepareSegment checks the length of the sides the layout reads, and only those', async () => {
  const model = await loadModelDir(fixture('model-tiny-softmax'));
  const tokenizer = await ApeTokenizer.fromFile(model.tokenizerPath);
  const short = 'a horse .';
  const long = Array.from({ length: 40 }, () => 'horse').join(' ');
  assert.ok(tokenizer.encode(long).length > model.manifest.input.maxMtTokens);
  const as = (layout: InputLayout) => ({
    ...model.manifest,
    formatVersion: 7 as const,
    input: { ...model.manifest.input, layout },
  });
  const refused = (side: 'src' | 'mt') => (e: Error) =>
    e instanceof SegmentTooLongError && e.side === side;
  assert.throws(
    () => prepareSegment({ src: short, mt: long }, tokenizer, as('bert-pair')),
    refused('mt'),
  );
  assert.throws(
    () => prepareSegment({ src: long, mt: short }, tokenizer, as('bert-pair')),
    refused('src'),
  );
  const srcOnly = prepareSegment({ src: short, mt: long }, tokenizer, as('bert-pair-src-only'));
  assert.equal(srcOnly.input.inputIds.length, tokenizer.encode(short).length + 3);
  assert.deepEqual(srcOnly.mtIds, tokenizer.encode(long));
  assert.throws(
    () => prepareSegment({ src: long, mt: short }, tokenizer, as('bert-pair-src-only')),
    refused('src'),
  );
  const mtOnly = prepareSegment({ src: long, mt: short }, tokenizer, as('bert-pair-mt-only'));
  assert.equal(mtOnly.input.inputIds.length, tokenizer.encode(short).length + 3);
  assert.throws(
    () => prepareSegment({ src: short, mt: long }, tokenizer, as('bert-pair-mt-only')),
    refused('mt'),
  );
});

interface LayoutReference {
  layout: InputLayout;
  cases: RefCase[];
  longSide: {
    src: string;
    mt: string;
    side: 'src' | 'mt';
    wordpieces: number;
    limit: number;
    hypotheses: Omit<RefHypothesis, 'tokens'>[];
  };
}

for (const [name, layout] of [
  ['model-tiny-src-only', 'bert-pair-src-only'],
  ['model-tiny-mt-only', 'bert-pair-mt-only'],
] as const) {
  const reference = JSON.parse(
    readFileSync(join(fixture(name), 'reference.json'), 'utf8'),
  ) as LayoutReference;

  test(`${name}: OnnxPostEditor is token-identical to the Python reference decoder`, async () => {
    assert.equal(reference.layout, layout);
    const editor = await OnnxPostEditor.load(fixture(name), { workers: 1, intraOpThreads: 1 });
    try {
      assert.equal(editor.info.formatVersion, 7);
      assert.equal(editor.info.inputLayout, layout);
      let compared = 0;
      for (const c of reference.cases) {
        const seg = editor.prepare({ src: c.src, mt: c.mt });
        assert.deepEqual(seg.input.inputIds, c.encoder.input_ids, c.src);
        assert.deepEqual(seg.input.tokenTypeIds, c.encoder.token_type_ids, c.src);
        assert.equal(seg.input.mtLength, c.mtTokens, c.src);
        for (const beam of [1, 4]) {
          const want = defaultRun(c, beam)?.hypotheses;
          assert.ok(want !== undefined, `${c.mt}: a beam ${beam} run with the default options`);
          const [got] = (await editor.postEdit([seg], { beam, nbest: beam, keepMtMargin: null }))
            .results;
          assert.ok(got !== undefined);
          assert.equal(got.tokens, want[0]?.ids.length, `${c.src} beam ${beam}: tokens`);
          assert.equal(got.nbest.length, want.length, `${c.src} beam ${beam}: n-best size`);
          got.nbest.forEach((alt, k) => {
            const w = want[k];
            assert.ok(w !== undefined);
            assert.equal(
              alt.pe,
              editor.detokenize(seg, { tokens: w.ids, score: w.score }),
              `${c.src} beam ${beam} hyp ${k}`,
            );
            assert.ok(
              Math.abs(alt.score - w.score) < SCORE_TOLERANCE,
              `${c.src} hyp ${k}: ${alt.score} vs ${w.score}`,
            );
          });
          compared++;
        }
      }
      assert.ok(compared >= 20, `${compared} runs compared`);
    } finally {
      await editor.close();
    }
  });

  test(`${name}: a pair whose ignored side is over its limit is accepted and decoded`, async () => {
    const { longSide } = reference;
    assert.equal(longSide.side, layout === 'bert-pair-src-only' ? 'mt' : 'src');
    assert.ok(longSide.wordpieces > longSide.limit);
    const editor = await OnnxPostEditor.load(fixture(name), { workers: 1, intraOpThreads: 1 });
    try {
      const limit = longSide.side === 'mt' ? editor.info.maxMtTokens : editor.info.maxSrcTokens;
      assert.equal(limit, longSide.limit);
      const seg = editor.prepare({ src: longSide.src, mt: longSide.mt });
      const [got] = (await editor.postEdit([seg], { beam: 4, nbest: 4, keepMtMargin: null }))
        .results;
      assert.ok(got !== undefined);
      assert.equal(got.nbest.length, longSide.hypotheses.length);
      got.nbest.forEach((alt, k) => {
        const w = longSide.hypotheses[k];
        assert.ok(w !== undefined);
        assert.equal(alt.pe, editor.detokenize(seg, { tokens: w.ids, score: w.score }), `hyp ${k}`);
        assert.ok(Math.abs(alt.score - w.score) < SCORE_TOLERANCE, `hyp ${k}: ${alt.score}`);
      });
      // the other side's limit still holds
      const other = longSide.side === 'mt' ? 'src' : 'mt';
      const tooLong = { src: longSide.src, mt: longSide.mt, [other]: longSide[longSide.side] };
      assert.throws(
        () => editor.prepare(tooLong),
        (e: Error) => e instanceof SegmentTooLongError && e.side === other,
      );
    } finally {
      await editor.close();
    }
  });
}
