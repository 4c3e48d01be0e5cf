import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as ort from 'onnxruntime-node';
import { beamSearch, type BeamOptions } from '../../src/model/beam-search.js';
import { padBatch } from '../../src/model/encoder-input.js';
import { KvCache } from '../../src/model/kv-cache.js';
import { loadModelDir } from '../../src/model/model-dir.js';
import { prepareSegment } from '../../src/model/segment.js';
import { createSessions, onlyInputs, releaseSessions } from '../../src/model/sessions.js';
import { ApeTokenizer } from '../../src/model/tokenizer.js';
import { fixture } from '../helpers/paths.js';
import { FIXTURE_MODELS, loadReference, type RefCase } from './reference.js';

const SCORE_TOLERANCE = 1e-4;

for (const name of FIXTURE_MODELS) {
  test(`${name}: TypeScript beam search is token-identical to the Python reference decoder`, async (t) => {
    const model = await loadModelDir(fixture(name));
    const tokenizer = await ApeTokenizer.fromFile(model.tokenizerPath);
    const sessions = await createSessions(model, { intraOpThreads: 1 });
    const { cases } = loadReference(name);
    assert.ok(cases.length >= 10, 'reference.json has cases');
    const prepared = cases.map((c) =>
      prepareSegment({ src: c.src, mt: c.mt }, tokenizer, model.manifest),
    );

    await t.test('encoder input ids (bert-pair) equal the reference', () => {
      cases.forEach((c, i) => {
        const p = prepared[i];
        assert.deepEqual(p?.input.inputIds, c.encoder.input_ids, c.src);
        assert.deepEqual(p?.input.tokenTypeIds, c.encoder.token_type_ids, c.src);
        assert.equal(p?.mtIds.length, c.mtTokens);
        const batch = padBatch(p === undefined ? [] : [p.input], model.manifest.specialTokens.pad);
        assert.deepEqual(Array.from(batch.positionIds, Number), c.encoder.position_ids);
      });
    });

    await t.test('step-0 log-probs (ORT in Node) match PyTorch within 1e-4', async () => {
      for (const [i, c] of cases.entries()) {
        const p = prepared[i];
        if (p === undefined) continue;
        const enc = padBatch([p.input], model.manifest.specialTokens.pad);
        const dims = [1, enc.length];
        const mask = new ort.Tensor('int64', enc.attentionMask, dims);
        const encOut = await sessions.encoder.run(
          onlyInputs(sessions.encoder, {
            input_ids: new ort.Tensor('int64', enc.inputIds, dims),
            token_type_ids: new ort.Tensor('int64', enc.tokenTypeIds, dims),
            position_ids: new ort.Tensor('int64', enc.positionIds, dims),
            attention_mask: mask,
          }),
        );
        const cache = KvCache.empty(1, sessions.layers, sessions.heads, sessions.headDim);
        const feeds = {
          ...encOut,
          input_ids: new ort.Tensor(
            'int64',
            BigInt64Array.from([BigInt(model.manifest.specialTokens.bos)]),
            [1, 1],
          ),
          memory_mask: mask,
          ...cache.feeds(),
        };
        const out = await sessions.decoder.run(onlyInputs(sessions.decoder, feeds), ['log_probs']);
        const lp = out.log_probs?.data as Float32Array;
        for (const [id, value] of c.firstStepTop5)
          assert.ok(
            Math.abs((lp[id] ?? NaN) - value) < SCORE_TOLERANCE,
            `case ${i} token ${id}: ${lp[id]} vs ${value}`,
          );
      }
    });

    // Runs with the same options decode as one batch: padding and finished sentences leaving
    // the batch must not change any sentence's result.
    const groups = new Map<
      string,
      { options: BeamOptions; items: { c: RefCase; i: number; run: number }[] }
    >();
    cases.forEach((c, i) =>
      c.runs.forEach((r, run) => {
        const key = JSON.stringify(r.options);
        const g = groups.get(key) ?? {
          options: { ...r.options, nbest: r.options.beam },
          items: [],
        };
        g.items.push({ c, i, run });
        groups.set(key, g);
      }),
    );
    for (const { options, items } of groups.values()) {
      await t.test(
        `beam ${options.beam}, minLength ${options.minLength}, maxLen ${options.maxLengthRatio}·mt+${options.maxLengthOffset}, lp ${options.lengthPenalty}: ${items.length} sentences in one batch`,
        async () => {
          const inputs = items.map(({ i }) => prepared[i]?.input).filter((x) => x !== undefined);
          const { hypotheses } = await beamSearch(
            sessions,
            inputs,
            model.manifest.specialTokens,
            options,
          );
          items.forEach(({ c, i, run }, b) => {
            const want = c.runs[run]?.hypotheses ?? [];
            const got = hypotheses[b] ?? [];
            assert.deepEqual(
              got.map((h) => h.tokens),
              want.map((h) => h.ids),
              `case ${i} (${c.mt}): n-best ids`,
            );
            got.forEach((h, k) => {
              const w = want[k];
              assert.ok(
                w !== undefined && Math.abs(h.score - w.score) < SCORE_TOLERANCE,
                `case ${i} hyp ${k}: score ${h.score} vs ${w?.score}`,
              );
              assert.equal(tokenizer.decodeRaw(h.tokens), w?.text, `case ${i} hyp ${k}: text`);
            });
          });
        },
      );
    }
    await releaseSessions(sessions);
  });
}
