/**
 * BLEU (Papineni et al., 2002) exactly as sacreBLEU 2.6.0 computes it
 * (`sacrebleu/metrics/bleu.py`): per segment the statistics
 * `[hyp_len, ref_len, correct_1..N, total_1..N]`, with clipping against the maximum count of
 * each n-gram over the references and the closest reference length (shorter on ties);
 * summed over the corpus; then `BLEU.compute_bleu` with its smoothing methods.
 */

import type { Metric, NumRefs, Score } from './metric.js';
import { NgramTable, WordAlphabet, keysFit } from './ngram-keys.js';
import { matchCount, ngramTotal, wordNgrams, type NgramCounts } from './ngrams.js';
import { DEFAULT_WIDTH, pyFixed } from './score-format.js';
import { buildSignature, yesNo, type MetricSignature } from './signature.js';
import { getTokenizer, type Tokenizer, type TokenizerName } from './tokenizers/index.js';
import { pyRstrip } from './tokenizers/python-whitespace.js';

/** Chen & Cherry (2014), "A Systematic Comparison of Smoothing Techniques for Sentence-Level BLEU". */
export type SmoothMethod = 'none' | 'floor' | 'add-k' | 'exp';

export interface BLEUOptions {
  /** Lowercase hypothesis and references first (`case:lc`). */
  lowercase: boolean;
  tokenize: TokenizerName;
  /** none; floor: method 1; add-k: method 2; exp: method 3, NIST's, mteval-v13a.pl's. */
  smoothMethod: SmoothMethod;
  /** For floor and add-k; undefined takes SMOOTH_DEFAULTS. */
  smoothValue?: number;
  maxNgramOrder: number;
  /**
   * Leave out the n-gram orders the hypothesis has none of; meant for sentence-level
   * scores. Off by default, in `sentenceScore` too, as in sacreBLEU's API; its command
   * line turns it on with `--sentence-level`, and its `sentence_bleu` function by default.
   */
  effectiveOrder: boolean;
}

/** `BLEU.SMOOTH_DEFAULTS`: the values used when smoothValue is not given. */
export const SMOOTH_DEFAULTS: Record<SmoothMethod, number | undefined> = {
  none: undefined,
  floor: 0.1,
  'add-k': 1,
  exp: undefined,
};

export const BLEU_DEFAULTS: BLEUOptions = {
  lowercase: false,
  tokenize: '13a',
  smoothMethod: 'exp',
  maxNgramOrder: 4,
  effectiveOrder: false,
};

/** `utils.my_log`: log, with log(0) floored to -9999999999. */
function myLog(x: number): number {
  return x === 0 ? -9999999999 : Math.log(x);
}

/** `BLEU.compute_bleu`, statement by statement (the order of float operations included). */
export function computeBLEU(
  correctIn: readonly number[],
  totalIn: readonly number[],
  sysLen: number,
  refLen: number,
  options: Pick<BLEUOptions, 'smoothMethod' | 'smoothValue' | 'effectiveOrder' | 'maxNgramOrder'>,
): Score {
  const correct = correctIn.slice();
  const total = totalIn.slice();
  const order = options.maxNgramOrder;
  const smoothValue = options.smoothValue ?? SMOOTH_DEFAULTS[options.smoothMethod] ?? 0;
  let bp = 1.0;
  if (sysLen < refLen) bp = sysLen > 0 ? Math.exp(1 - refLen / sysLen) : 0.0;
  const precisions = new Array<number>(order).fill(0.0);
  // Early stop if there are no matches (sacreBLEU issue #141).
  if (!correct.some((c) => c !== 0))
    return bleuScore(0.0, correct, total, precisions, bp, sysLen, refLen);

  let smoothMteval = 1.0;
  let effOrder = order;
  for (let n = 1; n <= order; n++) {
    if (options.smoothMethod === 'add-k' && n > 1) {
      correct[n - 1] = (correct[n - 1] ?? 0) + smoothValue;
      total[n - 1] = (total[n - 1] ?? 0) + smoothValue;
    }
    const c = correct[n - 1] ?? 0;
    const t = total[n - 1] ?? 0;
    if (t === 0) break;
    if (options.effectiveOrder) effOrder = n;
    if (c === 0) {
      if (options.smoothMethod === 'exp') {
        smoothMteval *= 2;
        precisions[n - 1] = 100 / (smoothMteval * t);
      } else if (options.smoothMethod === 'floor') {
        precisions[n - 1] = (100 * smoothValue) / t;
      }
    } else {
      precisions[n - 1] = (100 * c) / t;
    }
  }
  let logSum = 0;
  for (let n = 0; n < effOrder; n++) logSum += myLog(precisions[n] ?? 0);
  const score = bp * Math.exp(logSum / effOrder);
  return bleuScore(score, correct, total, precisions, bp, sysLen, refLen);
}

/** `BLEUScore`, with its verbose part. */
function bleuScore(
  score: number,
  counts: number[],
  totals: number[],
  precisions: number[],
  bp: number,
  sysLen: number,
  refLen: number,
): Score {
  const ratio = refLen ? sysLen / refLen : 0;
  const precStr = precisions.map((p) => pyFixed(p, 1)).join('/');
  const verbose =
    `${precStr} (BP = ${pyFixed(bp, 3)} ratio = ${pyFixed(ratio, 3)} ` +
    `hyp_len = ${sysLen} ref_len = ${refLen})`;
  return {
    name: 'BLEU',
    score,
    formatted: pyFixed(score, DEFAULT_WIDTH),
    details: { counts, totals, precisions, bp, ratio, sys_len: sysLen, ref_len: refLen },
    verbose,
  };
}

