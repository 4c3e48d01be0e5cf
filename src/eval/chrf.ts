/**
 * chrF (Popović, 2015) and chrF++ (Popović, 2017) exactly as sacreBLEU 2.6.0 computes them
 * (`sacrebleu/metrics/chrf.py`): per segment and order, `[hyp, ref, match]` n-gram counts
 * of character n-grams (1..charOrder) then word n-grams (1..wordOrder), taken from the
 * reference with the best segment F-score; summed over the corpus; then the F-beta score of
 * the precision and recall averaged over the orders both sides have ("effective order",
 * sacreBLEU's default), or chrF++.py's epsilon smoothing.
 */

import type { Metric, NumRefs, Score } from './metric.js';
import { CodePointAlphabet, NgramTable, WordAlphabet, keysFit } from './ngram-keys.js';
import { charNgrams, matchCount, ngramTotal, wordNgrams, type NgramCounts } from './ngrams.js';
import { DEFAULT_WIDTH, pyFixed } from './score-format.js';
import { buildSignature, yesNo, type MetricSignature } from './signature.js';
import { pyRemoveWhitespace, pySplit } from './tokenizers/python-whitespace.js';

export interface CHRFOptions {
  /** Character n-gram order (`nc:`). */
  charOrder: number;
  /** Word n-gram order (`nw:`); 2 makes chrF++. */
  wordOrder: number;
  /** Weight of recall against precision. */
  beta: number;
  lowercase: boolean;
  /** Keep whitespace inside character n-grams (`space:yes`). */
  whitespace: boolean;
  /** chrF++.py / Moses / NLTK epsilon smoothing instead of effective order (`eff:no`). */
  epsSmoothing: boolean;
}

export const CHRF_DEFAULTS: CHRFOptions = {
  charOrder: 6,
  wordOrder: 0,
  beta: 2,
  lowercase: false,
  whitespace: false,
  epsSmoothing: false,
};

/** Python's `string.punctuation`, as `CHRF._PUNCTS`. */
const PUNCTS = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');

/**
 * `CHRF._remove_punctuation`: split on whitespace, then split one punctuation mark off the
 * end of a word, or else off its start ('(hi)' gives '(hi' and ')': sacreBLEU issue #124).
 * A one-character word stays whole; a surrogate pair is never punctuation, so counting
 * UTF-16 units instead of code points does not change the outcome.
 */
export function removePunctuation(sent: string): string[] {
  const out: string[] = [];
  for (const w of pySplit(sent)) {
    if (w.length === 1) out.push(w);
    else if (PUNCTS.has(w.charAt(w.length - 1))) out.push(w.slice(0, -1), w.charAt(w.length - 1));
    else if (PUNCTS.has(w.charAt(0))) out.push(w.charAt(0), w.slice(1));
    else out.push(w);
  }
  return out;
}

/**
 * `_get_match_statistics` for orders 1..maxOrder of sequences of hypLength and refLength
 * units: no hypothesis n-grams are counted where the reference has none of that order.
 */
function pushStats(
  stats: number[],
  hypLength: number,
  refLength: number,
  matches: readonly number[],
  maxOrder: number,
): void {
  for (let n = 1; n <= maxOrder; n++) {
    const refTotal = ngramTotal(refLength, n);
    stats.push(refTotal > 0 ? ngramTotal(hypLength, n) : 0, refTotal, matches[n - 1] ?? 0);
  }
}

/** The n-grams of one side of a segment, all orders, with their totals. */
interface SideNgrams {
  counts: NgramCounts[];
  totals: number[];
}

export class CHRF implements Metric {
  readonly name: string;
  readonly options: Readonly<CHRFOptions>;
  numRefs?: NumRefs;
  private readonly charIds = new CodePointAlphabet();
  private readonly wordIds = new WordAlphabet();
  private readonly charTable = new NgramTable();
  private readonly wordTable = new NgramTable();

  constructor(options: Partial<CHRFOptions> = {}) {
    const merged = { ...CHRF_DEFAULTS, ...options };
    for (const key of ['charOrder', 'wordOrder', 'beta'] as const) {
      if (!Number.isInteger(merged[key]) || merged[key] < 0) {
        throw new RangeError(`${key} must be a non-negative integer, got ${merged[key]}`);
      }
    }
    this.options = merged;
    // `CHRFScore`: one '+' per word order (chrF2++).
    this.name = `chrF${merged.beta}${'+'.repeat(merged.wordOrder)}`;
  }

  private get order(): number {
    return this.options.charOrder + this.options.wordOrder;
  }

  /** `_preprocess_segment`: optional lowercasing. */
  private preprocess(line: string): string {
    return this.options.lowercase ? line.toLowerCase() : line;
  }

  /** The text character n-grams are taken from (`extract_all_char_ngrams`). */
  private charText(sent: string): string {
    return this.options.whitespace ? sent : pyRemoveWhitespace(sent);
  }

