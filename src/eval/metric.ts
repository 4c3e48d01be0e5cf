/**
 * The one interface every metric fills in, after sacreBLEU's `sacrebleu/metrics/base.py`:
 * a metric turns each segment into a vector of sufficient statistics, sums them over the
 * corpus, and computes a score from the sums. Significance tests (significance.ts) resample
 * rows of these vectors, never sentences, so they work for any metric.
 */

/** One score, as sacreBLEU prints it. */
export interface Score {
  /** Metric name as sacreBLEU prints it: 'BLEU', 'chrF2', 'chrF2++', 'TER'. */
  name: string;
  /** The value, unrounded. */
  score: number;
  /** The value rounded as sacreBLEU prints it (its `width`, 1 decimal by default). */
  formatted: string;
  /** Extra metric-specific fields (BLEU: precisions, bp, ratio, sys_len, ref_len). */
  details: Record<string, number | number[] | string>;
}

/** Settings signature, e.g. `nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.5.1`. */
export interface Signature {
  /** Key/value pairs in sacreBLEU's order. */
  fields: [string, string][];
  /** The string sacreBLEU prints. */
  toString(): string;
}

export interface Metric {
  readonly name: string;
  signature(): Signature;
  /**
   * Sufficient statistics of one segment. `refs` are the segment's references (one per
   * reference stream; sacreBLEU skips `null`/empty-string placeholders of ragged sets).
   */
  segmentStats(hyp: string, refs: string[]): number[];
  /** Score from statistics summed over segments (or of one segment). */
  scoreFromStats(stats: number[]): Score;
  /** Score of one segment, as sacreBLEU's `sentence_score` computes it. */
  sentenceScore(hyp: string, refs: string[]): Score;
}

/**
 * The fixed pipeline of sacreBLEU's `Metric.corpus_score`: check, per-segment statistics,
 * sum, score. `refs[r][i]` is reference stream r, segment i.
 */
export function corpusScore(metric: Metric, hyps: string[], refs: string[][]): Score {
  const stats = corpusStats(metric, hyps, refs);
  return metric.scoreFromStats(sumStats(stats));
}

export function corpusStats(metric: Metric, hyps: string[], refs: string[][]): number[][] {
  for (const [r, stream] of refs.entries()) {
    if (stream.length !== hyps.length) {
      throw new RangeError(
        `reference stream ${r + 1} has ${stream.length} segments but the hypothesis has ${hyps.length}`,
      );
    }
  }
  return hyps.map((hyp, i) => metric.segmentStats(hyp, segmentRefs(refs, i)));
}

/** The references of segment i across all streams. */
export function segmentRefs(refs: string[][], i: number): string[] {
  return refs.map((stream) => stream[i] ?? '');
}

export function sumStats(rows: number[][]): number[] {
  const first = rows[0];
  if (first === undefined) return [];
  const sums = new Array<number>(first.length).fill(0);
  for (const row of rows) for (let j = 0; j < row.length; j++) sums[j] = (sums[j] ?? 0) + (row[j] ?? 0);
  return sums;
}
