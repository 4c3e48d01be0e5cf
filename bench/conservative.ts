/**
 * Conservative decoding (issue 8, over-correction): decodes a split once with the mt scored
 * alongside the beam (src/model/forced.ts), then, for each keepMtMargin, takes the mt where
 * the edit does not beat it by more than the margin, and prints corpus TER (case-sensitive,
 * src/eval, sacreBLEU's defaults otherwise; case-insensitive beside it), the share of
 * sentences made worse / better / left equal versus the mt by sentence TER, and the share
 * where the mt was kept. The anchors, in the same run: the mt itself and the edit always
 * taken (conservative decoding off).
 *
 *   nice -n 10 node --import tsx bench/conservative.ts MODEL_DIR [--data synthetic-data/es-en]
 *       [--split dev] [--limit N] [--margins 0,0.05,0.1,0.2,0.5] [--beam K] [--batch-size 16]
 *       [--cache FILE.jsonl] [--overhead N] [--full-vocab]
 *
 * --cache keeps each decoded sentence (the edit, its score and the mt's score) as it goes:
 * an interrupted run resumes from it, and a second run with other margins decodes nothing.
 * --overhead N times the first N sentences decoded with and without the mt's forced row
 * (median of 3 alternating runs each, after a warm-up) and prints the ratio.
 * --full-vocab decodes with the whole output vocabulary even if the model has a shortlist
 * (docs/model-format.md), to measure what the shortlist costs or gains on the same directory.
 * Prints and never fails on quality or speed: a benchmark reports, it does not gate.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusScore } from '../src/eval/metric.js';
import { readLines } from '../src/eval/read-lines.js';
import { TER } from '../src/eval/ter.js';
import { keepsMt } from '../src/model/forced.js';
import { OnnxPostEditor } from '../src/model/post-editor.js';
import { SegmentTooLongError, type PreparedSegment } from '../src/model/segment.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    data: { type: 'string', default: 'synthetic-data/es-en' },
    split: { type: 'string', default: 'dev' },
    limit: { type: 'string' },
    margins: { type: 'string', default: '0,0.05,0.1,0.2,0.5' },
    beam: { type: 'string' },
    'batch-size': { type: 'string', default: '16' },
    threads: { type: 'string' },
    cache: { type: 'string' },
    overhead: { type: 'string', default: '0' },
    'full-vocab': { type: 'boolean', default: false },
  },
});
const modelDir = positionals[0];
if (modelDir === undefined) {
  process.stderr.write('usage: bench/conservative.ts MODEL_DIR [--split dev] [--limit N] ...\n');
  process.exit(2);
}
const margins = values.margins.split(',').map((m) => {
  const x = Number(m);
  if (!(x >= 0)) throw new Error(`--margins: '${m}' is not a number >= 0`);
  return x;
});
const file = (side: string) => join(resolve(values.data), `${values.split}.${side}`);
const limit = values.limit === undefined ? Infinity : Number(values.limit);
const [src = [], mt = [], pe = []] = ['src', 'mt', 'pe'].map((side) =>
  readLines(file(side)).lines.slice(0, limit),
);

/** One decoded sentence: the model's best edit, its score and the mt's forced score. */
interface Decoded {
  i: number;
  edit: string;
  score: number;
  mtScore: number;
}

const decoded = new Map<number, Decoded>();
if (values.cache !== undefined && existsSync(values.cache))
  for (const line of readFileSync(values.cache, 'utf8').split('\n'))
    if (line.trim() !== '') {
      const d = JSON.parse(line) as Decoded;
      decoded.set(d.i, d);
    }

const postEditor = await OnnxPostEditor.load(modelDir, {
  workers: 1,
  ...(values.threads === undefined ? {} : { intraOpThreads: Number(values.threads) }),
  shortlist: !values['full-vocab'],
});
const beam = values.beam === undefined ? postEditor.info.decoding.beam : Number(values.beam);
const batchSize = Number(values['batch-size']);
const skipped: number[] = [];
const todo: { i: number; seg: PreparedSegment }[] = [];
src.forEach((s, i) => {
  if (decoded.has(i)) return;
  try {
    todo.push({ i, seg: postEditor.prepare({ src: s, mt: mt[i] ?? '' }) });
  } catch (err) {
    if (!(err instanceof SegmentTooLongError)) throw err;
    skipped.push(i);
  }
});
const started = performance.now();
let decodeMs = 0;
for (let b = 0; b < todo.length; b += batchSize) {
  const batch = todo.slice(b, b + batchSize);
  // Any margin makes the post-editor score the mt; the decision is taken below, per margin.
  const { results, stats } = await postEditor.postEdit(
    batch.map((x) => x.seg),
    { beam, nbest: 1, keepMtMargin: 0 },
  );
  decodeMs += stats.decodeMs;
  results.forEach((r, k) => {
    const i = batch[k]?.i ?? -1;
    const d = { i, edit: r.nbest[0]?.pe ?? r.pe, score: r.score ?? NaN, mtScore: r.mtScore ?? NaN };
    decoded.set(i, d);
    if (values.cache !== undefined) appendFileSync(values.cache, JSON.stringify(d) + '\n');
  });
  const done = Math.min(b + batchSize, todo.length);
  const s = (performance.now() - started) / 1000;
  process.stderr.write(`\rdecoded ${done}/${todo.length} (${s.toFixed(0)} s)`);
}
process.stderr.write('\n');
const overhead = await timeForcedRow(Number(values.overhead));
await postEditor.close();

