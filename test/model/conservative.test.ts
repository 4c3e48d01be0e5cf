import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { SUPPORTED_FORMAT_VERSIONS } from '../../src/model/manifest.js';
import { OnnxPostEditor, type PostEditResult } from '../../src/model/post-editor.js';
import { repoRoot } from '../helpers/paths.js';
import { beam4WithMtScores, MODEL, type Expected } from '../server/fixture-app.js';

/**
 * Conservative decoding end to end on the softmax fixture: the decision for each case is
 * derived from the two oracles, the Python reference decoder's best beam-4 score
 * (reference.json, PyTorch) and the mt's forced score (test/fixtures/forced/, Python ORT).
 */
const TOLERANCE = 1e-4;
const tmp = mkdtempSync(join(tmpdir(), 'ape-conservative-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

interface Case extends Expected {
  mtScore: number;
}
let cases: Case[];
let editor: OnnxPostEditor;

before(async () => {
  cases = await beam4WithMtScores();
  editor = await OnnxPostEditor.load(MODEL, { workers: 1, intraOpThreads: 1 });
});
after(() => editor.close());

/** The margins used below sit at least this far from every case's score gap (no near-ties). */
function assertClearOf(margin: number): void {
  for (const c of cases)
    assert.ok(Math.abs(c.score - c.mtScore - margin) > 1e-3, `margin ${margin} is a near-tie`);
}

/** `mts`: the mt strings sent; `editPe`: whether an edit's pe must equal the oracle's (same mt). */
function check(results: PostEditResult[], margin: number, mts: string[], editPe = true): void {
  let kept = 0;
  results.forEach((r, i) => {
    const c = cases[i];
    if (c === undefined) throw new Error('more results than cases');
    const keep = c.score - c.mtScore <= margin;
    kept += keep ? 1 : 0;
    assert.equal(r.kept, keep ? 'mt' : 'edit', c.c.mt);
    if (keep) assert.equal(r.pe, mts[i], c.c.mt);
    else if (editPe) assert.equal(r.pe, c.pe, c.c.mt);
    assert.equal(r.changed, keep ? false : c.changed);
    assert.ok(Math.abs((r.score ?? NaN) - c.score) < TOLERANCE, 'score is the best edit');
    assert.ok(Math.abs((r.mtScore ?? NaN) - c.mtScore) < TOLERANCE, 'mtScore');
  });
  assert.ok(kept > 0 || margin === 0, 'a margin that keeps nothing tests nothing');
}

test('keepMtMargin: the mt, verbatim, unless the edit scores more than the margin above it', async () => {
  const segments = () => cases.map((c) => editor.prepare(c.c));
  for (const margin of [0, 3, 6, 100]) {
    assertClearOf(margin);
    const { results } = await editor.postEdit(segments(), {
      beam: 4,
      nbest: 1,
      keepMtMargin: margin,
    });
    check(
      results,
      margin,
      cases.map((c) => c.c.mt),
    );
  }
  // The exact original string comes back: the (lowercasing) tokenizer sees the same ids.
  const odd = cases.map((c) => `  ${c.c.mt.toUpperCase().replace(/ /g, '  ')} `);
  const { results } = await editor.postEdit(
    cases.map((c, i) => editor.prepare({ src: c.c.src, mt: odd[i] ?? '' })),
    { beam: 4, nbest: 1, keepMtMargin: 6 },
  );
  check(results, 6, odd, false);
});

test('off (null or no manifest default): no forced row, results as before', async () => {
  const { results } = await editor.postEdit(
    cases.map((c) => editor.prepare(c.c)),
    { beam: 4, nbest: 1 },
  );
  results.forEach((r, i) => {
    assert.equal(r.kept, undefined);
    assert.equal(r.mtScore, undefined);
    assert.equal(r.pe, cases[i]?.pe);
  });
});

/** A copy of the fixture whose ape.json sets decoding.keepMtMargin (ape.json is not hashed). */
function modelWithDefault(margin: number): string {
  const dir = join(tmp, `model-${margin}`);
  cpSync(MODEL, dir, { recursive: true });
  const manifestFile = join(dir, 'ape.json');
  const m = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    formatVersion: number;
    decoding: Record<string, unknown>;
  };
  m.decoding.keepMtMargin = margin;
  m.formatVersion = Math.max(...SUPPORTED_FORMAT_VERSIONS); // the field is format version 2
  writeFileSync(manifestFile, JSON.stringify(m, null, 2));
  return dir;
}

test("the manifest's decoding.keepMtMargin is the default; a call's null turns it off", async () => {
  const pe = await OnnxPostEditor.load(modelWithDefault(3), { workers: 1, intraOpThreads: 1 });
  try {
    const segs = cases.map((c) => pe.prepare(c.c));
    assert.equal(pe.info.decoding.keepMtMargin, 3);
    check(
      (await pe.postEdit(segs, { beam: 4, nbest: 1 })).results,
      3,
      cases.map((c) => c.c.mt),
    );
    const off = (await pe.postEdit(segs, { beam: 4, nbest: 1, keepMtMargin: null })).results;
    off.forEach((r, i) => {
      assert.equal(r.kept, undefined);
      assert.equal(r.pe, cases[i]?.pe);
    });
  } finally {
    await pe.close();
  }
});

function ape(...args: string[]) {
  const main = join(repoRoot, 'src', 'cli', 'main.ts');
  const code = `const { main } = await import(${JSON.stringify(main)}); process.exitCode = await main(process.argv.slice(1));`;
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', code, 'postedit', ...args],
    { encoding: 'utf8', cwd: repoRoot },
  );
}

test('ape postedit --keep-mt-margin X writes the kept mt lines verbatim; a bad X is a usage error', () => {
  const src = join(tmp, 'src.txt');
  const mt = join(tmp, 'mt.txt');
  writeFileSync(src, cases.map((c) => c.c.src + '\n').join(''));
  writeFileSync(mt, cases.map((c) => c.c.mt + '\n').join(''));
  const r = ape('--model', MODEL, '--src', src, '--mt', mt, '--keep-mt-margin', '6');
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(
    r.stdout.split('\n').slice(0, -1),
    cases.map((c) => (c.score - c.mtScore <= 6 ? c.c.mt : c.pe)),
  );
  for (const bad of ['--keep-mt-margin=-1', '--keep-mt-margin=abc', '--keep-mt-margin=']) {
    const b = ape('--model', MODEL, '--src', src, '--mt', mt, bad);
    assert.equal(b.status, 2, bad);
    assert.match(b.stderr, /--keep-mt-margin must be a number >= 0 or 'off'/);
  }
  // parseArgs takes "-1" for a flag: still a usage error (exit 2), not a crash.
  const dash = ape('--model', MODEL, '--src', src, '--mt', mt, '--keep-mt-margin', '-1');
  assert.equal(dash.status, 2, dash.stderr);
  assert.match(dash.stderr, /--keep-mt-margin/);
});
