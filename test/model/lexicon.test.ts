import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { beamSearch, type BeamOptions } from '../../src/model/beam-search.js';
import {
  FREE_WORD,
  Lexicon,
  LexiconConstraint,
  loadLexicon,
  type WordState,
} from '../../src/model/lexicon.js';
import { parseManifest } from '../../src/model/manifest.js';
import { loadModelDir } from '../../src/model/model-dir.js';
import type { OutputColumns } from '../../src/model/output-vocab.js';
import { OnnxPostEditor } from '../../src/model/post-editor.js';
import { createSessions, releaseSessions } from '../../src/model/sessions.js';
import { fixture } from '../helpers/paths.js';
import { loadReference } from './reference.js';

/**
 * The target lexicon (docs/model-format.md, format version 4) against the Python reference:
 * test/fixtures/model-tiny-lexicon is model-tiny-softmax plus a lexicon of half its toy
 * corpus' post-edit words (and a few words of several wordpieces), and its reference.json was
 * decoded by ape.decode.Lexical on the PyTorch model (training/scripts/make_lexicon_fixture.py),
 * with the allowed token sets of a few token sequences ("probes") as Lexical computed them.
 */
const NAME = 'model-tiny-lexicon';
const SCORE_TOLERANCE = 1e-4;

interface LexiconRun {
  options: Omit<BeamOptions, 'nbest'>;
  hypotheses: { ids: number[]; score: number; endedWithEos: boolean }[];
}
interface Probe {
  ids: number[];
  forbidden: number | null;
  allowed: number[][];
}
interface LexiconCase {
  src: string;
  mt: string;
  encoder: { input_ids: number[]; token_type_ids: number[] };
  mtTokens: number;
  differsFromFull: boolean;
  runs: LexiconRun[];
  probes: Probe[];
  /** The same runs with model-tiny-shortlist's shortlist too (null: a near-tie there). */
  shortlistRuns: Omit<LexiconRun, 'maxLen'>[] | null;
}

const reference = JSON.parse(readFileSync(fixture(NAME, 'reference.json'), 'utf8')) as {
  cases: LexiconCase[];
};
const input = (c: LexiconCase) => ({
  inputIds: c.encoder.input_ids,
  tokenTypeIds: c.encoder.token_type_ids,
  mtLength: c.mtTokens,
});

function fullColumns(size: number): OutputColumns {
  return {
    size,
    token: (j) => j,
    column: (t) => (t >= 0 && t < size ? t : -1),
    feeds: () => ({}),
    split: () => ({ shared: {}, perSentence: {} }),
  };
}

test('the fixture is not vacuous: the lexicon changes the output of most cases', () => {
  assert.ok(reference.cases.length >= 10);
  const differ = reference.cases.filter((c) => c.differsFromFull).length;
  assert.ok(differ >= 5, `${differ} cases differ from unconstrained decoding`);
  const probes = reference.cases.flatMap((c) => c.probes);
  assert.ok(probes.some((p) => p.ids.length >= 10) && probes.some((p) => p.forbidden !== null));
});

test(`${NAME}: the allowed tokens after each probe prefix are ape.decode.Lexical's`, async () => {
  const model = await loadModelDir(fixture(NAME));
  const { vocabSize } = model.manifest.architecture;
  assert.ok(model.lexiconPath !== undefined);
  const lex = await loadLexicon(model.lexiconPath, vocabSize);
  let checked = 0;
  for (const c of reference.cases) {
    const constraint = new LexiconConstraint(lex, fullColumns(vocabSize), [input(c)]);
    for (const p of c.probes) {
      let w: WordState = FREE_WORD;
      p.allowed.forEach((want, i) => {
        const mask = constraint.rowMask(0, w);
        const got = [...mask.keys()].filter((t) => mask[t] === 1);
        assert.deepEqual(got, want, `${c.mt}: after ${JSON.stringify(p.ids.slice(0, i))}`);
        checked++;
        const t = p.ids[i];
        if (t !== undefined) w = constraint.advance(0, w, t);
      });
      if (p.forbidden !== null) assert.ok(!(p.allowed.at(-1) ?? []).includes(p.forbidden));
    }
  }
  assert.ok(checked >= 50, `${checked} masks compared`);
});