/** Wall time of decoding the first n sentences without (null) and with the forced mt row. */
async function timeForcedRow(n: number): Promise<string> {
  const segs = src.slice(0, n).flatMap((s, i) => {
    try {
      return [postEditor.prepare({ src: s, mt: mt[i] ?? '' })];
    } catch {
      return [];
    }
  });
  if (segs.length === 0) return '';
  const time = async (keepMtMargin: number | null) => {
    const t0 = performance.now();
    for (let b = 0; b < segs.length; b += batchSize)
      await postEditor.postEdit(segs.slice(b, b + batchSize), { beam, nbest: 1, keepMtMargin });
    return performance.now() - t0;
  };
  await time(0); // warm-up
  const off: number[] = [];
  const on: number[] = [];
  for (let r = 0; r < 3; r++) {
    off.push(await time(null));
    on.push(await time(0));
  }
  const [a, b] = [median(off), median(on)];
  return (
    `forced-row overhead: ${segs.length} sentences, batch ${batchSize}, beam ${beam}: ` +
    `${(a / 1000).toFixed(2)} s without, ${(b / 1000).toFixed(2)} s with the mt row ` +
    `(× ${(b / a).toFixed(2)}; median of 3)\n`
  );
}

const rows = [...decoded.values()].sort((a, b) => a.i - b.i);
const mts = rows.map((d) => mt[d.i] ?? '');
const refs = [rows.map((d) => pe[d.i] ?? '')];
const cased = new TER({ caseSensitive: true });
const lower = new TER();
const sentenceTer = (hyps: string[]) =>
  hyps.map((h, k) => cased.sentenceScore(h, [refs[0]?.[k] ?? '']).score);
const mtSentence = sentenceTer(mts);

function line(name: string, hyps: string[], kept: number): string {
  const ter = corpusScore(cased, hyps, refs).score;
  const terLc = corpusScore(lower, hyps, refs).score;
  const sent = sentenceTer(hyps);
  let worse = 0;
  let better = 0;
  sent.forEach((x, k) => {
    const base = mtSentence[k] ?? 0;
    if (x > base) worse++;
    else if (x < base) better++;
  });
  const pct = (n: number) => `${((100 * n) / Math.max(1, hyps.length)).toFixed(1)}%`;
  const cells = [name, ter.toFixed(2), terLc.toFixed(2), pct(worse), pct(better)];
  return `| ${[...cells, pct(hyps.length - worse - better), pct(kept)].join(' | ')} |`;
}

const deltas = rows.map((d) => d.score - d.mtScore);
process.stdout.write(
  `conservative decoding: ${modelDir}, ${values.data} ${values.split}, ${rows.length} sentences` +
    (skipped.length > 0 ? ` (${skipped.length} over the model's token limits skipped)` : '') +
    `, beam ${beam}, ${postEditor.info.shortlist ? 'shortlist' : 'full vocabulary'}\n` +
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, load ${loadavg()[0]?.toFixed(2)}, ` +
    `node ${process.version}; decoded ${todo.length} sentences in ${(decodeMs / 1000).toFixed(1)} s` +
    ` (the mt forced alongside the beam)` +
    (rows.length > todo.length ? `, ${rows.length - todo.length} read from --cache\n` : '\n') +
    overhead +
    `edit score − mt score (nats/token): median ${median(deltas).toFixed(3)}, ` +
    `${deltas.filter((x) => x <= 0).length} of ${rows.length} ≤ 0 (the mt scores at least as well)\n\n` +
    '| output | TER | TER (lc) | worse than mt | better | equal | mt kept |\n' +
    '| --- | --: | --: | --: | --: | --: | --: |\n' +
    line('mt (baseline)', mts, rows.length) +
    '\n' +
    line(
      'edit (keepMtMargin off)',
      rows.map((d) => d.edit),
      0,
    ) +
    '\n' +
    margins
      .map((m) => {
        const keep = rows.map((d) => keepsMt(d.score, d.mtScore, m));
        const hyps = rows.map((d, k) => (keep[k] === true ? (mt[d.i] ?? '') : d.edit));
        return line(`keepMtMargin ${m}`, hyps, keep.filter(Boolean).length);
      })
      .join('\n') +
    '\n\nTER: case-sensitive (case:mixed|tok:tercom|norm:no|punct:yes|asian:no), src/eval = sacreBLEU 2.6.0;' +
    ' worse/better/equal: sentence TER against the mt sentence TER.\n',
);

function median(xs: number[]): number {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length === 0 ? NaN : ((s[(s.length - 1) >> 1] ?? 0) + (s[s.length >> 1] ?? 0)) / 2;
}
