/**
 * TER, translation edit rate (Snover et al., 2006), exactly as sacreBLEU 2.6.0 computes it
 * (`sacrebleu/metrics/ter.py`): per segment, the fewest edits (insertions, deletions,
 * substitutions and phrase shifts) over the references and the average reference length;
 * summed over the corpus; the score is 100 * edits / reference length. The algorithm is in
 * lib-ter.ts, the tercom tokenizer in tokenizers/ter.ts.
 */

import { RowArena, translationEditRateIds, wordIds } from './lib-ter.js';
import type { Metric, NumRefs, Score } from './metric.js';
import { DEFAULT_WIDTH, pyFixed } from './score-format.js';
import { buildSignature, yesNo, type MetricSignature } from './signature.js';
import { pyRstrip } from './tokenizers/python-whitespace.js';
import { tercomTokenize, tercomWords } from './tokenizers/ter.js';

export interface TEROptions {
  /** Tokenize punctuation and unescape XML entities (`norm:yes`). */
  normalized: boolean;
  /** Remove punctuation (`punct:no`). */
  noPunct: boolean;
  /** CJK handling for `normalized`/`noPunct` (`asian:yes`). */
  asianSupport: boolean;
  /** Keep case (`case:mixed`); otherwise lowercase (`case:lc`). */
  caseSensitive: boolean;
}

export const TER_DEFAULTS: TEROptions = {
  normalized: false,
  noPunct: false,
  asianSupport: false,
  caseSensitive: false,
};

export class TER implements Metric {
  readonly name = 'TER';
  readonly options: Readonly<TEROptions>;
  numRefs?: NumRefs;
  /** Matrix memory reused from segment to segment (one segment at a time). */
  private readonly arena = new RowArena();

  constructor(options: Partial<TEROptions> = {}) {
    this.options = { ...TER_DEFAULTS, ...options };
  }

  /**
   * `TER._compute_segment_statistics`: `[fewest edits over the references, average
   * reference length]`. Every reference counts in the average, empty ones too.
   */
  segmentStats(hyp: string, refs: string[]): number[] {
    if (refs.length === 0) throw new RangeError('TER needs at least one reference per segment');
    const { ids, vocabSize } = wordIds([
      tercomWords(hyp, this.options),
      ...refs.map((ref) => this.refWords(ref)),
    ]);
    const [hypIds, ...refIds] = ids;
    if (hypIds === undefined) throw new Error('unreachable: the hypothesis is always first');
    let refLengths = 0;
    let bestEdits = Number.POSITIVE_INFINITY;
    for (const ref of refIds) {
      const { numEdits, refLength } = translationEditRateIds(hypIds, ref, vocabSize, this.arena);
      refLengths += refLength;
      if (numEdits < bestEdits) bestEdits = numEdits;
    }
    return [bestEdits, refLengths / refIds.length];
  }

  /**
   * Quirk (`Metric._cache_references` then `TER._extract_reference_info`): sacreBLEU runs
   * `_preprocess_segment` on each reference twice, the hypothesis once. Lowercasing and
   * punctuation removal do not mind, but `normalized` is not idempotent: "wait..8" becomes
   * "wait . .8" once and "wait . . 8" twice, so identical hypothesis and reference can
   * differ. Matched here so that the edit counts stay equal to sacreBLEU's.
   */
  private refWords(ref: string): string[] {
    return tercomWords(tercomTokenize(pyRstrip(ref), this.options), this.options);
  }

  /** `TER._compute_score_from_stats`. */
  scoreFromStats(stats: number[]): Score {
    const totalEdits = stats[0] ?? 0;
    const sumRefLengths = stats[1] ?? 0;
    let rate: number;
    if (sumRefLengths > 0) rate = totalEdits / sumRefLengths;
    else if (totalEdits > 0)
      rate = 1.0; // empty reference(s), non-empty hypothesis
    else rate = 0.0; // both empty
    const score = 100 * rate;
    return {
      name: this.name,
      score,
      formatted: pyFixed(score, DEFAULT_WIDTH),
      // `TERScore.num_edits` and `.ref_length`
      details: { num_edits: Math.trunc(totalEdits), ref_length: sumRefLengths },
    };
  }

  /** `Metric.sentence_score`: `None` references are dropped. */
  sentenceScore(hyp: string, refs: readonly (string | null)[]): Score {
    const kept = refs.filter((r): r is string => r !== null);
    this.numRefs = kept.length;
    return this.scoreFromStats(this.segmentStats(hyp, kept));
  }

  /** `TERSignature`: `nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:…`. */
  signature(): MetricSignature {
    return buildSignature(
      { nrefs: this.numRefs },
      [
        ['case', this.options.caseSensitive ? 'mixed' : 'lc'],
        ['tok', 'tercom'],
        ['norm', yesNo(this.options.normalized)],
        ['punct', yesNo(!this.options.noPunct)],
        ['asian', yesNo(this.options.asianSupport)],
      ],
      { case: 'c', tok: 't', norm: 'nr', punct: 'pn', asian: 'as' },
    );
  }
}
