import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { apeBin, fixture, repoRoot } from '../helpers/paths.js';
import { skipUnless } from '../helpers/skip.js';

// Oracle: the sacreBLEU 2.6.0 command line on the same files
// (test/fixtures/eval/cli/make_fixtures.py writes expected.json; the paired-test numbers
// come from test/fixtures/eval/significance/make_fixtures.py).
const cliDir = fixture('eval', 'cli');
const corpus = fixture('eval', 'significance', 'corpus');
const c = (name: string): string => join(corpus, name);

interface SacreJson {
  name: string;
  score: number;
  signature: string;
  verbose_score?: string;
  confidence_mean?: number;
  confidence_var?: number;
  confidence?: string;
}
interface Case {
  args: string[];
  json: SacreJson[];
  text?: string;
}
const expected = JSON.parse(readFileSync(join(cliDir, 'expected.json'), 'utf8')) as Record<
  string,
  Case
> & {
  sentence: Record<string, string[]>;
  segments: { better: number; worse: number; unchanged: number; total: number };
};
interface Paired {
  results: Record<
    string,
    { score: number; p_value: number | null; mean: number | null; ci: number | null }[]
  >;
  signatures: Record<string, string>;
  text: string;
}
const paired = JSON.parse(
  readFileSync(fixture('eval', 'significance', 'paired.json'), 'utf8'),
) as Record<'bs' | 'ar', Paired>;

const fromDist = fileURLToPath(import.meta.url).includes(`${sep}dist${sep}`);
const mainUrl = pathToFileURL(join(repoRoot, 'src', 'cli', 'main.ts')).href;