  /**
   * `_compute_segment_statistics`: `_get_match_statistics` per order against each
   * reference, keeping the first reference with the highest F-score. N-grams are counted as
   * sorted integer keys (ngram-keys.ts), or as Maps of strings when a segment has too many
   * distinct characters or words for its keys to be exact.
   */
  segmentStats(hyp: string, refs: string[]): number[] {
    if (refs.length === 0) throw new RangeError('chrF needs at least one reference per segment');
    const { charOrder, wordOrder } = this.options;
    const sents = [hyp, ...refs].map((line) => this.preprocess(line));
    this.charIds.reset();
    this.wordIds.reset();
    const charIds = sents.map((sent) => this.charIds.ids(this.charText(sent)));
    const wordIds =
      wordOrder > 0 ? sents.map((sent) => this.wordIds.ids(removePunctuation(sent))) : [];
    if (!keysFit(this.charIds.size, charOrder) || !keysFit(this.wordIds.size, wordOrder)) {
      return this.bestStats(sents.map((sent) => this.ngramMaps(sent)));
    }
    const [hypChars = new Int32Array(0), ...refChars] = charIds;
    const [hypWords = new Int32Array(0), ...refWords] = wordIds;
    this.charTable.loadHypothesis(hypChars, charOrder, this.charIds.size);
    if (wordOrder > 0) this.wordTable.loadHypothesis(hypWords, wordOrder, this.wordIds.size);
    const matches: number[] = [];
    return this.pickBest(
      refChars.map((ids, k) => {
        const stats: number[] = [];
        this.charTable.matchReference(ids, matches);
        pushStats(stats, hypChars.length, ids.length, matches, charOrder);
        const words = refWords[k];
        if (words !== undefined) {
          this.wordTable.matchReference(words, matches);
          pushStats(stats, hypWords.length, words.length, matches, wordOrder);
        }
        return stats;
      }),
    );
  }

  /** The n-grams of one side as Maps of strings, all orders, with their totals. */
  private ngramMaps(sent: string): SideNgrams {
    const chars = charNgrams(this.charText(sent), this.options.charOrder);
    const counts = chars.counts;
    const totals: number[] = [];
    for (let n = 1; n <= this.options.charOrder; n++) totals.push(ngramTotal(chars.length, n));
    if (this.options.wordOrder > 0) {
      const words = removePunctuation(sent);
      counts.push(...wordNgrams(words, this.options.wordOrder));
      for (let n = 1; n <= this.options.wordOrder; n++) totals.push(ngramTotal(words.length, n));
    }
    return { counts, totals };
  }

  /** `segmentStats` over Maps of strings: sides[0] is the hypothesis, then the references. */
  private bestStats(sides: SideNgrams[]): number[] {
    const [h, ...rs] = sides;
    if (h === undefined) return [];
    return this.pickBest(
      rs.map((r) =>
        h.counts
          .map((hc, i) => {
            const rc = r.counts[i];
            const refTotal = r.totals[i] ?? 0;
            // No hypothesis n-grams are counted where the reference has none of that order.
            return [refTotal > 0 ? (h.totals[i] ?? 0) : 0, refTotal, rc ? matchCount(hc, rc) : 0];
          })
          .flat(),
      ),
    );
  }

  /** The `[hyp, ref, match, ...]` statistics of the first reference with the best F. */
  private pickBest(perRef: number[][]): number[] {
    let best: number[] = [];
    let bestF = -1.0;
    for (const stats of perRef) {
      const f = this.fScore(stats);
      if (f > bestF) {
        bestF = f;
        best = stats;
      }
    }
    return best;
  }

  /** `CHRF._compute_f_score`, statement by statement. */
  fScore(stats: readonly number[]): number {
    const eps = 1e-16;
    const factor = this.options.beta ** 2;
    let score = 0.0;
    let effectiveOrder = 0;
    let avgPrec = 0.0;
    let avgRec = 0.0;
    for (let i = 0; i < this.order; i++) {
      const nHyp = stats[3 * i] ?? 0;
      const nRef = stats[3 * i + 1] ?? 0;
      const nMatch = stats[3 * i + 2] ?? 0;
      // chrF++.py style epsilon smoothing (also Moses and NLTK).
      const prec = nHyp > 0 ? nMatch / nHyp : eps;
      const rec = nRef > 0 ? nMatch / nRef : eps;
      const denom = factor * prec + rec;
      score += denom > 0 ? ((1 + factor) * prec * rec) / denom : eps;
      // sacreBLEU < 2.0.0 style effective order smoothing.
      if (nHyp > 0 && nRef > 0) {
        avgPrec += prec;
        avgRec += rec;
        effectiveOrder += 1;
      }
    }
    if (this.options.epsSmoothing) return (100 * score) / this.order;
    if (effectiveOrder === 0) {
      avgPrec = avgRec = 0.0;
    } else {
      avgPrec /= effectiveOrder;
      avgRec /= effectiveOrder;
    }
    if (avgPrec + avgRec) {
      let f = (1 + factor) * avgPrec * avgRec;
      f /= factor * avgPrec + avgRec;
      return 100 * f;
    }
    return 0.0;
  }

  scoreFromStats(stats: number[]): Score {
    const score = this.fScore(stats);
    return { name: this.name, score, formatted: pyFixed(score, DEFAULT_WIDTH), details: {} };
  }

  sentenceScore(hyp: string, refs: readonly (string | null)[]): Score {
    const kept = refs.filter((r): r is string => r !== null);
    this.numRefs = kept.length;
    return this.scoreFromStats(this.segmentStats(hyp, kept));
  }

  signature(): MetricSignature {
    return buildSignature(
      { nrefs: this.numRefs },
      [
        ['case', this.options.lowercase ? 'lc' : 'mixed'],
        ['eff', yesNo(!this.options.epsSmoothing)],
        ['nc', String(this.options.charOrder)],
        ['nw', String(this.options.wordOrder)],
        ['space', yesNo(this.options.whitespace)],
      ],
      { case: 'c', eff: 'e', nc: 'nc', nw: 'nw', space: 's' },
    );
  }
}