test(`${NAME}: beam search with the lexicon is token-identical to ape.decode.Lexical, each options group in one batch`, async () => {
  const model = await loadModelDir(fixture(NAME));
  const sessions = await createSessions(model, { intraOpThreads: 1 });
  const lexicon = model.lexiconPath;
  assert.ok(lexicon !== undefined);
  const groups = new Map<string, { c: LexiconCase; run: LexiconRun }[]>();
  for (const c of reference.cases)
    for (const run of c.runs) {
      const key = JSON.stringify(run.options);
      groups.set(key, [...(groups.get(key) ?? []), { c, run }]);
    }
  let compared = 0;
  try {
    for (const items of groups.values()) {
      const options = items[0]?.run.options;
      assert.ok(options !== undefined);
      // sentences with different src/mt words share the batch: each keeps its own segment trie
      const { hypotheses } = await beamSearch(
        sessions,
        items.map(({ c }) => input(c)),
        model.manifest.specialTokens,
        { ...options, nbest: options.beam, lexicon },
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
  } finally {
    await releaseSessions(sessions);
  }
  assert.ok(compared >= 60, `${compared} runs compared`);
});

test('model-tiny-shortlist with this lexicon: the shortlist and the lexicon together are token-identical to Lexical(Restricted(...)), each options group in one batch', async () => {
  const model = await loadModelDir(fixture('model-tiny-shortlist'));
  const sessions = await createSessions(model, { intraOpThreads: 1 });
  assert.ok(sessions.shortlist !== undefined);
  const lexicon = fixture(NAME, 'lexicon.json');
  const groups = new Map<string, { c: LexiconCase; run: Omit<LexiconRun, 'maxLen'> }[]>();
  for (const c of reference.cases)
    for (const run of c.shortlistRuns ?? []) {
      const key = JSON.stringify(run.options);
      groups.set(key, [...(groups.get(key) ?? []), { c, run }]);
    }
  let compared = 0;
  try {
    for (const items of groups.values()) {
      const options = items[0]?.run.options;
      assert.ok(options !== undefined);
      // the batch's columns are the union of its sentences' allowed sets: masks go by column
      const { hypotheses } = await beamSearch(
        sessions,
        items.map(({ c }) => input(c)),
        model.manifest.specialTokens,
        { ...options, nbest: options.beam, lexicon },
      );
      items.forEach(({ c, run }, b) => {
        const got = hypotheses[b] ?? [];
        const label = `${c.mt} (${JSON.stringify(options)})`;
        assert.deepEqual(
          got.map((h) => h.tokens),
          run.hypotheses.map((h) => h.ids),
          label,
        );
        got.forEach((h, k) =>
          assert.ok(Math.abs(h.score - (run.hypotheses[k]?.score ?? NaN)) < SCORE_TOLERANCE, label),
        );
        compared++;
      });
    }
  } finally {
    await releaseSessions(sessions);
  }
  assert.ok(compared >= 50, `${compared} runs compared`);
});

test('OnnxPostEditor: info.lexicon says whether decoding is constrained; lexicon: false decodes as model-tiny-softmax', async () => {
  const on = await OnnxPostEditor.load(fixture(NAME), { intraOpThreads: 1 });
  const off = await OnnxPostEditor.load(fixture(NAME), { intraOpThreads: 1, lexicon: false });
  try {
    assert.equal(on.info.lexicon, true);
    assert.equal(off.info.lexicon, false);
    assert.equal(on.info.formatVersion, 4);
    const c = reference.cases.find((x) => x.differsFromFull);
    assert.ok(c !== undefined);
    const full = loadReference('model-tiny-softmax').cases.find((x) => x.mt === c.mt);
    assert.ok(full !== undefined);
    const seg = on.prepare({ src: full.src, mt: full.mt });
    const [a] = (await on.postEdit([seg], { beam: 4, nbest: 1, keepMtMargin: null })).results;
    const [b] = (await off.postEdit([seg], { beam: 4, nbest: 1, keepMtMargin: null })).results;
    const isDefault = (r: LexiconRun | (typeof full.runs)[number]) =>
      r.options.beam === 4 &&
      r.options.lengthPenalty === 'avg' &&
      r.options.minLength === 1 &&
      r.options.maxLengthRatio === 1.5 &&
      r.options.maxLengthOffset === 10;
    const want = c.runs.find(isDefault)?.hypotheses[0];
    const wantOff = full.runs.find(isDefault)?.hypotheses[0];
    assert.equal(a?.tokens, want?.ids.length);
    assert.ok(Math.abs((a?.score ?? NaN) - (want?.score ?? NaN)) < SCORE_TOLERANCE);
    assert.equal(b?.tokens, wantOff?.ids.length);
    assert.ok(Math.abs((b?.score ?? NaN) - (wantOff?.score ?? NaN)) < SCORE_TOLERANCE);
  } finally {
    await on.close();
    await off.close();
  }
});

test('manifest: a lexicon needs formatVersion 4 and its file listed; a version 9 manifest is refused', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ape-lexicon-'));
  try {
    cpSync(fixture(NAME), dir, { recursive: true });
    const manifestPath = join(dir, 'ape.json');
    const original = readFileSync(manifestPath, 'utf8');
    const m = JSON.parse(original) as Record<string, unknown>;

    writeFileSync(manifestPath, JSON.stringify({ ...m, formatVersion: 3 }));
    await assert.rejects(loadModelDir(dir), /\(lexicon\): needs formatVersion 4/);

    const files = { ...(m.files as Record<string, string>) };
    delete files['lexicon.json'];
    writeFileSync(manifestPath, JSON.stringify({ ...m, files }));
    await assert.rejects(loadModelDir(dir), /\(lexicon\.file\): "lexicon\.json" is not listed/);

    writeFileSync(
      manifestPath,
      JSON.stringify({ ...m, lexicon: { kind: 'wordpiece-trie-v2', file: 'lexicon.json' } }),
    );
    await assert.rejects(loadModelDir(dir), /\(lexicon\.kind\)/);

    assert.throws(
      () => parseManifest({ ...m, formatVersion: 9 }, 'ape.json'),
      /formatVersion 9 is not supported; this version of ape reads formatVersion 1, 2, 3, 4, 5, 6, 7, 8/,
    );
    writeFileSync(manifestPath, original);
    const model = await loadModelDir(dir);
    assert.ok(model.lexiconPath?.endsWith('lexicon.json'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('lexicon.json: a malformed file is refused naming the field', () => {
  const raw = JSON.parse(readFileSync(fixture(NAME, 'lexicon.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const V = (raw.classes as string).length;
  assert.ok(Lexicon.parse(raw, V, 'lexicon.json').nodeCount > 1);
  assert.throws(() => Lexicon.parse(raw, V + 1, 'l.json'), /l\.json \(vocabSize\)/);
  assert.throws(
    () => Lexicon.parse({ ...raw, classes: 'x'.repeat(V) }, V, 'l.json'),
    /\(classes\): must be a string of \d+ chars/,
  );
  const tokens = [...(raw.tokens as number[])];
  [tokens[0], tokens[1]] = [tokens[1] ?? 0, tokens[0] ?? 0];
  assert.throws(
    () => Lexicon.parse({ ...raw, tokens }, V, 'l.json'),
    /\(tokens\[1\]\): the children of a node must be in increasing token order/,
  );
  assert.throws(
    () => Lexicon.parse({ ...raw, nodes: (raw.nodes as number[]).slice(1) }, V, 'l.json'),
    /\(nodes\)/,
  );
  assert.throws(() => Lexicon.parse({ ...raw, kind: 'other' }, V, 'l.json'), /\(kind\)/);
});
