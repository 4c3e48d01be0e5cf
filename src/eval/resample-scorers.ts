/**
 * The score formulas of BLEU, chrF and TER as sacreBLEU's `significance.py` runs them, as
 * plain numeric functions: fast enough for thousands of resamples, and exact in numpy's
 * arithmetic.
 *
 * Paired bootstrap sums the statistics as a numpy float32 array (`np.array(stats,
 * dtype='float32')`, `_s.sum(0)`), and numpy 2 (NEP 50) keeps float32 through every
 * operation that mixes a float32 with a Python int or float, casting the Python number to
 * float32 first. So BLEU's precisions, and every step of chrF's F-score and of TER, are
 * float32 there (BLEU's final score is a Python float, through `math.log`/`math.exp`), and
 * chrF's and TER's resampled scores form float32 arrays. Approximate randomization sums
 * int64/float64 arrays, so everything is float64: the `float64` scorers are
 * `computeBLEU`, `CHRF.fScore` and TER's score step by step without the float32 rounding.
 *
 * `f` below is Math.fround in float32 mode and the identity in float64 mode; it is applied
 * after each operation numpy does in float32 (double-then-round is the correctly rounded
 * float32 result for +, -, *, /).
 */

import { BLEU, SMOOTH_DEFAULTS, type BLEUOptions } from './bleu.js';
import { CHRF, type CHRFOptions } from './chrf.js';
import type { Metric } from './metric.js';

export type Precision = 'float32' | 'float64';

/** Scores summed statistics; `precision` says whether sacreBLEU's score array is float32. */
export interface ResampleScorer {
  score(stats: ArrayLike<number>): number;
  /** float32 for chrF and TER resamples in the bootstrap, else float64. */
  scorePrecision: Precision;
}

const identity = (x: number): number => x;

/** A scorer for `metric` in the given arithmetic, or undefined for a metric we do not know. */
export function resampleScorer(metric: Metric, precision: Precision): ResampleScorer | undefined {
  const f = precision === 'float32' ? Math.fround : identity;
  if (metric instanceof BLEU) {
    const o = metric.options;
    return { score: (s) => bleu(s, o, f), scorePrecision: 'float64' };
  }
  if (metric instanceof CHRF) {
    const o = metric.options;
    return { score: (s) => chrf(s, o, f, precision === 'float32'), scorePrecision: precision };
  }
  // TER's score depends on no option (ter.ts), so its name identifies it.
  if (metric.name === 'TER') return { score: (s) => ter(s, f), scorePrecision: precision };
  return undefined;
}

function myLog(x: number): number {
  return x === 0 ? -9999999999 : Math.log(x);
}

/** `BLEU.compute_bleu` on summed statistics. */
function bleu(
  stats: ArrayLike<number>,
  o: Readonly<BLEUOptions>,
  f: (x: number) => number,
): number {
  const order = o.maxNgramOrder;
  const sysLen = Math.trunc(stats[0] ?? 0);
  const refLen = Math.trunc(stats[1] ?? 0);
  const correct = Array.from({ length: order }, (_, n) => stats[2 + n] ?? 0);
  const total = Array.from({ length: order }, (_, n) => stats[2 + order + n] ?? 0);
  const sv = o.smoothValue ?? SMOOTH_DEFAULTS[o.smoothMethod] ?? 0;
  let bp = 1.0;
  if (sysLen < refLen) bp = sysLen > 0 ? Math.exp(1 - refLen / sysLen) : 0.0;
  if (!correct.some((c) => c !== 0)) return 0.0;
  const precisions = new Array<number>(order).fill(0.0);
  let smoothMteval = 1.0;
  let effOrder = order;
  for (let n = 1; n <= order; n++) {
    if (o.smoothMethod === 'add-k' && n > 1) {
      correct[n - 1] = f((correct[n - 1] ?? 0) + f(sv));
      total[n - 1] = f((total[n - 1] ?? 0) + f(sv));
    }
    const c = correct[n - 1] ?? 0;
    const t = total[n - 1] ?? 0;
    if (t === 0) break;
    if (o.effectiveOrder) effOrder = n;
    if (c === 0) {
      if (o.smoothMethod === 'exp') {
        smoothMteval *= 2;
        precisions[n - 1] = f(100 / f(f(smoothMteval) * t));
      } else if (o.smoothMethod === 'floor') {
        precisions[n - 1] = f(f(100 * sv) / t);
      }
    } else {
      precisions[n - 1] = f(f(100 * c) / t);
    }
  }
  let logSum = 0;
  for (let n = 0; n < effOrder; n++) logSum += myLog(precisions[n] ?? 0);
  return bp * Math.exp(logSum / effOrder);
}

