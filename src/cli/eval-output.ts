/**
 * What `ape eval` prints. Text mimics the sacreBLEU 2.6.0 command line: score lines
 * aligned on '=' (`utils.print_single_results`), `NAME|signature = score` sentence lines
 * (`--sentence-level`), paired-test cells `score (mean ± ci)` and `(p = 0.0123)*`
 * (`utils._format_score_lines`). JSON is one object keyed by metric name whose entries carry
 * the fields of sacreBLEU's `Score.format(is_json=True)` (name, score as printed, signature,
 * verbose_score, signature fields).
 */

import type { ApeReport } from '../eval/ape-report.js';
import type { Metric } from '../eval/metric.js';
import { sumStats } from '../eval/metric.js';
import type { MetricName } from '../eval/metrics.js';
import { formatScore, formatScoreJson, pyFixed } from '../eval/score-format.js';
import type { PairedResult, PairedTestType } from '../eval/significance.js';

export type OutputFormat = 'text' | 'json';

export interface SingleResult {
  key: MetricName;
  metric: Metric;
  /** Per-segment statistics of the hypothesis. */
  stats: number[][];
  /** Set with --sentence: scores each row of `stats` (BLEU with effective order). */
  sentenceMetric: Metric | undefined;
  /** Set with --confidence: bootstrap mean and 95% CI, and the signature with bs/seed. */
  confidence?: { mean: number; ci: number; signature: string };
}

type Json = Record<string, unknown>;

/** Rounded as printed, as a number (`float(f"{x:.{width}f}")`). */
function rounded(x: number, width: number): number {
  return Number(pyFixed(x, width));
}

function sentenceScores(metric: Metric, rows: number[][], numRefs: Metric['numRefs']): number[] {
  metric.numRefs = numRefs;
  return rows.map((row) => metric.scoreFromStats(row).score);
}

function muString(c: { mean: number; ci: number }, width: number): string {
  return `μ = ${pyFixed(c.mean, width)} ± ${pyFixed(c.ci, width)}`;
}

/** `utils.print_single_results`: lines right-aligned on the first '='. */
function alignOnEquals(lines: string[]): string {
  const lens = lines.map((l) => l.indexOf('=') - 1);
  const w = Math.max(...lens);
  return lines.map((l, i) => l.slice(0, lens[i]).padStart(w) + l.slice(lens[i])).join('\n') + '\n';
}

export function formatSingle(
  results: SingleResult[],
  opts: { format: OutputFormat; width: number },
): string {
  const { width } = opts;
  if (opts.format === 'json') {
    const out: Json = {};
    for (const r of results) {
      const score = r.metric.scoreFromStats(sumStats(r.stats));
      const sig = r.confidence?.signature ?? r.metric.signature().toString();
      const {
        name,
        score: printed,
        signature,
        ...rest
      } = JSON.parse(formatScoreJson(score, sig, width)) as Json;
      // sacreBLEU's key order: the confidence fields come right after the signature.
      const entry: Json = { name, score: printed, signature };
      if (r.confidence !== undefined) {
        entry.confidence_mean = rounded(r.confidence.mean, width);
        entry.confidence_var = rounded(r.confidence.ci, width);
        entry.confidence = muString(r.confidence, width);
      }
      Object.assign(entry, rest);
      if (r.sentenceMetric !== undefined) {
        const scores = sentenceScores(r.sentenceMetric, r.stats, r.metric.numRefs);
        entry.sentences = scores.map((s) => rounded(s, width));
        entry.sentence_signature = r.sentenceMetric.signature().toString();
      }
      out[r.key] = entry;
    }
    return JSON.stringify(out, null, 1) + '\n';
  }
  const lines = results.map((r) => {
    const score = r.metric.scoreFromStats(sumStats(r.stats));
    const sig = r.confidence?.signature ?? r.metric.signature().toString();
    if (r.confidence === undefined) return formatScore(score, { width, signature: sig });
    // Score.format: `NAME|sig = 12.3 (μ = 12.3 ± 0.4) verbose`
    const line = `${score.name}|${sig} = ${pyFixed(score.score, width)} (${muString(r.confidence, width)})`;
    return score.verbose ? `${line} ${score.verbose}` : line;
  });
  let text = alignOnEquals(lines);
  for (const r of results) {
    if (r.sentenceMetric === undefined) continue;
    const sm = r.sentenceMetric;
    sm.numRefs = r.metric.numRefs;
    const sig = sm.signature().toString();
    for (const row of r.stats)
      text += formatScore(sm.scoreFromStats(row), { width, signature: sig }) + '\n';
  }
  return text;
}

export interface ComparisonOptions {
  format: OutputFormat;
  width: number;
  test: PairedTestType;
  /** With --sentence: the sentence-level metric for each entry of report.metrics. */
  sentence: Metric[] | undefined;
}

/** `score (mean ± ci)` as in sacreBLEU's paired-test table. */
function cell(r: PairedResult, width: number): string {
  let s = pyFixed(r.score, width);
  if (r.mean !== undefined && r.ci !== undefined)
    s += ` (${pyFixed(r.mean, width)} ± ${pyFixed(r.ci, width)})`;
  return s;
}

