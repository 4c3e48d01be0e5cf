/**
 * Scores one row of docs/results.md against the MT baseline with src/eval, as
 * `ape eval --hyp ROW --mt MT --ref PE --paired-bs` would (sacreBLEU 2.6.0's numbers): TER
 * case-sensitive (the issue's main figure) and case-insensitive (sacreBLEU's default; the gap
 * is what casing costs), BLEU and chrF, each with the paired bootstrap p-value against the MT;
 * the segments made better / worse / left unchanged by case-sensitive sentence TER
 * (src/eval/ape-report.ts has the rule), and each segment's TER change for the histogram.
 */

import { apeReport, type MetricComparison } from '../src/eval/ape-report.js';
import { BLEU } from '../src/eval/bleu.js';
import { CHRF } from '../src/eval/chrf.js';
import { corpusScore, type Metric } from '../src/eval/metric.js';
import { DEFAULT_SEED } from '../src/eval/significance.js';
import { TER } from '../src/eval/ter.js';

export type MetricKey = 'ter' | 'terLc' | 'bleu' | 'chrf';
export const METRIC_KEYS: readonly MetricKey[] = ['ter', 'terLc', 'bleu', 'chrf'];

export interface MetricResult {
  score: number;
  /** Row minus MT (TER: negative is better). */
  delta: number;
  /** Paired bootstrap (1000 resamples, seed 12345) against the MT. */
  pValue: number | null;
  signature: string;
}

export interface RowScores {
  segments: number;
  metrics: Record<MetricKey, MetricResult>;
  better: number;
  worse: number;
  unchanged: number;
  /** Outputs identical to the mt string (the model, or conservative decoding, kept it). */
  identicalToMt: number;
  /** Per segment: sentence TER (case-sensitive) of the row minus that of the mt. */
  sentenceTerDelta: number[];
}

export type BaselineScores = Record<MetricKey, { score: number; signature: string }>;

function metrics(): Record<MetricKey, Metric> {
  return {
    ter: new TER({ caseSensitive: true }),
    terLc: new TER({ caseSensitive: false }),
    bleu: new BLEU(),
    chrf: new CHRF(),
  };
}

/** The MT output as is, scored against the post-edits. */
export function scoreBaseline(mt: readonly string[], pe: readonly string[]): BaselineScores {
  const m = metrics();
  const out = {} as BaselineScores;
  for (const key of METRIC_KEYS) {
    const score = corpusScore(m[key], mt, [pe]).score;
    out[key] = { score, signature: m[key].signature().toString() };
  }
  return out;
}

/** `hyp` against `base` on the same segments, as `ape eval --hyp HYP --mt BASE --paired-bs`, per metric key. */
function paired(hyp: readonly string[], base: readonly string[], pe: readonly string[]) {
  const m = metrics();
  const report = apeReport({
    metrics: METRIC_KEYS.map((k) => m[k]),
    hyp,
    mt: base,
    refs: [pe],
    test: { type: 'bs', nSamples: 0, seed: DEFAULT_SEED },
    segmentTer: m.ter,
  });
  const byKey = {} as Record<MetricKey, MetricComparison>;
  METRIC_KEYS.forEach((key, i) => {
    const c = report.metrics[i];
    if (c === undefined) throw new Error(`unreachable: no comparison for ${key}`);
    byKey[key] = c;
  });
  return { ter: m.ter, report, byKey };
}

export function scoreRow(
  hyp: readonly string[],
  mt: readonly string[],
  pe: readonly string[],
): RowScores {
  const { ter: terMetric, report, byKey } = paired(hyp, mt, pe);
  const results = {} as Record<MetricKey, MetricResult>;
  for (const key of METRIC_KEYS) {
    const c = byKey[key];
    results[key] = {
      score: c.ape.score,
      delta: c.delta,
      pValue: c.ape.pValue ?? null,
      signature: c.signature,
    };
  }
  const ter = byKey.ter;
  const sentenceTerDelta = ter.apeStats.map((row, i) => {
    const mtRow = ter.mtStats[i] ?? row;
    return terMetric.scoreFromStats(row).score - terMetric.scoreFromStats(mtRow).score;
  });
  return {
    segments: hyp.length,
    metrics: results,
    better: report.segments.better,
    worse: report.segments.worse,
    unchanged: report.segments.unchanged,
    identicalToMt: hyp.filter((h, i) => h === mt[i]).length,
    sentenceTerDelta,
  };
}

/** One row against the row it is an ablation of (`compareTo`). */
export interface RowComparison {
  /** The reference row's id. */
  against: string;
  /** Per metric: this row's score minus the reference row's, and the paired bootstrap p-value. */
  metrics: Record<MetricKey, { delta: number; pValue: number | null }>;
  /** Sentences whose case-sensitive sentence TER is higher / lower / equal than the reference row's. */
  worse: number;
  better: number;
  unchanged: number;
}

/**
 * `hyp` against another system's output on the same segments, as `ape eval --hyp HYP --mt
 * OTHER --ref PE --paired-bs` (i.e. `sacrebleu PE -i OTHER HYP --paired-bs`) compares them.
 */
export function compareRows(
  against: string,
  hyp: readonly string[],
  other: readonly string[],
  pe: readonly string[],
): RowComparison {
  const { report, byKey } = paired(hyp, other, pe);
  const out = {} as RowComparison['metrics'];
  for (const key of METRIC_KEYS)
    out[key] = { delta: byKey[key].delta, pValue: byKey[key].ape.pValue ?? null };
  const { worse, better, unchanged } = report.segments;
  return { against, metrics: out, worse, better, unchanged };
}

/** Share of exactly-zero context-attention weights per [layer][head], and over all heads. */
export interface ZeroShare {
  sentences: number;
  outputTokens: number;
  perHead: number[][];
  overall: number;
}

/** Accumulates `cross_attention` steps ([layer][head][input position]) from explain. */
export class ZeroCounter {
  private zeros: number[][] = [];
  private totals: number[][] = [];
  private sentences = 0;
  private tokens = 0;

  addSentence(steps: readonly (readonly (readonly (readonly number[])[])[])[]): void {
    this.sentences++;
    for (const step of steps) {
      this.tokens++;
      step.forEach((layer, l) => {
        const z = (this.zeros[l] ??= []);
        const t = (this.totals[l] ??= []);
        layer.forEach((weights, h) => {
          z[h] = (z[h] ?? 0) + weights.filter((w) => w === 0).length;
          t[h] = (t[h] ?? 0) + weights.length;
        });
      });
    }
  }

  result(): ZeroShare {
    let zeros = 0;
    let total = 0;
    const perHead = this.zeros.map((layer, l) =>
      layer.map((z, h) => {
        const t = this.totals[l]?.[h] ?? 0;
        zeros += z;
        total += t;
        return t === 0 ? 0 : z / t;
      }),
    );
    return {
      sentences: this.sentences,
      outputTokens: this.tokens,
      perHead,
      overall: total === 0 ? 0 : zeros / total,
    };
  }
}
