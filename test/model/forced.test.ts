import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { beamSearch, type BeamOptions } from '../../src/model/beam-search.js';
import { ForcedTarget, keepsMt } from '../../src/model/forced.js';
import { loadModelDir } from '../../src/model/model-dir.js';
import { prepareSegment } from '../../src/model/segment.js';
import { createSessions, releaseSessions } from '../../src/model/sessions.js';
import { ApeTokenizer } from '../../src/model/tokenizer.js';
import { fixture } from '../helpers/paths.js';
import { defaultRun, FIXTURE_MODELS, loadReference } from './reference.js';

const TOLERANCE = 1e-4;

/** test/fixtures/forced/expected-*.json, written by make_forced_expected.py beside it. */
interface ForcedCase {
  src: string;
  mt: string;
  target: number[];
  logProbs: number[];
  scores: { avg: number; gnmt: number; none: number };
}

function expected(model: string): ForcedCase[] {
  const file = fixture('forced', `expected-${model}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { cases: ForcedCase[] }).cases;
}

const OPTIONS: Omit<BeamOptions, 'beam'> = {
  nbest: 4,
  lengthPenalty: 'avg',
  lengthPenaltyAlpha: 1,
  minLength: 1,
  maxLengthRatio: 1.5,
  maxLengthOffset: 10,
};

function near(actual: number, want: number, what: string): void {
  assert.ok(Math.abs(actual - want) < TOLERANCE, `${what}: ${actual} vs ${want}`);
}

for (const name of FIXTURE_MODELS) {
  test(`${name}: the mt rides along the beam and scores as the Python oracle says`, async (t) => {
    const model = await loadModelDir(fixture(name));
    const tokenizer = await ApeTokenizer.fromFile(model.tokenizerPath);
    const sessions = await createSessions(model, { intraOpThreads: 1 });
    const { bos, eos } = model.manifest.specialTokens;
    const cases = expected(name);
    const prepared = cases.map((c) => prepareSegment(c, tokenizer, model.manifest));
    const ref = loadReference(name).cases;

    await t.test('the target is the mt wordpieces + eos', () => {
      cases.forEach((c, i) => assert.deepEqual([...(prepared[i]?.mtIds ?? []), eos], c.target));
    });

    for (const beam of [1, 2, 4]) {
      await t.test(
        `beam ${beam}: forced scores under avg, gnmt and none; beam output unchanged`,
        async () => {
          const forced = prepared.map((p) => new ForcedTarget(p.mtIds, eos, bos));
          const o = { ...OPTIONS, beam };
          const { hypotheses, stats } = await beamSearch(
            sessions,
            prepared.map((p) => p.input),
            model.manifest.specialTokens,
            o,
            forced,
          );
          // Hand count: one decoder row per target token, each sentence's mt scored once.
          assert.equal(
            stats.forcedRowSteps,
            cases.reduce((n, c) => n + c.target.length, 0),
          );
          cases.forEach((c, i) => {
            const f = forced[i];
            assert.ok(f?.done, c.mt);
            near(f.score(o), c.scores.avg, `${c.mt} (avg)`);
            near(
              f.score({ lengthPenalty: 'gnmt', lengthPenaltyAlpha: 0.6 }),
              c.scores.gnmt,
              'gnmt',
            );
            near(f.score({ lengthPenalty: 'none', lengthPenaltyAlpha: 1 }), c.scores.none, 'none');
          });
          // The extra rows change none of the beam's decisions (rows never interact).
          ref.forEach((rc) => {
            const i = cases.findIndex((c) => c.src === rc.src && c.mt === rc.mt);
            const run = defaultRun(rc, beam);
            if (run === undefined || i < 0) return;
            assert.deepEqual(
              hypotheses[i]?.map((h) => h.tokens),
              run.hypotheses.map((h) => h.ids),
              rc.src,
            );
          });
        },
      );
    }

    await t.test('forcing the PyTorch beam hypotheses gives back their beam scores', async () => {
      const items = ref.flatMap((rc) =>
        (defaultRun(rc, 4)?.hypotheses ?? []).filter((h) => h.endedWithEos).map((h) => ({ rc, h })),
      );
      assert.ok(items.length > 20);
      const forced = items.map(({ h }) => new ForcedTarget(h.ids, eos, bos));
      await beamSearch(
        sessions,
        items.map(({ rc }) => prepareSegment(rc, tokenizer, model.manifest).input),
        model.manifest.specialTokens,
        { ...OPTIONS, beam: 1, nbest: 1 },
        forced,
      );
      items.forEach(({ h }, i) => near(forced[i]?.score(OPTIONS) ?? NaN, h.score, h.text));
    });

    await t.test(
      'a target shorter than the beam keeps its row alone after the beam is done',
      async () => {
        // maxLen = floor(0 · mt) + 1 = 1: the beam stops after one step, the mt goes on.
        const forced = prepared.map((p) => new ForcedTarget(p.mtIds, eos, bos));
        const o = { ...OPTIONS, beam: 2, maxLengthRatio: 0, maxLengthOffset: 1 };
        const { stats } = await beamSearch(
          sessions,
          prepared.map((p) => p.input),
          model.manifest.specialTokens,
          o,
          forced,
        );
        assert.equal(stats.steps, Math.max(...cases.map((c) => c.target.length)));
        cases.forEach((c, i) => near(forced[i]?.score(o) ?? NaN, c.scores.avg, c.mt));
      },
    );
    await releaseSessions(sessions);
  });
}

test('keepsMt: the edit wins only by more than the margin (hand cases)', () => {
  assert.equal(keepsMt(-0.5, -0.7, 0.1), false); // 0.2 > 0.1: edit
  assert.equal(keepsMt(-0.5, -0.75, 0.25), true); // 0.25 is not more than 0.25: mt
  assert.equal(keepsMt(-0.5, -0.5, 0), true); // the same score: mt
  assert.equal(keepsMt(-0.9, -0.5, 0), true); // the mt scores better than the beam's best
  assert.equal(keepsMt(-0.5, -0.9, 0), false);
});

test('ForcedTarget refuses to score before the target is done, or past it', () => {
  const f = new ForcedTarget([7], 3, 2);
  assert.equal(f.input, 2);
  assert.throws(() => f.score(OPTIONS), /not fully scored/);
  f.consume(Float32Array.from([0, 0, 0, 0, 0, 0, 0, -1.5]), 0);
  assert.equal(f.input, 7);
  f.consume(Float32Array.from([0, 0, 0, -0.5, 0, 0, 0, 0]), 0);
  assert.equal(f.done, true);
  assert.equal(f.score(OPTIONS), -1); // (−1.5 − 0.5) / lp_avg(2)
  assert.throws(() => f.consume(new Float32Array(8), 0), /already scored/);
});
