/**
 * Single-system confidence intervals, as `sacrebleu REF -i SYS --confidence` computes them
 * (`Metric.corpus_score(n_bootstrap=N)`): the bootstrap resamples of `_bootstrap_resample`
 * (significance.ts), then `Score.estimate_ci`, which differs from the paired test's
 * `estimate_ci` in one respect: its mean is Python's `statistics.mean`, the exact rational
 * mean rounded once (to a double, then to the score's float32 type for chrF and TER).
 */

import type { Metric } from './metric.js';
import type { Precision } from './resample-scorers.js';
import { bootstrapScores, DEFAULT_SEED } from './significance.js';

export interface Confidence {
  mean: number;
  /** Half-width of the 95% interval. */
  ci: number;
}

/** `Score.estimate_ci` over the `nSamples` bootstrap resamples of one system's statistics. */
export function bootstrapConfidence(
  metric: Metric,
  stats: number[][],
  nSamples = 1000,
  seed: number | null = DEFAULT_SEED,
): Confidence {
  const drawn = seed ?? Math.floor(Math.random() * 2 ** 32);
  const [resampled] = bootstrapScores([{ metric, systems: [stats] }], nSamples, drawn);
  const scores = resampled?.samples[0] ?? new Float64Array(0);
  return estimateCiExact(scores, resampled?.precision ?? 'float64');
}

/** `Score.estimate_ci`: sorted scores, (n // 40)-th from each end, `statistics.mean`. */
export function estimateCiExact(scores: Float64Array, precision: Precision): Confidence {
  const f = precision === 'float32' ? Math.fround : (x: number): number => x;
  const sorted = Float64Array.from(scores).sort();
  const lowerIdx = Math.floor(sorted.length / 40);
  const upperIdx = sorted.length - lowerIdx - 1;
  const ci = f(0.5 * f((sorted[upperIdx] ?? 0) - (sorted[lowerIdx] ?? 0)));
  return { mean: f(pythonMean(sorted)), ci };
}

const TWO_1074 = 1074n;

/** A finite double as an integer multiple of 2**-1074 (exact). */
function scaled(x: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const negative = hi >>> 31 === 1;
  const exp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (exp !== 0) mant |= 1n << 52n;
  // value = mant * 2**(max(exp, 1) - 1075) = (mant << (max(exp, 1) - 1)) * 2**-1074
  const v = mant << BigInt(Math.max(exp, 1) - 1);
  return negative ? -v : v;
}

/** `statistics.mean` of finite doubles: the exact sum over n, correctly rounded to a double. */
export function pythonMean(values: ArrayLike<number>): number {
  if (values.length === 0) throw new RangeError('mean requires at least one data point');
  let sum = 0n;
  for (let i = 0; i < values.length; i++) sum += scaled(values[i] ?? 0);
  return ratioToDouble(sum, BigInt(values.length) << TWO_1074);
}

function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

/** p / q rounded to the nearest double, ties to even (normal results only, as here). */
function ratioToDouble(p: bigint, q: bigint): number {
  if (p === 0n) return 0;
  const negative = p < 0n;
  const a = negative ? -p : p;
  // Choose e so that the quotient a / (q * 2**e) has 53 or 54 bits.
  let e = bitLength(a) - bitLength(q) - 54;
  const quotient = (shift: number): [bigint, bigint, bigint] => {
    const num = shift < 0 ? a << BigInt(-shift) : a;
    const den = shift > 0 ? q << BigInt(shift) : q;
    return [num / den, num % den, den];
  };
  let [m, rem, den] = quotient(e);
  while (m >= 1n << 53n) {
    e++;
    [m, rem, den] = quotient(e);
  }
  const twice = 2n * rem;
  if (twice > den || (twice === den && (m & 1n) === 1n)) m++;
  const value = Number(m) * 2 ** e;
  return negative ? -value : value;
}