/** `BLEU._get_closest_ref_len`: the closest length, the shorter one on ties. */
function closestRefLen(hypLen: number, refLens: readonly number[]): number {
  let closestDiff = -1;
  let closestLen = -1;
  for (const refLen of refLens) {
    const diff = Math.abs(hypLen - refLen);
    if (closestDiff === -1 || diff < closestDiff) {
      closestDiff = diff;
      closestLen = refLen;
    } else if (diff === closestDiff && refLen < closestLen) {
      closestLen = refLen;
    }
  }
  return closestLen;
}

/** Clipped matches per order over Maps of strings, the maximum count over references. */
function matchesByMaps(hypTokens: string[], refTokens: string[][], order: number): number[] {
  let refNgrams: NgramCounts[] | undefined;
  for (const tokens of refTokens) {
    const counts = wordNgrams(tokens, order);
    if (refNgrams === undefined) {
      refNgrams = counts;
      continue;
    }
    for (let n = 0; n < order; n++) {
      const merged = refNgrams[n];
      const these = counts[n];
      if (merged === undefined || these === undefined) continue;
      for (const [key, count] of these) {
        if (count > (merged.get(key) ?? 0)) merged.set(key, count);
      }
    }
  }
  const hypNgrams = wordNgrams(hypTokens, order);
  return hypNgrams.map((counts, n) => {
    const ref = refNgrams?.[n];
    return ref ? matchCount(counts, ref) : 0;
  });
}

export class BLEU implements Metric {
  readonly name = 'BLEU';
  readonly options: Readonly<BLEUOptions>;
  numRefs?: NumRefs;
  private readonly tokenizer: Tokenizer;
  private readonly tokenIds = new WordAlphabet();
  private readonly table = new NgramTable();

  constructor(options: Partial<BLEUOptions> = {}) {
    const merged = { ...BLEU_DEFAULTS, ...options };
    if (!Number.isInteger(merged.maxNgramOrder) || merged.maxNgramOrder < 1) {
      throw new RangeError(`maxNgramOrder must be a positive integer, got ${merged.maxNgramOrder}`);
    }
    if (!Object.hasOwn(SMOOTH_DEFAULTS, merged.smoothMethod)) {
      throw new RangeError(`unknown smoothMethod ${JSON.stringify(merged.smoothMethod)}`);
    }
    this.options = merged;
    this.tokenizer = getTokenizer(merged.tokenize);
  }

  /** `BLEU._preprocess_segment` then `split()`: lowercase, rstrip, tokenize. */
  tokens(line: string): string[] {
    const cased = this.options.lowercase ? line.toLowerCase() : line;
    return this.tokenizer.tokens(pyRstrip(cased));
  }

  /**
   * `_extract_reference_info` + `_compute_segment_statistics`. N-grams are counted as
   * integer keys (ngram-keys.ts), or as Maps of strings when a segment has too many distinct
   * tokens for the keys to be exact.
   */
  segmentStats(hyp: string, refs: string[]): number[] {
    if (refs.length === 0) throw new RangeError('BLEU needs at least one reference per segment');
    const order = this.options.maxNgramOrder;
    const hypTokens = this.tokens(hyp);
    const refTokens = refs.map((ref) => this.tokens(ref));
    this.tokenIds.reset();
    const hypIds = this.tokenIds.ids(hypTokens);
    const refIds = refTokens.map((tokens) => this.tokenIds.ids(tokens));
    let correct: number[] = [];
    if (keysFit(this.tokenIds.size, order)) {
      this.table.loadHypothesis(hypIds, order, this.tokenIds.size);
      this.table.matchReferencesMax(refIds, correct);
    } else {
      correct = matchesByMaps(hypTokens, refTokens, order);
    }
    const total: number[] = [];
    for (let n = 1; n <= order; n++) total.push(ngramTotal(hypTokens.length, n));
    const refLens = refTokens.map((tokens) => tokens.length);
    return [hypTokens.length, closestRefLen(hypTokens.length, refLens), ...correct, ...total];
  }

  scoreFromStats(stats: number[]): Score {
    const order = this.options.maxNgramOrder;
    return computeBLEU(
      stats.slice(2, 2 + order),
      stats.slice(2 + order),
      Math.trunc(stats[0] ?? 0),
      Math.trunc(stats[1] ?? 0),
      this.options,
    );
  }

  sentenceScore(hyp: string, refs: readonly (string | null)[]): Score {
    const kept = refs.filter((r): r is string => r !== null);
    this.numRefs = kept.length;
    return this.scoreFromStats(this.segmentStats(hyp, kept));
  }

  signature(): MetricSignature {
    const { smoothMethod, smoothValue } = this.options;
    const smoothDefault = SMOOTH_DEFAULTS[smoothMethod];
    // A method that takes a value shows it in brackets (`floor[0.10]`).
    const smooth =
      smoothDefault === undefined
        ? smoothMethod
        : `${smoothMethod}[${pyFixed(smoothValue ?? smoothDefault, 2)}]`;
    return buildSignature(
      { nrefs: this.numRefs },
      [
        ['case', this.options.lowercase ? 'lc' : 'mixed'],
        ['eff', yesNo(this.options.effectiveOrder)],
        ['tok', this.tokenizer.name],
        ['smooth', smooth],
      ],
      { case: 'c', eff: 'e', tok: 'tok', smooth: 's' },
    );
  }
}
