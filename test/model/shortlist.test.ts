import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { beamSearch, type BeamOptions } from '../../src/model/beam-search.js';
import { ModelError } from '../../src/errors.js';
import { ForcedTarget } from '../../src/model/forced.js';
import { loadModelDir } from '../../src/model/model-dir.js';
import { OnnxPostEditor } from '../../src/model/post-editor.js';
import { createSessions, releaseSessions } from '../../src/model/sessions.js';
import { fixture } from '../helpers/paths.js';
import { loadReference } from './reference.js';

/**
 * The output-vocabulary shortlist (docs/model-format.md, format version 3) against the Python
 * reference: test/fixtures/model-tiny-shortlist is model-tiny-softmax plus a shortlist of a
 * random half of its vocabulary, and its reference.json was decoded by ape.decode.Restricted
 * on the PyTorch model (training/scripts/make_shortlist_fixture.py). model-tiny-shortlist-base
 * is the same S in the format version 8 layout (the decoder graph holds the rows of S − {eos},
 * only the batch's extra rows and the column order are fed): the same reference must hold.
 */
const NAME = 'model-tiny-shortlist';
const NAME_BASE = 'model-tiny-shortlist-base';
const LAYOUTS = [NAME, NAME_BASE] as const;
const SCORE_TOLERANCE = 1e-4;

interface ShortlistRun {
  options: Omit<BeamOptions, 'nbest'>;
  hypotheses: { ids: number[]; score: number }[];
}
interface ShortlistCase {
  mt: string;
  encoder: { input_ids: number[]; token_type_ids: number[] };
  mtTokens: number;
  differsFromFull: boolean;
  runs: ShortlistRun[];
}

const reference = JSON.parse(readFileSync(fixture(NAME, 'reference.json'), 'utf8')) as {
  cases: ShortlistCase[];
};
const input = (c: ShortlistCase) => ({
  inputIds: c.encoder.input_ids,
  tokenTypeIds: c.encoder.token_type_ids,
  mtLength: c.mtTokens,
});

test('the fixture is not vacuous: the shortlist changes the output of most cases', () => {
  assert.ok(reference.cases.length >= 10);
  const differ = reference.cases.filter((c) => c.differsFromFull).length;
  assert.ok(differ >= 5, `${differ} cases differ from full-vocabulary decoding`);
});

for (const name of LAYOUTS)
  test(`${name}: beam search with the shortlist is token-identical to ape.decode.Restricted, each options group in one batch`, async () => {
    const model = await loadModelDir(fixture(name));
    const sessions = await createSessions(model, { intraOpThreads: 1 });
    assert.ok(sessions.shortlist !== undefined, 'the shortlist is loaded');
    assert.equal(sessions.shortlist.ids.length, 150);
    const { eos } = model.manifest.specialTokens;
    assert.deepEqual(
      sessions.shortlist.base,
      name === NAME_BASE ? sessions.shortlist.ids.filter((t) => t !== eos) : undefined,
    );
    const groups = new Map<string, { c: ShortlistCase; run: ShortlistRun }[]>();
    for (const c of reference.cases)
      for (const run of c.runs) {
        const key = JSON.stringify(run.options);
        groups.set(key, [...(groups.get(key) ?? []), { c, run }]);
      }
    let compared = 0;
    for (const items of groups.values()) {
      const options = items[0]?.run.options;
      assert.ok(options !== undefined);
      // sentences with different allowed sets share the batch: each row's mask keeps them apart
      const { hypotheses } = await beamSearch(
        sessions,
        items.map(({ c }) => input(c)),
        model.manifest.specialTokens,
        { ...options, nbest: options.beam },
      );
      items.forEach(({ c, run }, b) => {
        const got = hypotheses[b] ?? [];
        assert.deepEqual(
          got.map((h) => h.tokens),
          run.hypotheses.map((h) => h.ids),
          `${c.mt} (${JSON.stringify(options)})`,
        );
        got.forEach((h, k) =>
          assert.ok(
            Math.abs(h.score - (run.hypotheses[k]?.score ?? NaN)) < SCORE_TOLERANCE,
            `${c.mt} hyp ${k}: ${h.score} vs ${run.hypotheses[k]?.score}`,
          ),
        );
        compared++;
      });
    }
    assert.ok(compared >= 70, `${compared} runs compared`);
    await releaseSessions(sessions);
  });

