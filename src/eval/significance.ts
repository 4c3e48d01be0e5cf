/**
 * Paired significance tests between a baseline and other systems, as sacreBLEU 2.6.0's
 * `sacrebleu/significance.py` does them: paired bootstrap resampling (`_paired_bs_test`,
 * Koehn 2004; 1000 resamples) and paired approximate randomization (`_paired_ar_test`,
 * Riezler & Maxwell 2005 via multeval; 10000 trials). Both resample rows of per-segment
 * statistics (metric.ts), so they work for any metric, and both draw from numpy's
 * `default_rng(seed)` (numpy-rng.ts) with sacreBLEU's seed 12345, so the p-values and
 * intervals are the ones sacreBLEU prints.
 */

import type { Metric, Signature } from './metric.js';
import { sumStats } from './metric.js';
import { NumpyGenerator } from './numpy-rng.js';
import { resampleScorer, type Precision } from './resample-scorers.js';

export type PairedTestType = 'bs' | 'ar';

/** sacreBLEU's `PairedTest._DEFAULT_SAMPLES`. */
export const DEFAULT_SAMPLES: Record<PairedTestType, number> = { bs: 1000, ar: 10000 };
/** sacreBLEU's default for `SACREBLEU_SEED`. */
export const DEFAULT_SEED = 12345;

/** sacreBLEU's `significance.Result`. */
export interface PairedResult {
  /** The system's corpus score. */
  score: number;
  /** Against the baseline; absent for the baseline itself. */
  pValue?: number;
  /** Bootstrap estimate of the true mean (paired bootstrap only). */
  mean?: number;
  /** Half-width of the 95% confidence interval around `mean` (paired bootstrap only). */
  ci?: number;
}

export interface PairedTestOptions {
  type: PairedTestType;
  /** Resamples (bs) or trials (ar); 0 means sacreBLEU's default. */
  nSamples: number;
  /** `null` draws a fresh seed from the OS (sacreBLEU's SACREBLEU_SEED=None). */
  seed: number | null;
}

/** One metric's statistics for every system: `systems[0]` is the baseline; rows are segments. */
export interface MetricStats {
  metric: Metric;
  systems: number[][][];
}

/**
 * Runs the test for every metric and returns, per metric, one result per system (baseline
 * first), exactly like the columns of sacreBLEU's `PairedTest.__call__`.
 */
export function pairedTest(inputs: MetricStats[], opts: PairedTestOptions): PairedResult[][] {
  const nSamples = opts.nSamples > 0 ? opts.nSamples : DEFAULT_SAMPLES[opts.type];
  // sacreBLEU reseeds default_rng(seed) for every comparison, so every system (and the
  // baseline's own interval) sees the same draws; with no seed we pick one for the whole run.
  const seed = opts.seed ?? Math.floor(Math.random() * 2 ** 32);
  const nSegments = inputs[0]?.systems[0]?.length ?? 0;
  for (const input of inputs) {
    for (const sys of input.systems) {
      if (sys.length !== nSegments)
        throw new RangeError('all systems must have the same number of segments');
    }
  }
  return opts.type === 'bs'
    ? pairedBootstrap(inputs, nSamples, seed)
    : pairedRandomization(inputs, nSamples, seed);
}

/** The signature of a paired test: sacreBLEU adds `bs:N` or `ar:N`, then `seed:S`, after `nrefs`. */
export function pairedSignature(
  sig: Signature,
  type: PairedTestType,
  nSamples: number,
  seed: number | null,
): Signature {
  const extra: [string, string][] = [
    [type, String(nSamples > 0 ? nSamples : DEFAULT_SAMPLES[type])],
    ['seed', seed === null ? 'none' : String(seed)],
  ];
  const fields: [string, string][] = [];
  for (const field of sig.fields) {
    fields.push(field);
    if (field[0] === 'nrefs') fields.push(...extra);
  }
  return { fields, toString: () => fields.map(([k, v]) => `${k}:${v}`).join('|') };
}

/** Segment statistics as one flat float32 array: `np.array(stats, dtype='float32')`. */
function toFloat32(rows: number[][]): { data: Float32Array; width: number } {
  const width = rows[0]?.length ?? 0;
  const data = new Float32Array(rows.length * width);
  rows.forEach((row, i) => data.set(row, i * width));
  return { data, width };
}