/** Runs `ape eval ARGS` for real: the built bin under dist/, else the sources through tsx. */
function ape(
  args: string[],
  input?: string,
  uid?: number,
): { status: number | null; stdout: string; stderr: string } {
  const argv = fromDist
    ? [apeBin, 'eval', ...args]
    : [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `const { main } = await import(${JSON.stringify(mainUrl)}); process.exitCode = await main(process.argv.slice(1));`,
        'eval',
        ...args,
      ];
  const r = spawnSync(process.execPath, argv, {
    encoding: 'utf8',
    input,
    cwd: repoRoot,
    ...(uid === undefined ? {} : { uid, gid: uid }),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Our signatures name `ape-<version>` where sacreBLEU names its own version; all else is equal. */
function sacreVersion(s: string): string {
  return s.replace(/version:ape-[0-9A-Za-z.-]+/g, 'version:2.6.0');
}

function runJson(args: string[], input?: string): Record<string, Record<string, unknown>> {
  const r = ape([...args, '--format', 'json'], input);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as Record<string, Record<string, unknown>>;
}

function assertMatchesSacre(
  ours: Record<string, Record<string, unknown>>,
  want: SacreJson[],
): void {
  for (const w of want) {
    const key = w.name.startsWith('chrF') ? 'chrf' : w.name.toLowerCase();
    const got = ours[key];
    assert.ok(got, `no ${key} in output`);
    assert.equal(got.name, w.name);
    assert.equal(got.score, w.score, `${w.name} score`);
    assert.equal(sacreVersion(String(got.signature)), w.signature, `${w.name} signature`);
    assert.equal(got.verbose_score, w.verbose_score, `${w.name} verbose`);
    for (const field of ['confidence_mean', 'confidence_var', 'confidence'] as const) {
      assert.equal(got[field], w[field], `${w.name} ${field}`);
    }
  }
}

const flagCases: Record<string, string[]> = {
  default: ['--hyp', c('ape.txt'), '--ref', c('ref.txt')],
  'intl-lc-floor': [
    '--hyp',
    c('ape.txt'),
    '--ref',
    c('ref.txt'),
    '--metrics',
    'bleu',
    '--tokenize',
    'intl',
    '--lowercase',
    '--smooth-method',
    'floor',
  ],
  'char-tok': [
    '--hyp',
    c('ape.txt'),
    '--ref',
    c('ref.txt'),
    '--metrics',
    'bleu',
    '--tokenize',
    'char',
  ],
  'chrf++': [
    '--hyp',
    c('ape.txt'),
    '--ref',
    c('ref.txt'),
    '--metrics',
    'chrf',
    '--chrf-word-order',
    '2',
  ],
  'ter-options': [
    '--hyp',
    c('ape.txt'),
    '--ref',
    c('ref.txt'),
    '--metrics',
    'ter',
    '--ter-normalized',
    '--ter-no-punct',
    '--ter-case-sensitive',
    '--ter-asian-support',
  ],
  'two-refs': ['--hyp', c('ape.txt'), '--ref', c('ref.txt'), '--ref', c('ref2.txt')],
  mt: ['--hyp', c('mt.txt'), '--ref', c('ref.txt')],
  edge: ['--hyp', join(cliDir, 'edge-hyp.txt'), '--ref', join(cliDir, 'edge-ref.txt')],
  confidence: ['--hyp', c('ape.txt'), '--ref', c('ref.txt'), '--confidence'],
};

for (const [name, args] of Object.entries(flagCases)) {
  test(`ape eval --format json equals sacrebleu -f json: ${name}`, () => {
    const want = expected[name];
    assert.ok(want);
    assertMatchesSacre(runJson(args), want.json);
  });
}

test('ape eval text output equals sacrebleu -f text line for line', () => {
  for (const name of ['default', 'edge', 'two-refs', 'confidence']) {
    const r = ape(flagCases[name] ?? []);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(sacreVersion(r.stdout), expected[name]?.text, name);
  }
});

test('ape eval --hyp - reads standard input as sacreBLEU reads it', () => {
  const ours = runJson(
    ['--hyp', '-', '--ref', c('ref.txt'), '--metrics', 'bleu'],
    readFileSync(c('ape.txt'), 'utf8'),
  );
  assertMatchesSacre(ours, expected.stdin?.json ?? []);
});

test('ape eval --sentence prints the lines of sacrebleu --sentence-level', () => {
  for (const metric of ['bleu', 'chrf', 'ter']) {
    const r = ape([
      '--hyp',
      c('ape.txt'),
      '--ref',
      c('ref.txt'),
      '--metrics',
      metric,
      '--sentence',
    ]);
    assert.equal(r.status, 0, r.stderr);
    const lines = sacreVersion(r.stdout).trimEnd().split('\n');
    assert.deepEqual(lines.slice(1), expected.sentence[metric], metric);
  }
});

/** The cells of sacreBLEU's paired table: `score (mean ± ci)` then the p-value cells, in row order. */
function tableCells(text: string): { cells: string[]; pvals: string[] } {
  return {
    cells: [...text.matchAll(/\d+\.\d \(\d+\.\d ± \d+\.\d\)/g)].map((m) => m[0]),
    pvals: [...text.matchAll(/\(p = \d\.\d{4}\)\*?/g)].map((m) => m[0]),
  };
}

test('ape eval --sentence --format json gives the per-line scores of sacrebleu --sentence-level', () => {
  const ours = runJson([
    '--hyp',
    c('ape.txt'),
    '--ref',
    c('ref.txt'),
    '--mt',
    c('mt.txt'),
    '--sentence',
  ]);
  for (const metric of ['bleu', 'chrf', 'ter']) {
    const want = (expected.sentence[metric] ?? []).map((l) =>
      Number(/ = (-?\d+\.\d+)/.exec(l)?.[1]),
    );
    assert.deepEqual(ours[metric]?.sentences, want, metric);
    assert.equal((ours[metric]?.mt_sentences as number[]).length, want.length);
  }
});

test('ape eval --mt: paired bootstrap p-values, means and CIs equal sacreBLEU --paired-bs', () => {
  const args = ['--hyp', c('ape.txt'), '--ref', c('ref.txt'), '--mt', c('mt.txt')];
  const ours = runJson(args);
  const keys: Record<string, string> = { BLEU: 'bleu', chrF2: 'chrf', TER: 'ter' };
  for (const [metric, rows] of Object.entries(paired.bs.results)) {
    const got = ours[keys[metric] ?? ''];
    const [mt, apeRow] = rows;
    assert.ok(got && mt && apeRow);
    assert.equal(got.p_value, apeRow.p_value, `${metric} p-value`);
    assert.equal(got.score, Number(apeRow.score.toFixed(1)));
    assert.equal(got.mt_score, Number(mt.score.toFixed(1)));
    assert.equal(sacreVersion(String(got.signature)), paired.bs.signatures[metric]);
  }
  assert.deepEqual(ours.segments && { ...ours.segments, rule: undefined }, {
    ...expected.segments,
    rule: undefined,
  });
  const text = ape(args);
  assert.equal(text.status, 0, text.stderr);
  const want = tableCells(paired.bs.text);
  const got = tableCells(text.stdout);
  // sacreBLEU's rows: baseline (mt) x3 metrics, ape x3, other x3; ours: per metric mt, ape.
  assert.deepEqual(
    got.cells,
    [0, 3, 1, 4, 2, 5].map((i) => want.cells[i]),
  );
  assert.deepEqual(got.pvals, want.pvals.slice(0, 3));
  assert.match(
    text.stdout,
    new RegExp(
      `${expected.segments.better} better .* ${expected.segments.worse} worse .* ${expected.segments.unchanged} unchanged .* of ${expected.segments.total}`,
    ),
  );
});

test('ape eval --mt --paired-ar: p-values equal sacreBLEU --paired-ar', () => {
  const ours = runJson([
    '--hyp',
    c('ape.txt'),
    '--ref',
    c('ref.txt'),
    '--mt',
    c('mt.txt'),
    '--paired-ar',
  ]);
  const keys: Record<string, string> = { BLEU: 'bleu', chrF2: 'chrf', TER: 'ter' };
  for (const [metric, rows] of Object.entries(paired.ar.results)) {
    assert.equal(ours[keys[metric] ?? '']?.p_value, rows[1]?.p_value, `${metric} p-value`);
    assert.equal(
      sacreVersion(String(ours[keys[metric] ?? '']?.signature)),
      paired.ar.signatures[metric],
    );
  }
});

function assertFails(r: { status: number | null; stderr: string }, message: string | RegExp): void {
  assert.equal(r.status, 2, r.stderr);
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `one line expected: ${r.stderr}`);
  if (typeof message === 'string') assert.equal(lines[0], message);
  else assert.match(lines[0] ?? '', message);
}

test('ape eval --mt: a delta that rounds to zero prints as 0.0, not -0.0', () => {
  // Hand derivation: 50 reference lines of 50 words (2,500 words). The MT substitutes one word
  // in lines 1 and 2, the APE output only in line 1: TER 2/2500 = 0.08 and 1/2500 = 0.04, so
  // the TER delta is -0.04, which Python's "%.1f" prints as -0.0.
  const tmp = mkdtempSync(join(tmpdir(), 'ape-cli-eval-'));
  const refLines = Array.from({ length: 50 }, (_, i) =>
    Array.from({ length: 50 }, (_, j) => `w${i}x${j}`).join(' '),
  );
  const edit = (line: string) => line.replace(/^\S+/, 'changed');
  const files = {
    ref: refLines,
    mt: refLines.map((l, i) => (i < 2 ? edit(l) : l)),
    ape: refLines.map((l, i) => (i < 1 ? edit(l) : l)),
  };
  for (const [name, lines] of Object.entries(files))
    writeFileSync(join(tmp, `${name}.txt`), lines.join('\n') + '\n');
  const args = ['--hyp', join(tmp, 'ape.txt'), '--ref', join(tmp, 'ref.txt')];
  const json = runJson([...args, '--mt', join(tmp, 'mt.txt'), '--metrics', 'ter']);
  assert.deepEqual([json.ter?.mt_score, json.ter?.score], [0.1, 0]);
  const r = ape([...args, '--mt', join(tmp, 'mt.txt'), '--metrics', 'ter']);
  assert.equal(r.status, 0, r.stderr);
  const ter = r.stdout.split('\n').find((l) => l.startsWith('TER'));
  assert.ok(ter, r.stdout);
  // columns: Metric, MT (with its CI), APE (with its CI), Delta, p-value
  const cells = ter.split(/\s{2,}/);
  assert.deepEqual(
    cells.slice(1, 4).map((cell) => cell.split(' ')[0]),
    ['0.1', '0.0', '0.0'],
  );
  assert.doesNotMatch(r.stdout, /-0\.0\b/);
});

test('bad input: one-line errors naming file (and line), exit code 2', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'ape-cli-eval-'));
  const ref = c('ref.txt');
  const short = join(tmp, 'short.txt');
  writeFileSync(short, 'one\ntwo\nthree\n');
  assertFails(
    ape(['--hyp', short, '--ref', ref]),
    `ape eval: ${short}:3: ends here, but ${ref} has 60 lines (files must align line by line)`,
  );
  assertFails(
    ape(['--hyp', c('ape.txt'), '--ref', short]),
    `ape eval: ${short}:3: ends here, but ${c('ape.txt')} has 60 lines (files must align line by line)`,
  );
  assertFails(
    ape(['--hyp', c('ape.txt'), '--ref', ref, '--mt', short]),
    `ape eval: ${short}:3: ends here, but ${c('ape.txt')} has 60 lines (files must align line by line)`,
  );
  const empty = join(tmp, 'empty.txt');
  writeFileSync(empty, '');
  assertFails(
    ape(['--hyp', empty, '--ref', empty]),
    `ape eval: ${empty}: is empty: no segments to score`,
  );
  const missing = join(tmp, 'missing.txt');
  assertFails(ape(['--hyp', missing, '--ref', ref]), `ape eval: ${missing}: no such file`);
  assertFails(
    ape(['--hyp', c('ape.txt'), '--ref', tmp]),
    `ape eval: ${tmp}: is a directory, not a text file`,
  );
  const latin1 = join(tmp, 'latin1.txt');
  writeFileSync(
    latin1,
    Buffer.concat([
      Buffer.from('a\nb\n'),
      Buffer.from([0x63, 0x61, 0x66, 0xe9]),
      Buffer.from('\n'),
    ]),
  );
  assertFails(
    ape(['--hyp', latin1, '--ref', ref]),
    `ape eval: ${latin1}:3: not valid UTF-8 (decode the file as UTF-8 first)`,
  );
  assertFails(
    ape(['--hyp', c('ape.txt'), '--ref', ref, '--metrics', 'bleu,meteor']),
    /^ape eval: --metrics: unknown metric 'meteor'/,
  );
  assertFails(
    ape(['--hyp', c('ape.txt'), '--ref', ref, '--bogus']),
    /^ape eval: Unknown option '--bogus'/,
  );
  assertFails(ape(['--ref', ref]), /^ape eval: --hyp FILE is required/);
  assertFails(ape(['--hyp', c('ape.txt'), '--ref', ref, '--paired-bs']), /give --mt FILE/);
  assertFails(
    ape(['--hyp', c('ape.txt'), '--ref', ref, '--tokenize', 'moses']),
    /^ape eval: --tokenize: 'moses' is not one of/,
  );
});

test('an unreadable file (no read permission) is a one-line error with exit code 2', (t) => {
  const tmp = mkdtempSync(join(tmpdir(), 'ape-cli-perm-'));
  chmodSync(tmp, 0o755);
  const locked = join(tmp, 'locked.txt');
  writeFileSync(locked, 'x\n');
  chmodSync(locked, 0o000);
  // root reads anything, so as root the command runs as 'nobody' (65534) to meet a real EACCES
  const uid = process.getuid?.() === 0 ? 65534 : undefined;
  if (uid !== undefined) {
    const probe = spawnSync(process.execPath, ['-e', ''], { uid, gid: uid, cwd: repoRoot });
    const skip = skipUnless(
      probe.error === undefined && probe.status === 0,
      `running as root where the test cannot run node as the unprivileged user 65534 ` +
        `(${probe.error?.message ?? `exit ${probe.status}: ${probe.stderr}`}; it needs to read the repository)`,
    );
    if (skip !== false) {
      t.skip(skip);
      return;
    }
  }
  const r = ape(['--hyp', locked, '--ref', c('ref.txt')], undefined, uid);
  assertFails(r, `ape eval: ${locked}: permission denied (cannot read the file)`);
});
