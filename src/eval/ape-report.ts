/**
 * APE-aware evaluation of triplets: the MT output (the baseline), the APE output (the
 * hypothesis) and the post-edits (the references). For every metric it reports both corpus
 * scores, the delta (APE minus MT), and a paired significance test of APE against MT exactly
 * as `sacrebleu REF -i MT APE --paired-bs` (or `--paired-ar`) runs it; for the corpus it
 * counts the segments that APE made better, worse, or left unchanged.
 *
 * The segment rule: a segment is better when its sentence TER (sacreBLEU's `sentence_score`,
 * i.e. the TER of that segment's statistics alone) is lower for the APE output than for the
 * MT output, worse when it is higher, and unchanged when the two are equal (an APE output
 * that differs from the MT only where it does not affect the edit count is unchanged).
 */

import { corpusStats, sumStats, type Metric, type RefStreams } from './metric.js';
import {
  pairedSignature,
  pairedTest,
  type PairedResult,
  type PairedTestOptions,
} from './significance.js';

export interface MetricComparison {
  metric: Metric;
  /** The MT baseline: score and, with paired bootstrap, its mean and 95% CI. */
  mt: PairedResult;
  /** The APE output: score, p-value against the MT, and with bootstrap mean and CI. */
  ape: PairedResult;
  /** `ape.score - mt.score` (for TER, negative is an improvement). */
  delta: number;
  /** The metric's signature with the test's `bs:`/`ar:` and `seed:` fields. */
  signature: string;
  /** Per-segment statistics of the APE output and the MT output, for sentence scores. */
  apeStats: number[][];
  mtStats: number[][];
}

export interface SegmentChanges {
  better: number;
  worse: number;
  unchanged: number;
  total: number;
}

export interface ApeReport {
  metrics: MetricComparison[];
  /** By sentence TER, see the rule above. */
  segments: SegmentChanges;
}

export interface ApeReportInput {
  metrics: Metric[];
  /** The APE output, one line per segment. */
  hyp: readonly string[];
  /** The MT output the APE system post-edited. */
  mt: readonly string[];
  /** Reference streams (post-edits): refs[r][i]. */
  refs: RefStreams;
  test: PairedTestOptions;
  /**
   * The TER metric that decides better/worse/unchanged (with the user's TER options); the
   * TER among `metrics`, if there is one, is reused.
   */
  segmentTer: Metric;
}

export function apeReport(input: ApeReportInput): ApeReport {
  const stats = input.metrics.map((metric) => ({
    metric,
    mt: corpusStats(metric, input.mt, input.refs),
    ape: corpusStats(metric, input.hyp, input.refs),
  }));
  const results = pairedTest(
    stats.map((s) => ({ metric: s.metric, systems: [s.mt, s.ape] })),
    input.test,
  );
  const comparisons = stats.map((s, m): MetricComparison => {
    const [mt, ape] = results[m] ?? [];
    const mtResult = mt ?? { score: s.metric.scoreFromStats(sumStats(s.mt)).score };
    const apeResult = ape ?? { score: s.metric.scoreFromStats(sumStats(s.ape)).score };
    const sig = pairedSignature(
      s.metric.signature(),
      input.test.type,
      input.test.nSamples,
      input.test.seed,
    );
    return {
      metric: s.metric,
      mt: mtResult,
      ape: apeResult,
      delta: apeResult.score - mtResult.score,
      signature: sig.toString(),
      apeStats: s.ape,
      mtStats: s.mt,
    };
  });
  const ter = stats.find((s) => s.metric === input.segmentTer);
  const terMt = ter?.mt ?? corpusStats(input.segmentTer, input.mt, input.refs);
  const terApe = ter?.ape ?? corpusStats(input.segmentTer, input.hyp, input.refs);
  return { metrics: comparisons, segments: segmentChanges(input.segmentTer, terMt, terApe) };
}

/** Counts segments by the rule above from per-segment TER statistics of MT and APE. */
export function segmentChanges(
  ter: Metric,
  mtStats: number[][],
  apeStats: number[][],
): SegmentChanges {
  const changes: SegmentChanges = { better: 0, worse: 0, unchanged: 0, total: mtStats.length };
  mtStats.forEach((row, i) => {
    const mt = ter.scoreFromStats(row).score;
    const ape = ter.scoreFromStats(apeStats[i] ?? row).score;
    if (ape < mt) changes.better++;
    else if (ape > mt) changes.worse++;
    else changes.unchanged++;
  });
  return changes;
}
