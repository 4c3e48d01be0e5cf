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
  /**
   * The text sacreBLEU prints after the number (its `Score._verbose`, e.g. BLEU's
   * `45.0/20.1/10.0/5.2 (BP = 1.000 ratio = 1.020 hyp_len = 51 ref_len = 50)`); absent when
   * the metric prints none. `formatScore` (score-format.ts) puts it on the line.
   */
  verbose?: string;
}

/**
 * sacreBLEU's `num_refs` as its signature prints it (`nrefs:`): the number of references
 * per segment, or 'var' when segments have different numbers (a ragged set given with
 * `null` placeholders; see `countRefs`).
 */
export type NumRefs = number | 'var';

/** Settings signature, e.g. `nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:ape-0.1.0`. */
export interface Signature {
  /** Key/value pairs in sacreBLEU's order. */
  fields: [string, string][];
  /** The string sacreBLEU prints. */
  toString(): string;
}

export interface Metric {
  readonly name: string;
  /**
   * The references of the last corpus or sentence scored, as sacreBLEU's
   * `Metric._cache_references` records them in `self.num_refs` for `get_signature()`.
   * `corpusStats` (and so `corpusScore`) and every `sentenceScore` set it.
   */
  numRefs?: NumRefs;
  /** The signature of the settings, with `nrefs` from `numRefs`. */
  signature(): Signature;
  /**
   * Sufficient statistics of one segment. `refs` are the segment's references, one per
   * reference stream, with the `null` placeholders of a ragged set already dropped
   * (`segmentRefs`). An empty string is a real, empty reference, as in sacreBLEU.
   */
  segmentStats(hyp: string, refs: string[]): number[];
  /** Score from statistics summed over segments (or of one segment). */
  scoreFromStats(stats: number[]): Score;
  /**
   * Score of one segment, as sacreBLEU's `sentence_score` computes it (`null` references
   * are dropped, as there). Sets `numRefs`.
   */
  sentenceScore(hyp: string, refs: readonly (string | null)[]): Score;
}

/**
 * Reference streams: `refs[r][i]` is stream r, segment i. A `null` is sacreBLEU's `None`
 * placeholder of a ragged set (a segment with fewer references); the sacreBLEU command line
 * never produces one (an empty line is an empty reference).
 */
export type RefStreams = readonly (readonly (string | null)[])[];

/**
 * The fixed pipeline of sacreBLEU's `Metric.corpus_score`: check, per-segment statistics,
 * sum, score.
 */
export function corpusScore(metric: Metric, hyps: readonly string[], refs: RefStreams): Score {
  const stats = corpusStats(metric, hyps, refs);
  return metric.scoreFromStats(sumStats(stats));
}

export function corpusStats(metric: Metric, hyps: readonly string[], refs: RefStreams): number[][] {
  for (const [r, stream] of refs.entries()) {
    if (stream.length !== hyps.length) {
      throw new RangeError(
        `reference stream ${r + 1} has ${stream.length} segments but the hypothesis has ${hyps.length}`,
      );
    }
  }
  metric.numRefs = countRefs(refs, hyps.length);
  return hyps.map((hyp, i) => metric.segmentStats(hyp, segmentRefs(refs, i)));
}

/** The references of segment i across all streams, `null` placeholders dropped. */
export function segmentRefs(refs: RefStreams, i: number): string[] {
  const out: string[] = [];
  for (const stream of refs) {
    const ref = stream[i];
    if (ref !== null && ref !== undefined) out.push(ref);
  }
  return out;
}

/**
 * sacreBLEU's `num_refs` (`Metric._cache_references`): the number of non-`null` references
 * if every segment has the same, else 'var' (also for an empty corpus, as there).
 */
export function countRefs(refs: RefStreams, segments: number): NumRefs {
  const seen = new Set<number>();
  for (let i = 0; i < segments; i++) {
    let n = 0;
    for (const stream of refs) if (stream[i] !== null && stream[i] !== undefined) n++;
    seen.add(n);
  }
  const [only] = seen;
  return seen.size === 1 && only !== undefined ? only : 'var';
}

export function sumStats(rows: number[][]): number[] {
  const first = rows[0];
  if (first === undefined) return [];
  const sums = new Array<number>(first.length).fill(0);
  for (const row of rows)
    for (let j = 0; j < row.length; j++) sums[j] = (sums[j] ?? 0) + (row[j] ?? 0);
  return sums;
}