/** Scores of summed statistics as sacreBLEU computes them in a test, and their numpy dtype. */
function scorerFor(
  metric: Metric,
  precision: Precision,
): { score: (s: ArrayLike<number>) => number; p: Precision } {
  const fast = resampleScorer(metric, precision);
  if (fast !== undefined) return { score: (s) => fast.score(s), p: fast.scorePrecision };
  return { score: (s) => metric.scoreFromStats(Array.from(s)).score, p: 'float64' };
}

/** Resampled scores of every system for one metric, and the numpy dtype of their array. */
export interface BootstrapScores {
  samples: Float64Array[];
  precision: Precision;
}

/**
 * The resampled scores of sacreBLEU's bootstrap (`_bootstrap_resample`, and the loops of
 * `_paired_bs_test`): row s of `rng.choice(n, size=(nSamples, n), replace=True)` picks the
 * segments of resample s, the same for every system and metric; each system's float32
 * statistics are summed over them and scored.
 */
export function bootstrapScores(
  inputs: MetricStats[],
  nSamples: number,
  seed: number,
): BootstrapScores[] {
  const n = inputs[0]?.systems[0]?.length ?? 0;
  const rng = new NumpyGenerator(seed);
  const idx = new Int32Array(n);
  const scorers = inputs.map((input) => scorerFor(input.metric, 'float32'));
  const packed = inputs.map((input) => input.systems.map(toFloat32));
  const samples = inputs.map((input) => input.systems.map(() => new Float64Array(nSamples)));
  for (let s = 0; s < nSamples; s++) {
    rng.fillIntegers(n, idx);
    packed.forEach((systems, m) => {
      const scorer = scorers[m];
      systems.forEach(({ data, width }, k) => {
        // _s.sum(0) adds the rows in order, rounding to float32 after every addition.
        const acc = new Float32Array(width);
        for (let i = 0; i < n; i++) {
          const base = (idx[i] ?? 0) * width;
          for (let j = 0; j < width; j++) acc[j] = (acc[j] ?? 0) + (data[base + j] ?? 0);
        }
        const out = samples[m]?.[k];
        if (scorer !== undefined && out !== undefined) out[s] = scorer.score(acc);
      });
    });
  }
  return samples.map((perSystem, m) => ({
    samples: perSystem,
    precision: scorers[m]?.p ?? 'float64',
  }));
}

/**
 * `_paired_bs_test` (and `_bootstrap_resample` for the baseline's interval): the p-value of
 * the absolute score difference against the centred resampled differences (Koehn 2004).
 */
function pairedBootstrap(inputs: MetricStats[], nSamples: number, seed: number): PairedResult[][] {
  const resampled = bootstrapScores(inputs, nSamples, seed);
  return inputs.map((input, m) => {
    const p = resampled[m]?.precision ?? 'float64';
    const f = p === 'float32' ? Math.fround : (x: number): number => x;
    const scores = input.systems.map((rows) => input.metric.scoreFromStats(sumStats(rows)).score);
    const perSystem = resampled[m]?.samples ?? [];
    const bl = perSystem[0] ?? new Float64Array(0);
    const blScore = scores[0] ?? 0;
    return perSystem.map((sysSamples, k) => {
      const score = scores[k] ?? 0;
      const { mean, ci } = estimateCi(sysSamples, p);
      if (k === 0) return { score, mean, ci };
      // np.abs(scores_sys - scores_bl) - its mean, in the arrays' dtype; the comparison with
      // the Python float `diff` casts it to that dtype too (NEP 50).
      const diffs = sysSamples.map((x, s) => Math.abs(f(x - (bl[s] ?? 0))));
      const meanDiff = numpyMean(diffs, p);
      const centred = diffs.map((d) => f(d - meanDiff));
      return { score, pValue: pValue(centred, f(Math.abs(blScore - score))), mean, ci };
    });
  });
}

/**
 * `_paired_ar_test`: in each trial every segment's statistics are swapped between the two
 * systems with probability 1/2; the p-value counts trials whose absolute score difference
 * exceeds the real one. sacreBLEU computes `pos_sel @ bl + neg_sel @ sys`; we add the
 * differences `bl - sys` of the swapped rows to the system's totals, which is the same sum
 * (exact for the integer statistics of BLEU and chrF and for single-reference TER).
 */
