import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import * as ort from 'onnxruntime-node';
import { beamSearch, runEncoder, type BeamOptions } from '../../src/model/beam-search.js';
import type { EncoderInput } from '../../src/model/encoder-input.js';
import { KvCache } from '../../src/model/kv-cache.js';
import { loadModelDir } from '../../src/model/model-dir.js';
import { OnnxPostEditor } from '../../src/model/post-editor.js';
import { createSessions, onlyInputs, releaseSessions } from '../../src/model/sessions.js';
import { ApeTokenizer } from '../../src/model/tokenizer.js';
import { fixture } from '../helpers/paths.js';
import { defaultRun, type RefCase } from './reference.js';

/**
 * The TypeScript runtime on quantized model directories, token by token (issue 17).
 * test/fixtures/model-tiny-{fp16,int8,int8-block32} are model-tiny-softmax's weights exported
 * again by the exporter with `quantization` (training/scripts/make_fixtures.py --only quantized).
 * Their reference.json comes from the Python reference decoder (training/ape/decode.py) on the
 * same quantized arithmetic:
 * - fp16: PyTorch on the float16-rounded weights (cross-checked there against onnxruntime);
 * - int8, int8-block32: onnxruntime in Python on the directory's graphs (PyTorch cannot
 *   reproduce in-graph activation quantization), driven by ape.decode's beam search.
 * int8 quantizes each activation tensor with one scale over the whole batch
 * (DynamicQuantizeLinear), so a sentence's numbers depend on the sentences and padding beside
 * it: its reference decodes each sentence alone, and so does this test (`decodeAlone`).
 * Cases whose decisions hinge on a score gap below 1e-3 were left out by the generator.
 */
const SCORE_TOLERANCE = 1e-4;

interface QuantizedReference {
  quantization: 'fp16' | 'int8' | 'int8-block32';
  decodeAlone: boolean;
  fromFloat32: { runs: number; runsWithOtherIds: number; maxScoreDiff: number };
  cases: RefCase[];
}

const FIXTURES = [
  { name: 'model-tiny-fp16', quantization: 'fp16' },
  { name: 'model-tiny-int8', quantization: 'int8' },
  { name: 'model-tiny-int8-block32', quantization: 'int8-block32' },
] as const;

function readReference(name: string): QuantizedReference {
  return JSON.parse(readFileSync(fixture(name, 'reference.json'), 'utf8')) as QuantizedReference;
}

const encoderInput = (c: RefCase): EncoderInput => ({
  inputIds: c.encoder.input_ids,
  tokenTypeIds: c.encoder.token_type_ids,
  mtLength: c.mtTokens,
});

