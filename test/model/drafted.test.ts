import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { beamSearch, type BeamOptions, type BeamStats } from '../../src/model/beam-search.js';
import { draftTokens, mtDraftSource } from '../../src/model/draft.js';
import { ForcedTarget } from '../../src/model/forced.js';
import { loadModelDir } from '../../src/model/model-dir.js';
import { createSessions, releaseSessions, type Sessions } from '../../src/model/sessions.js';
import { fixture } from '../helpers/paths.js';
import { loadReference, type RefCase } from './reference.js';

/**
 * MT-drafted decoding (src/model/draft.ts) against the Python reference decoder:
 * test/fixtures/model-tiny-draft is model-tiny-shortlist with multi-position decoder graphs
 * (format version 5, `python -m ape.export.positions`); its reference.json is the shortlist's,
 * which training/scripts/make_draft_fixture.py checked against ape.decode.DraftingStepper too.
 * model-tiny-softmax/reference.json is the full-vocabulary oracle of the same weights.
 */
const NAME = 'model-tiny-draft';

interface DraftCase {
  generated: number[];
  mt: number[];
  length: number;
  draft: number[];
  why: string;
}

test('draftTokens gives the hand-derived drafts of test/fixtures/draft/cases.json (ape.decode checks the same)', () => {
  const { cases } = JSON.parse(readFileSync(fixture('draft', 'cases.json'), 'utf8')) as {
    cases: DraftCase[];
  };
  assert.ok(cases.length >= 10);
  for (const c of cases) assert.deepEqual(draftTokens(c.generated, c.mt, c.length), c.draft, c.why);
});

test('the mt draft source is the encoder input between the two separators, then eos', () => {
  const input = { inputIds: [101, 7, 8, 102, 9, 10, 11, 102], tokenTypeIds: [], mtLength: 3 };
  assert.deepEqual(mtDraftSource(input, 102), [9, 10, 11, 102]);
});

const input = (c: RefCase) => ({
  inputIds: c.encoder.input_ids,
  tokenTypeIds: c.encoder.token_type_ids,
  mtLength: c.mtTokens,
});

/** Every reference run, one batch per options group; returns the summed stats. */
async function compareAll(
  sessions: Sessions,
  special: Parameters<typeof beamSearch>[2],
  cases: RefCase[],
  extra: Partial<BeamOptions>,
  label: string,
): Promise<BeamStats> {
  const groups = new Map<string, { c: RefCase; run: RefCase['runs'][number] }[]>();
  for (const c of cases)
    for (const run of c.runs) {
      const key = JSON.stringify(run.options);
      groups.set(key, [...(groups.get(key) ?? []), { c, run }]);
    }
  const total: BeamStats = {
    steps: 0,
    calls: 0,
    rowSteps: 0,
    forcedRowSteps: 0,
    forcedSharedSteps: 0,
  };
  for (const items of groups.values()) {
    const options = items[0]?.run.options;
    assert.ok(options !== undefined);
    for (const batch of [items, ...items.map((x) => [x])]) {
      const { hypotheses, stats } = await beamSearch(
        sessions,
        batch.map(({ c }) => input(c)),
        special,
        { ...options, nbest: options.beam, ...extra },
      );
      batch.forEach(({ c, run }, b) =>
        assert.deepEqual(
          hypotheses[b]?.map((h) => h.tokens),
          run.hypotheses.map((h) => h.ids),
          `${label}: ${c.mt} (${JSON.stringify(options)}, batch of ${batch.length})`,
        ),
      );
      total.steps += stats.steps;
      total.calls += stats.calls;
      total.rowSteps += stats.rowSteps;
    }
  }
  return total;
}

for (const shortlist of [true, false]) {
  const oracle = shortlist ? NAME : 'model-tiny-softmax';
  test(`${NAME}${shortlist ? '' : ' --full-vocab'}: drafted beam search is token-identical to ${oracle}/reference.json at every draft length, alone and batched`, async () => {
    const model = await loadModelDir(fixture(NAME));
    assert.equal(model.manifest.formatVersion, 5);
    assert.equal(model.manifest.graphs.decoderPositions, 'many');
    const sessions = await createSessions(model, { intraOpThreads: 1, shortlist });
    assert.equal(sessions.decoderPositions, 'many');
    const { cases } = loadReference(oracle);
    const special = model.manifest.specialTokens;
    const plain = await compareAll(sessions, special, cases, {}, 'plain');
    assert.equal(plain.calls, plain.steps, 'without drafts: one decoder call per search step');
    for (const length of [1, 3, 8]) {
      const drafted = await compareAll(
        sessions,
        special,
        cases,
        { draft: { length, maxPositions: 1000 } },
        `draft ${length}`,
      );
      assert.equal(drafted.steps, plain.steps, 'the same search');
      assert.ok(
        drafted.calls < plain.calls,
        `draft ${length}: ${drafted.calls} calls, ${plain.calls} plain`,
      );
    }
    // a position budget smaller than the rows shortens the drafts down to plain steps
    const tight = await compareAll(
      sessions,
      special,
      cases,
      { draft: { length: 8, maxPositions: 6 } },
      'maxPositions 6',
    );
    assert.ok(tight.calls <= plain.calls);
    await releaseSessions(sessions);
  });
}

test(`${NAME}: the mt scored alongside with drafts gives the scores it gets step by step, and the beam is unchanged`, async () => {
  const model = await loadModelDir(fixture(NAME));
  const sessions = await createSessions(model, { intraOpThreads: 1 });
  const { bos, eos } = model.manifest.specialTokens;
  const { cases } = loadReference(NAME);
  const options: BeamOptions = {
    beam: 4,
    nbest: 4,
    lengthPenalty: 'avg',
    lengthPenaltyAlpha: 1,
    minLength: 1,
    maxLengthRatio: 1.5,
    maxLengthOffset: 10,
  };
  const mtIds = cases.map((c) => c.encoder.input_ids.slice(-1 - c.mtTokens, -1));
  const run = async (extra: Partial<BeamOptions>) => {
    const forced = mtIds.map((ids) => new ForcedTarget(ids, eos, bos));
    const out = await beamSearch(
      sessions,
      cases.map(input),
      model.manifest.specialTokens,
      { ...options, ...extra },
      forced,
    );
    return { ...out, scores: forced.map((f) => f.score(options)) };
  };
  const plain = await run({});
  const drafted = await run({ draft: { length: 4, maxPositions: 1000 } });
  assert.deepEqual(
    drafted.hypotheses.map((h) => h.map((x) => x.tokens)),
    plain.hypotheses.map((h) => h.map((x) => x.tokens)),
  );
  plain.scores.forEach((s, i) =>
    assert.ok(
      Math.abs(s - (drafted.scores[i] ?? NaN)) < 1e-4,
      `${cases[i]?.mt}: ${s} vs ${drafted.scores[i]}`,
    ),
  );
  // the mt's row shares a beam's row while that beam is the mt's prefix (step 0 at least)
  assert.ok(plain.stats.forcedSharedSteps >= cases.length);
  assert.equal(
    plain.stats.forcedRowSteps,
    mtIds.reduce((n, ids) => n + ids.length + 1, 0),
  );
  await releaseSessions(sessions);
});