/** `(p = 0.0123)`, starred when p <= 0.05 (sacreBLEU colours p > 0.05 red instead). */
function pCell(p: number | undefined): string {
  if (p === undefined) return '';
  return `(p = ${pyFixed(p, 4)})${p > 0.05 ? '' : '*'}`;
}

/** A delta with its sign; one that rounds to zero prints as 0.0 (neither -0.0 nor +0.0). */
function signed(x: number, width: number): string {
  const s = pyFixed(x, width);
  const zero = pyFixed(0, width);
  if (s === zero || s === `-${zero}`) return zero;
  return s.startsWith('-') ? s : `+${s}`;
}

function percent(n: number, total: number): string {
  return total === 0 ? '0.0%' : `${pyFixed((100 * n) / total, 1)}%`;
}

export function formatComparison(
  report: ApeReport,
  keys: MetricName[],
  opts: ComparisonOptions,
): string {
  const { width } = opts;
  const seg = report.segments;
  if (opts.format === 'json') {
    const out: Json = {};
    report.metrics.forEach((c, m) => {
      const apeScore = c.metric.scoreFromStats(sumStats(c.apeStats));
      const entry = JSON.parse(formatScoreJson(apeScore, c.signature, width)) as Json;
      entry.mt_score = rounded(c.mt.score, width);
      entry.delta = rounded(c.delta, width);
      entry.p_value = c.ape.pValue ?? null;
      for (const [prefix, r] of [
        ['', c.ape],
        ['mt_', c.mt],
      ] as const) {
        if (r.mean === undefined || r.ci === undefined) continue;
        entry[`${prefix}confidence_mean`] = rounded(r.mean, width);
        entry[`${prefix}confidence_var`] = rounded(r.ci, width);
        entry[`${prefix}confidence`] = `μ = ${pyFixed(r.mean, width)} ± ${pyFixed(r.ci, width)}`;
      }
      const sm = opts.sentence?.[m];
      if (sm !== undefined) {
        entry.sentences = sentenceScores(sm, c.apeStats, c.metric.numRefs).map((s) =>
          rounded(s, width),
        );
        entry.mt_sentences = sentenceScores(sm, c.mtStats, c.metric.numRefs).map((s) =>
          rounded(s, width),
        );
        entry.sentence_signature = sm.signature().toString();
      }
      out[keys[m] ?? c.metric.name] = entry;
    });
    out.segments = {
      ...seg,
      rule: 'sentence TER of the APE output vs the MT output: lower is better',
    };
    return JSON.stringify(out, null, 1) + '\n';
  }
  const rows = [['Metric', 'MT', 'APE', 'Delta', 'p-value']];
  for (const c of report.metrics) {
    rows.push([
      c.metric.name,
      cell(c.mt, width),
      cell(c.ape, width),
      signed(c.delta, width),
      pCell(c.ape.pValue),
    ]);
  }
  const widths = (rows[0] ?? []).map((_, j) => Math.max(...rows.map((r) => (r[j] ?? '').length)));
  let text =
    rows
      .map((r) =>
        r
          .map((s, j) => s.padEnd(widths[j] ?? 0))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n\n';
  text +=
    `Segments by sentence TER (APE vs MT): ${seg.better} better (${percent(seg.better, seg.total)}), ` +
    `${seg.worse} worse (${percent(seg.worse, seg.total)}), ` +
    `${seg.unchanged} unchanged (${percent(seg.unchanged, seg.total)}) of ${seg.total}\n\n`;
  const n = report.metrics[0]?.signature.match(/\|(?:bs|ar):(\d+)\|/)?.[1] ?? '';
  text +=
    opts.test === 'bs'
      ? `Paired bootstrap resampling test with ${n} resampling trials; baseline: MT.\n` +
        'Cells: actual score (bootstrap estimated true mean ± 95% CI).\n'
      : `Paired approximate randomization test with ${n} trials; baseline: MT.\n`;
  text += 'p-values < 0.05 are marked with "*".\n\n';
  text += 'Metric signatures\n';
  for (const c of report.metrics) text += ` - ${c.metric.name.padEnd(10)} ${c.signature}\n`;
  if (opts.sentence !== undefined) {
    const header = [
      'line',
      ...report.metrics.flatMap((c) => [`mt:${c.metric.name}`, `ape:${c.metric.name}`]),
    ];
    const cols = report.metrics.flatMap((c, m) => {
      const sm = opts.sentence?.[m];
      if (sm === undefined) return [];
      return [
        sentenceScores(sm, c.mtStats, c.metric.numRefs),
        sentenceScores(sm, c.apeStats, c.metric.numRefs),
      ];
    });
    text += '\n' + header.join('\t') + '\n';
    for (let i = 0; i < seg.total; i++) {
      text += [String(i + 1), ...cols.map((col) => pyFixed(col[i] ?? 0, width))].join('\t') + '\n';
    }
  }
  return text;
}