/**
 * `CHRF._compute_f_score`. In float32 mode a value is float32 once a float32 statistic went
 * into it; the `eps` fallbacks are Python floats, so an expression of only those stays
 * float64 (the `*F` flags track this, as numpy's type promotion does).
 */
function chrf(
  stats: ArrayLike<number>,
  o: Readonly<CHRFOptions>,
  f: (x: number) => number,
  f32: boolean,
): number {
  const eps = 1e-16;
  const factor = o.beta ** 2;
  const order = o.charOrder + o.wordOrder;
  let score = 0.0;
  let scoreF = false;
  let avgPrec = 0.0;
  let avgRec = 0.0;
  let effectiveOrder = 0;
  for (let i = 0; i < order; i++) {
    const nHyp = stats[3 * i] ?? 0;
    const nRef = stats[3 * i + 1] ?? 0;
    const nMatch = stats[3 * i + 2] ?? 0;
    const precF = f32 && nHyp > 0;
    const recF = f32 && nRef > 0;
    const prec = nHyp > 0 ? f(nMatch / nHyp) : eps;
    const rec = nRef > 0 ? f(nMatch / nRef) : eps;
    const t1 = precF ? f(factor * prec) : factor * prec;
    const denomF = precF || recF;
    const denom = denomF ? f(f(t1) + f(rec)) : t1 + rec;
    let term: number;
    let termF: boolean;
    if (denom > 0) {
      const a = precF ? f((1 + factor) * prec) : (1 + factor) * prec;
      const b = precF || recF ? f(f(a) * f(rec)) : a * rec;
      termF = denomF;
      term = termF ? f(f(b) / f(denom)) : b / denom;
    } else {
      term = eps;
      termF = false;
    }
    const sumF: boolean = scoreF || termF;
    score = sumF ? f(f(score) + f(term)) : score + term;
    scoreF = sumF;
    if (nHyp > 0 && nRef > 0) {
      avgPrec = f(avgPrec + prec);
      avgRec = f(avgRec + rec);
      effectiveOrder++;
    }
  }
  if (o.epsSmoothing) return scoreF ? f(f(100 * score) / order) : (100 * score) / order;
  if (effectiveOrder === 0) {
    avgPrec = 0.0;
    avgRec = 0.0;
  } else {
    avgPrec = f(avgPrec / effectiveOrder);
    avgRec = f(avgRec / effectiveOrder);
  }
  if (f(avgPrec + avgRec) !== 0) {
    let s = f(f((1 + factor) * avgPrec) * avgRec);
    s = f(s / f(f(factor * avgPrec) + avgRec));
    return f(100 * s);
  }
  return 0.0;
}

/** `TER._compute_score_from_stats`. */
function ter(stats: ArrayLike<number>, f: (x: number) => number): number {
  const edits = stats[0] ?? 0;
  const refLen = stats[1] ?? 0;
  if (refLen > 0) return f(100 * f(edits / refLen));
  // Python floats here (1.0 or 0.0, times 100), in both modes.
  return edits > 0 ? 100.0 : 0.0;
}