test(`${NAME} with shortlist: false decodes the full vocabulary, as model-tiny-softmax's reference`, async () => {
  const model = await loadModelDir(fixture(NAME));
  const sessions = await createSessions(model, { intraOpThreads: 1, shortlist: false });
  assert.equal(sessions.shortlist, undefined);
  const full = loadReference('model-tiny-softmax').cases;
  const items = full.flatMap((c) => {
    const run = c.runs.find((r) => r.options.beam === 4 && r.options.lengthPenalty === 'avg');
    return run === undefined ? [] : [{ c, run }];
  });
  const options = items[0]?.run.options;
  assert.ok(options !== undefined && items.length >= 10);
  const { hypotheses } = await beamSearch(
    sessions,
    items.map(({ c }) => ({
      inputIds: c.encoder.input_ids,
      tokenTypeIds: c.encoder.token_type_ids,
      mtLength: c.mtTokens,
    })),
    model.manifest.specialTokens,
    { ...options, nbest: 1 },
  );
  items.forEach(({ c, run }, b) =>
    assert.deepEqual(hypotheses[b]?.[0]?.tokens, run.hypotheses[0]?.ids, c.mt),
  );
  await releaseSessions(sessions);
});

for (const name of LAYOUTS)
  test(`${name}: a sentence whose tokens are all in S decodes the same alone (S's cached rows) and beside a sentence that adds its own`, async () => {
    const model = await loadModelDir(fixture(name));
    const sessions = await createSessions(model, { intraOpThreads: 1 });
    const { bos, sep, pad, eos } = model.manifest.specialTokens;
    const ids = sessions.shortlist?.ids ?? new Int32Array(0);
    const inS = [...ids].filter((t) => t !== bos && t !== sep && t !== pad && t !== eos);
    const src = inS.slice(10, 16);
    const mt = inS.slice(20, 27);
    const plain = {
      inputIds: [bos, ...src, sep, ...mt, sep],
      tokenTypeIds: [
        ...Array<number>(src.length + 2).fill(0),
        ...Array<number>(mt.length + 1).fill(1),
      ],
      mtLength: mt.length,
    };
    const other = reference.cases.find((c) => c.encoder.input_ids.some((t) => !ids.includes(t)));
    assert.ok(other !== undefined, 'a reference case with tokens outside S');
    const options = {
      beam: 4,
      nbest: 4,
      lengthPenalty: 'avg' as const,
      lengthPenaltyAlpha: 1,
      minLength: 1,
      maxLengthRatio: 1.5,
      maxLengthOffset: 10,
    };
    const alone = await beamSearch(sessions, [plain], model.manifest.specialTokens, options);
    const beside = await beamSearch(
      sessions,
      [input(other), plain],
      model.manifest.specialTokens,
      options,
    );
    // the same tokens; scores within float32 rounding (another K and batch shape in the graph)
    const a = alone.hypotheses[0] ?? [];
    const b = beside.hypotheses[1] ?? [];
    assert.deepEqual(
      b.map((h) => h.tokens),
      a.map((h) => h.tokens),
    );
    b.forEach((h, k) => assert.ok(Math.abs(h.score - (a[k]?.score ?? NaN)) < 1e-5));
    assert.ok((alone.hypotheses[0] ?? []).length > 0);
    for (const h of alone.hypotheses[0] ?? [])
      for (const t of h.tokens)
        assert.ok(ids.includes(t) || plain.inputIds.includes(t), `token ${t}`);
    await releaseSessions(sessions);
  });

for (const name of LAYOUTS)
  test(`${name}: forced scoring with the shortlist: an mt equal to the best hypothesis scores as that hypothesis`, async () => {
    const model = await loadModelDir(fixture(name));
    const sessions = await createSessions(model, { intraOpThreads: 1 });
    const { bos, eos } = model.manifest.specialTokens;
    // Feed each case's own best (beam 4) output as the forced target: its forced score is the
    // same sum of the same shortlist log-probs the beam accumulated.
    let checked = 0;
    for (const c of reference.cases) {
      const run = c.runs.find((r) => r.options.beam === 4 && r.options.lengthPenalty === 'avg');
      const best = run?.hypotheses[0];
      if (run === undefined || best === undefined || !run.hypotheses.length) continue;
      if (best.ids.length + 1 > Math.floor(1.5 * c.mtTokens) + 10) continue;
      const forced = new ForcedTarget(best.ids, eos, bos);
      await beamSearch(
        sessions,
        [input(c)],
        model.manifest.specialTokens,
        { ...run.options, nbest: 1 },
        [forced],
      );
      const score = forced.score(run.options);
      assert.ok(
        Math.abs(score - best.score) < SCORE_TOLERANCE,
        `${c.mt}: ${score} vs ${best.score}`,
      );
      checked++;
    }
    assert.ok(checked >= 10, `${checked} forced targets checked`);
    await releaseSessions(sessions);
  });