function pairedRandomization(
  inputs: MetricStats[],
  nTrials: number,
  seed: number,
): PairedResult[][] {
  return inputs.map((input) => {
    const scorer = scorerFor(input.metric, 'float64');
    const [blRows = [], ...others] = input.systems;
    const blTotals = sumStats(blRows);
    const blScore = input.metric.scoreFromStats(blTotals).score;
    const results: PairedResult[] = [{ score: blScore }];
    for (const sysRows of others) {
      const n = sysRows.length;
      // default_rng(seed).integers(2, size=(nTrials, n), dtype=bool), one row per trial.
      const fill = new NumpyGenerator(seed).booleans();
      const pos = new Uint8Array(n);
      const sysTotals = sumStats(sysRows);
      const score = input.metric.scoreFromStats(sysTotals).score;
      const width = blTotals.length;
      const delta = new Float64Array(n * width);
      blRows.forEach((row, i) =>
        row.forEach((v, j) => (delta[i * width + j] = v - (sysRows[i]?.[j] ?? 0))),
      );
      const trialDiffs = new Float64Array(nTrials);
      const a = new Float64Array(width);
      const shufA = new Float64Array(width);
      const shufB = new Float64Array(width);
      for (let t = 0; t < nTrials; t++) {
        fill(pos);
        a.fill(0);
        for (let i = 0; i < n; i++) {
          if (pos[i] === 0) continue;
          for (let j = 0; j < width; j++) a[j] = (a[j] ?? 0) + (delta[i * width + j] ?? 0);
        }
        // shuf_a takes the baseline's rows where pos is set; shuf_b is its complement.
        for (let j = 0; j < width; j++) {
          shufA[j] = (sysTotals[j] ?? 0) + (a[j] ?? 0);
          shufB[j] = (blTotals[j] ?? 0) - (a[j] ?? 0);
        }
        trialDiffs[t] = Math.abs(scorer.score(shufA) - scorer.score(shufB));
      }
      results.push({ score, pValue: pValue(trialDiffs, Math.abs(blScore - score)) });
    }
    return results;
  });
}

/**
 * `_compute_p_value` (from multeval): (count of sample statistics strictly above the real
 * difference + 1) / (samples + 1).
 */
export function pValue(stats: ArrayLike<number>, realDifference: number): number {
  let c = 0;
  for (let i = 0; i < stats.length; i++) if ((stats[i] ?? 0) > realDifference) c++;
  return (c + 1) / (stats.length + 1);
}

/**
 * `significance.estimate_ci`: the mean of the resampled scores and half the width of the
 * interval between the (n // 40)-th smallest and largest of them (95%), computed in the
 * array's dtype (float32 for chrF and TER resamples).
 */
export function estimateCi(
  scores: Float64Array,
  precision: Precision = 'float64',
): { mean: number; ci: number } {
  const f = precision === 'float32' ? Math.fround : (x: number): number => x;
  const sorted = Float64Array.from(scores).sort();
  const n = sorted.length;
  const lowerIdx = Math.floor(n / 40);
  const upperIdx = n - lowerIdx - 1;
  const ci = f(0.5 * f((sorted[upperIdx] ?? 0) - (sorted[lowerIdx] ?? 0)));
  return { mean: numpyMean(sorted, precision), ci };
}

/** `np.mean`: numpy's pairwise summation in the array's dtype, then division by the count. */
export function numpyMean(values: Float64Array, precision: Precision = 'float64'): number {
  const f = precision === 'float32' ? Math.fround : (x: number): number => x;
  return f(pairwiseSum(values, 0, values.length, f) / values.length);
}

/** numpy's `pairwise_sum_@TYPE@` (umath loops): 8 accumulators up to 128 values, else halves. */
function pairwiseSum(a: Float64Array, start: number, n: number, f: (x: number) => number): number {
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res = f(res + (a[start + i] ?? 0));
    return res;
  }
  if (n <= 128) {
    const r = Array.from(a.subarray(start, start + 8));
    let i = 8;
    for (; i < n - (n % 8); i += 8) {
      for (let j = 0; j < 8; j++) r[j] = f((r[j] ?? 0) + (a[start + i + j] ?? 0));
    }
    const [r0 = 0, r1 = 0, r2 = 0, r3 = 0, r4 = 0, r5 = 0, r6 = 0, r7 = 0] = r;
    let res = f(f(f(r0 + r1) + f(r2 + r3)) + f(f(r4 + r5) + f(r6 + r7)));
    for (; i < n; i++) res = f(res + (a[start + i] ?? 0));
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return f(pairwiseSum(a, start, n2, f) + pairwiseSum(a, start + n2, n - n2, f));
}