for (const { name, quantization } of FIXTURES) {
  const reference = readReference(name);
  const { cases } = reference;

  test(`${name}: the fixture is a ${quantization} directory whose numbers differ from float32`, async () => {
    const model = await loadModelDir(fixture(name));
    assert.equal(model.manifest.graphs.quantization, quantization);
    assert.equal(model.manifest.graphs.encoder, `encoder.${quantization}.onnx`);
    assert.equal(model.manifest.graphs.decoder, `decoder.${quantization}.onnx`);
    assert.equal(reference.quantization, quantization);
    assert.equal(reference.decodeAlone, quantization === 'int8');
    assert.ok(cases.length >= 10, `${cases.length} cases`);
    // the scores moved by more than the tolerance: float32 arithmetic would fail this test
    assert.ok(reference.fromFloat32.maxScoreDiff > 10 * SCORE_TOLERANCE);
  });

  test(`${name}: TypeScript beam search is token-identical to the Python reference decoder`, async (t) => {
    const model = await loadModelDir(fixture(name));
    const tokenizer = await ApeTokenizer.fromFile(model.tokenizerPath);
    const sessions = await createSessions(model, { intraOpThreads: 1 });
    const special = model.manifest.specialTokens;
    try {
      await t.test('step-0 log-probs match the reference within 1e-4', async () => {
        for (const [i, c] of cases.entries()) {
          const { perSentence } = await runEncoder(sessions, [encoderInput(c)], special.pad);
          const cache = KvCache.empty(1, sessions.layers, sessions.heads, sessions.headDim);
          const feeds = {
            ...perSentence,
            input_ids: new ort.Tensor('int64', BigInt64Array.from([BigInt(special.bos)]), [1, 1]),
            ...cache.feeds(),
          };
          const out = await sessions.decoder.run(onlyInputs(sessions.decoder, feeds), [
            'log_probs',
          ]);
          const lp = out.log_probs?.data as Float32Array;
          for (const [id, value] of c.firstStepTop5)
            assert.ok(
              Math.abs((lp[id] ?? NaN) - value) < SCORE_TOLERANCE,
              `case ${i} token ${id}: ${lp[id]} vs ${value}`,
            );
        }
      });

      // Runs with the same options decode as one batch, except under int8, where each
      // sentence decodes alone as its reference did.
      const groups = new Map<
        string,
        { options: BeamOptions; items: { c: RefCase; run: number }[] }
      >();
      for (const c of cases)
        c.runs.forEach((r, run) => {
          const key = JSON.stringify(r.options);
          const g = groups.get(key) ?? {
            options: { ...r.options, nbest: r.options.beam },
            items: [],
          };
          g.items.push({ c, run });
          groups.set(key, g);
        });
      let compared = 0;
      let worst = 0;
      for (const { options, items } of groups.values()) {
        const batches = reference.decodeAlone ? items.map((x) => [x]) : [items];
        await t.test(
          `beam ${options.beam}, minLength ${options.minLength}, maxLen ${options.maxLengthRatio}·mt+${options.maxLengthOffset}, lp ${options.lengthPenalty}: ${items.length} sentences${reference.decodeAlone ? ', each alone' : ' in one batch'}`,
          async () => {
            for (const batch of batches) {
              const { hypotheses } = await beamSearch(
                sessions,
                batch.map(({ c }) => encoderInput(c)),
                special,
                options,
              );
              batch.forEach(({ c, run }, b) => {
                const want = c.runs[run]?.hypotheses ?? [];
                const got = hypotheses[b] ?? [];
                assert.deepEqual(
                  got.map((h) => h.tokens),
                  want.map((h) => h.ids),
                  `${c.mt}: n-best ids`,
                );
                got.forEach((h, k) => {
                  const w = want[k];
                  const diff = Math.abs(h.score - (w?.score ?? NaN));
                  assert.ok(
                    diff < SCORE_TOLERANCE,
                    `${c.mt} hyp ${k}: score ${h.score} vs ${w?.score}`,
                  );
                  worst = Math.max(worst, diff);
                  assert.equal(tokenizer.decodeRaw(h.tokens), w?.text, `${c.mt} hyp ${k}: text`);
                });
                compared++;
              });
            }
          },
        );
      }
      const runs = cases.reduce((n, c) => n + c.runs.length, 0);
      assert.equal(compared, runs, 'every reference run compared');
      t.diagnostic(
        `${compared} runs token-identical, largest score difference ${worst.toExponential(2)}`,
      );
    } finally {
      await releaseSessions(sessions);
    }
  });

  test(`${name}: OnnxPostEditor returns the reference's n-best, sentence by sentence`, async () => {
    const editor = await OnnxPostEditor.load(fixture(name), { intraOpThreads: 1 });
    try {
      assert.equal(editor.info.quantization, quantization);
      let compared = 0;
      for (const c of cases) {
        const seg = editor.prepare({ src: c.src, mt: c.mt });
        assert.deepEqual(seg.input.inputIds, c.encoder.input_ids, c.src);
        for (const beam of [1, 4]) {
          const want = defaultRun(c, beam)?.hypotheses;
          assert.ok(want !== undefined, `${c.mt}: a beam ${beam} run with the default options`);
          const [got] = (await editor.postEdit([seg], { beam, nbest: beam, keepMtMargin: null }))
            .results;
          assert.ok(got !== undefined);
          assert.equal(got.tokens, want[0]?.ids.length, `${c.mt} beam ${beam}: tokens`);
          assert.equal(got.nbest.length, want.length, `${c.mt} beam ${beam}: n-best size`);
          got.nbest.forEach((alt, k) => {
            const w = want[k];
            assert.ok(w !== undefined);
            // the text the runtime makes of the reference's ids (casing and spacing from the mt)
            assert.equal(
              alt.pe,
              editor.detokenize(seg, { tokens: w.ids, score: w.score }),
              `${c.mt} hyp ${k}`,
            );
            assert.ok(
              Math.abs(alt.score - w.score) < SCORE_TOLERANCE,
              `${c.mt} hyp ${k}: ${alt.score} vs ${w.score}`,
            );
          });
          compared++;
        }
      }
      assert.equal(compared, 2 * cases.length);
    } finally {
      await editor.close();
    }
  });
}

test('int8 activation scales span the batch (why its reference decodes sentences alone); fp16 and int8-block32 rows are independent', async () => {
  const cases = readReference('model-tiny-int8').cases;
  const a = cases[0];
  // another length, so that the batch pads one of the two rows
  const b = cases.find((c) => c.encoder.input_ids.length !== a?.encoder.input_ids.length);
  assert.ok(a !== undefined && b !== undefined);
  const memoryDiff = async (name: string): Promise<number> => {
    const model = await loadModelDir(fixture(name));
    const sessions = await createSessions(model, { intraOpThreads: 1 });
    try {
      const run = async (inputs: EncoderInput[]) => {
        const pad = model.manifest.specialTokens.pad;
        const { perSentence } = await runEncoder(sessions, inputs, pad);
        const k = perSentence.cross_k_0;
        assert.ok(k !== undefined);
        return { data: k.data as Float32Array, dims: k.dims };
      };
      // cross_k_0 [B, heads, S, headDim]: sentence a alone, and as row 0 beside a longer sentence
      const alone = await run([encoderInput(a)]);
      const beside = await run([encoderInput(a), encoderInput(b)]);
      const [, heads = 0, S = 0, d = 0] = alone.dims;
      const S2 = beside.dims[2] ?? 0;
      let worst = 0;
      for (let h = 0; h < heads; h++)
        for (let s = 0; s < S; s++)
          for (let j = 0; j < d; j++) {
            const x = alone.data[(h * S + s) * d + j] ?? NaN;
            const y = beside.data[(h * S2 + s) * d + j] ?? NaN;
            worst = Math.max(worst, Math.abs(x - y));
          }
      return worst;
    } finally {
      await releaseSessions(sessions);
    }
  };
  assert.ok((await memoryDiff('model-tiny-int8')) > 1e-3);
  assert.ok((await memoryDiff('model-tiny-fp16')) < 1e-5);
  assert.ok((await memoryDiff('model-tiny-int8-block32')) < 1e-5);
});
