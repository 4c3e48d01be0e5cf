/**
 * `ape eval` against the sacreBLEU command line on the same generated corpus: all three
 * metrics in one run, then each metric alone, with the wall time of each command (process
 * start included, as a user sees it), the ratio, and a check that the printed scores are
 * identical. It prints and never fails.
 *
 *   npm run -s build && node --import tsx bench/eval.ts [--lines 100000] [--runs 1] [--keep DIR]
 *
 * The corpus is deterministic (seeded): reference sentences of 3..45 words drawn from a Zipf
 * distribution over the words of /usr/share/common-licenses plus generated rarer words (a few
 * accented, CJK and emoji tokens among them), and a hypothesis made from each reference by
 * substitutions, deletions, insertions, case changes and phrase shifts.
 */

import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');
const { values } = parseArgs({
  options: {
    lines: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '1' },
    keep: { type: 'string' },
  },
});
const nLines = Number(values.lines);
const runs = Math.max(1, Number(values.runs));

/** mulberry32: a small seeded generator, enough for a reproducible corpus. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function vocabulary(rand: () => number): string[] {
  const dir = '/usr/share/common-licenses';
  const counts = new Map<string, number>();
  for (const f of existsSync(dir) ? readdirSync(dir) : []) {
    let text = '';
    try {
      text = readFileSync(join(dir, f), 'utf8');
    } catch {
      continue;
    }
    for (const w of text.split(/\s+/)) {
      const word = w.replace(/^[("'`]+|[)"'.,;:!?]+$/g, '');
      if (/^[A-Za-z][A-Za-z'-]*$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const head = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([w]) => w);
  const syllables = [
    'ka',
    'lo',
    'mi',
    'ne',
    'ru',
    'sa',
    'ti',
    'vo',
    'ber',
    'dan',
    'gor',
    'pel',
    'quin',
    'stra',
  ];
  const special = [
    'café',
    'naïve',
    'Zürich',
    'señor',
    '東京',
    '日本語',
    '😀',
    'coöperate',
    'façade',
    'Ångström',
  ];
  const tail: string[] = [];
  for (let i = 0; i < 40000; i++) {
    const n = 2 + Math.floor(rand() * 3);
    let w = '';
    for (let j = 0; j < n; j++) w += syllables[Math.floor(rand() * syllables.length)];
    tail.push(i % 997 === 0 ? (special[(i / 997) % special.length] ?? w) : w);
  }
  return [...head, ...tail];
}

function corpus(lines: number): { ref: string[]; hyp: string[] } {
  const rand = rng(20240601);
  const vocab = vocabulary(rand);
  // Zipf(s = 1.07) over ranks: inverse CDF by binary search on cumulative weights.
  const cdf = new Float64Array(vocab.length);
  let total = 0;
  vocab.forEach((_, r) => (cdf[r] = total += 1 / Math.pow(r + 1, 1.07)));
  const word = (): string => {
    const x = rand() * total;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cdf[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return vocab[lo] ?? 'the';
  };
  const ref: string[] = [];
  const hyp: string[] = [];
  for (let i = 0; i < lines; i++) {
    const len = 3 + Math.floor(Math.pow(rand(), 1.3) * 43);
    const words = Array.from({ length: len }, word);
    words[0] = (words[0] ?? '').charAt(0).toUpperCase() + (words[0] ?? '').slice(1);
    if (len > 8 && rand() < 0.4) words[Math.floor(len / 2)] += ',';
    const r = `${words.join(' ')}${rand() < 0.85 ? '.' : '?'}`;
    const h: string[] = [];
    for (const w of r.split(' ')) {
      const x = rand();
      if (x < 0.06) continue;
      if (x < 0.16) h.push(word());
      else if (x < 0.19) h.push(w.toLowerCase() === w ? w.toUpperCase() : w.toLowerCase());
      else h.push(w);
      if (rand() < 0.04) h.push(word());
    }
    if (h.length > 6 && rand() < 0.5) {
      // move a 2-4 word phrase a few positions: TER's shifts
      const n = 2 + Math.floor(rand() * 3);
      const from = Math.floor(rand() * (h.length - n));
      const phrase = h.splice(from, n);
      h.splice(Math.min(h.length, from + 2 + Math.floor(rand() * 5)), 0, ...phrase);
    }
    ref.push(r);
    hyp.push(h.join(' '));
  }
  return { ref, hyp };
}

interface Timed {
  /** Wall-clock seconds, process start included. */
  wall: number;
  /** CPU seconds (user + system) of the command and its children, from /usr/bin/time. */
  cpu: number;
  stdout: string;
}

/**
 * Median of `runs` runs of a command under `nice -n 10`. The machine is shared, so CPU time
 * (what the command itself consumed) is the steadier figure; wall time is printed beside it.
 */