test('OnnxPostEditor: info.shortlist says whether decoding uses it; explain follows the same search', async () => {
  const on = await OnnxPostEditor.load(fixture(NAME), { intraOpThreads: 1 });
  const off = await OnnxPostEditor.load(fixture(NAME), { intraOpThreads: 1, shortlist: false });
  try {
    assert.equal(on.info.shortlist, true);
    assert.equal(off.info.shortlist, false);
    assert.equal(on.info.formatVersion, 3);
    const c = reference.cases.find((x) => x.differsFromFull);
    assert.ok(c !== undefined);
    const full = loadReference('model-tiny-softmax').cases.find((x) => x.mt === c.mt);
    assert.ok(full !== undefined);
    const seg = on.prepare({ src: full.src, mt: full.mt });
    const [a] = (await on.postEdit([seg], { beam: 4, nbest: 1, keepMtMargin: null })).results;
    const [b] = (await off.postEdit([seg], { beam: 4, nbest: 1, keepMtMargin: null })).results;
    const want = c.runs.find((r) => r.options.beam === 4 && r.options.lengthPenalty === 'avg');
    assert.equal(a?.tokens, want?.hypotheses[0]?.ids.length);
    assert.ok(Math.abs((a?.score ?? NaN) - (want?.hypotheses[0]?.score ?? NaN)) < SCORE_TOLERANCE);
    assert.notEqual(a?.score, b?.score, 'the full vocabulary scores differently');
    const explained = await on.explain(seg, { beam: 4 });
    assert.deepEqual(
      explained.output.map((o) => o.id),
      want?.hypotheses[0]?.ids,
    );
    for (const o of explained.output) assert.ok(o.prob > 0 && o.prob <= 1, `prob ${o.prob}`);
  } finally {
    await on.close();
    await off.close();
  }
});

test('manifest: a shortlist needs formatVersion 3, listed files and increasing ids', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ape-shortlist-'));
  try {
    cpSync(fixture(NAME), dir, { recursive: true });
    const manifestPath = join(dir, 'ape.json');
    const original = readFileSync(manifestPath, 'utf8');
    const m = JSON.parse(original) as Record<string, unknown>;

    writeFileSync(manifestPath, JSON.stringify({ ...m, formatVersion: 2 }));
    await assert.rejects(loadModelDir(dir), /\(shortlist\): needs formatVersion 3/);

    const files = { ...(m.files as Record<string, string>) };
    delete files['output-rows.onnx'];
    writeFileSync(manifestPath, JSON.stringify({ ...m, files }));
    await assert.rejects(
      loadModelDir(dir),
      /\(shortlist\.rows\): "output-rows\.onnx" is not listed/,
    );

    const withoutShortlist = Object.fromEntries(
      Object.entries(m).filter(([key]) => key !== 'shortlist'),
    );
    const graphs = { ...(m.graphs as Record<string, string>), quantization: 'int8-block32' };
    writeFileSync(manifestPath, JSON.stringify({ ...withoutShortlist, formatVersion: 2, graphs }));
    await assert.rejects(
      loadModelDir(dir),
      /\(graphs\.quantization\): "int8-block32" needs formatVersion 3/,
    );

    writeFileSync(manifestPath, original);
    const model = await loadModelDir(dir, { verify: false });
    writeFileSync(join(dir, 'shortlist.json'), JSON.stringify({ ids: [3, 5, 5, 9] }));
    await assert.rejects(
      createSessions(model, { intraOpThreads: 1 }),
      (err: Error) =>
        err instanceof ModelError &&
        /shortlist\.json \(ids\[2\]\): 5 is not a token id/.test(err.message),
    );
    writeFileSync(join(dir, 'shortlist.json'), JSON.stringify({ ids: [3, 300] }));
    await assert.rejects(createSessions(model, { intraOpThreads: 1 }), /ids\[1\]\): 300/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('manifest: shortlist.baseRows needs formatVersion 8 and a decoder graph that holds the rows', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ape-shortlist-base-'));
  try {
    cpSync(fixture(NAME_BASE), dir, { recursive: true });
    const manifestPath = join(dir, 'ape.json');
    const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
    assert.equal(m.formatVersion, 8);
    writeFileSync(manifestPath, JSON.stringify({ ...m, formatVersion: 7 }));
    await assert.rejects(loadModelDir(dir), /\(shortlist\.baseRows\): needs formatVersion 8/);

    const shortlist = { ...(m.shortlist as Record<string, string>), baseRows: 'in-graph-int4' };
    writeFileSync(manifestPath, JSON.stringify({ ...m, shortlist }));
    await assert.rejects(loadModelDir(dir), /shortlist\.baseRows/);

    // a version 3 decoder graph (all rows as inputs) under a manifest that says "in-graph"
    cpSync(fixture(NAME, 'decoder.shortlist.onnx'), join(dir, 'decoder.shortlist.onnx'));
    writeFileSync(manifestPath, JSON.stringify(m));
    const model = await loadModelDir(dir, { verify: false });
    await assert.rejects(
      createSessions(model, { intraOpThreads: 1 }),
      (err: Error) => err instanceof ModelError && /extra_weight/.test(err.message),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