function time(cmd: string[], cpuFile: string): Timed {
  const runsOut: Timed[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(
      'nice',
      ['-n', '10', '/usr/bin/time', '-f', '%U %S', '-o', cpuFile, ...cmd],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      },
    );
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r.status !== 0)
      process.stderr.write(`${cmd.join(' ')} failed: ${r.stderr.slice(0, 500)}\n`);
    const [user = NaN, sys = NaN] = readFileSync(cpuFile, 'utf8')
      .trim()
      .split(/\s+/)
      .slice(-2)
      .map(Number);
    runsOut.push({ wall, cpu: user + sys, stdout: r.stdout });
  }
  runsOut.sort((a, b) => a.cpu - b.cpu);
  const median = runsOut[Math.floor(runsOut.length / 2)];
  return median ?? { wall: NaN, cpu: NaN, stdout: '' };
}

/** Scores by metric name from sacreBLEU's JSON (one object or a list). */
function sacreScores(stdout: string): Record<string, number> {
  const out: Record<string, number> = {};
  try {
    const parsed: unknown = JSON.parse(stdout);
    for (const item of Array.isArray(parsed) ? parsed : [parsed]) {
      const { name, score } = item as { name: string; score: number };
      out[name.startsWith('chrF') ? 'chrf' : name.toLowerCase()] = score;
    }
  } catch {
    /* reported as a mismatch below */
  }
  return out;
}

function apeScores(stdout: string): Record<string, number> {
  const out: Record<string, number> = {};
  try {
    for (const [key, entry] of Object.entries(
      JSON.parse(stdout) as Record<string, { score: number }>,
    )) {
      out[key] = entry.score;
    }
  } catch {
    /* reported as a mismatch below */
  }
  return out;
}

function main(): void {
  const built = join(root, 'dist', 'src', 'cli', 'eval.js');
  if (!existsSync(built)) {
    console.log('bench/eval: dist/src/cli/eval.js is missing: run `npm run -s build` first');
    return;
  }
  const dir = values.keep ?? mkdtempSync(join(tmpdir(), 'ape-bench-eval-'));
  mkdirSync(dir, { recursive: true });
  const refFile = join(dir, 'ref.txt');
  const hypFile = join(dir, 'hyp.txt');
  const t0 = Date.now();
  const { ref, hyp } = corpus(nLines);
  writeFileSync(refFile, ref.join('\n') + '\n');
  writeFileSync(hypFile, hyp.join('\n') + '\n');
  const words = ref.reduce((n, l) => n + l.split(' ').length, 0);
  const sacrebleu = join(root, '.venv', 'bin', 'sacrebleu');
  const apeCmd = [process.execPath, join(root, 'bin', 'ape.js'), 'eval'];
  const sacreVersion = spawnSync(
    join(root, '.venv', 'bin', 'python'),
    ['-c', 'import sacrebleu, numpy; print(sacrebleu.__version__, numpy.__version__)'],
    { encoding: 'utf8' },
  ).stdout.trim();
  console.log(`# bench/eval: ape eval vs sacreBLEU command line`);
  console.log(
    `corpus: ${nLines} lines, ${words} reference words (generated in ${((Date.now() - t0) / 1000).toFixed(1)} s, ${dir})`,
  );
  console.log(
    `machine: ${cpus().length} x ${cpus()[0]?.model ?? '?'}; node ${process.version}; sacrebleu/numpy ${sacreVersion}; ${runs} run(s), median; nice -n 10; load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    'speedup = sacreBLEU time / ape time; cpu = user + system seconds of the command (the steadier figure on a shared machine)',
  );
  console.log('');
  console.log(
    'metrics          sacrebleu cpu_s (wall_s)   ape cpu_s (wall_s)   speedup cpu (wall)   scores',
  );
  const cases: [string, string[]][] = [
    ['bleu', ['bleu']],
    ['chrf', ['chrf']],
    ['ter', ['ter']],
    ['bleu+chrf+ter', ['bleu', 'chrf', 'ter']],
  ];
  const cpuFile = join(dir, 'time.txt');
  const fmt = (t: Timed): string => `${t.cpu.toFixed(2)} (${t.wall.toFixed(2)})`;
  for (const [label, metrics] of cases) {
    const sacre = time(
      [sacrebleu, refFile, '-i', hypFile, '-m', ...metrics, '-f', 'json'],
      cpuFile,
    );
    const ape = time(
      [
        ...apeCmd,
        '--hyp',
        hypFile,
        '--ref',
        refFile,
        '--metrics',
        metrics.join(','),
        '--format',
        'json',
      ],
      cpuFile,
    );
    const s = sacreScores(sacre.stdout);
    const a = apeScores(ape.stdout);
    const same = metrics.every((m) => s[m] !== undefined && s[m] === a[m]);
    const scores = metrics
      .map((m) => `${m}=${s[m] ?? '?'}${same ? '' : `/ape:${a[m] ?? '?'}`}`)
      .join(' ');
    const ratio = `${(sacre.cpu / ape.cpu).toFixed(1)}x (${(sacre.wall / ape.wall).toFixed(1)}x)`;
    console.log(
      `${label.padEnd(16)} ${fmt(sacre).padStart(24)} ${fmt(ape).padStart(20)} ${ratio.padStart(20)}   ${same ? 'identical' : 'DIFFERENT'} ${scores}`,
    );
  }
  console.log(
    `load average at the end: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  if (values.keep === undefined) rmSync(dir, { recursive: true, force: true });
}

main();
