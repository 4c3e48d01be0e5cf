import type { EncoderInput } from './encoder-input.js';

/**
 * MT-drafted decoding (docs/model-format.md, "Drafted decoding"): a post-edit is mostly its
 * mt, so each decoder call feeds, after a row's next input token, a draft of the tokens the mt
 * suggests come next. The decoder graph (format version 5, `graphs.decoderPositions: "many"`)
 * scores every fed position in the one call, and beam search then takes as many of its steps
 * from those scores as its hypotheses follow the drafts: a step whose every row feeds the very
 * token its draft had at that position needs no decoder call. The search itself is unchanged
 * (the same candidates, ranking and ties), so the output is the step-by-step search's up to
 * float rounding: a position scored inside a longer call can differ in the last bits (more in
 * int8-block32 graphs, which quantize activations); bench/drafted.ts counts the changed outputs.
 */
export interface DraftOptions {
  /** Draft tokens fed after each row's input token (T = length + 1 positions per row). */
  length: number;
  /**
   * At most this many positions (rows × T) per decoder call: with more rows the draft is
   * shortened, down to plain steps (T = 1), as a large batch gains nothing from drafts (its
   * steps are compute-bound and a rejected draft is wasted work).
   */
  maxPositions: number;
}

/** Measured by bench/drafted.ts on models/default (docs/http-api.md, "Drafted decoding"). */
export const DEFAULT_DRAFT: DraftOptions = { length: 8, maxPositions: 64 };

/** The longest suffix of the hypothesis matched in the mt (the draft re-aligns after an edit). */
export const MAX_MATCH = 4;

/**
 * The mt wordpieces, followed by eos: `input.mtIds` when the layout leaves the mt out of the
 * encoder (`bert-pair-src-only`), else those of the `[CLS] src [SEP] mt [SEP]` encoder input.
 */
export function mtDraftSource(input: EncoderInput, eos: number): number[] {
  if (input.mtIds !== undefined) return [...input.mtIds, eos];
  const end = input.inputIds.length - 1;
  return [...input.inputIds.slice(end - input.mtLength, end), eos];
}

/**
 * Up to `length` tokens the mt (`mt`, its wordpieces then eos) suggests after `generated`:
 * with nothing generated, the mt's first tokens; otherwise the tokens after the longest
 * suffix of `generated` (at most MAX_MATCH tokens) found in the mt, at the occurrence ending
 * nearest to generated.length (the earliest of equally near ones); with no token of it in the
 * mt, the mt from position generated.length on. training/ape/decode.py `draft_tokens` is the
 * same function (their fixtures are decoded by both).
 */
export function draftTokens(
  generated: readonly number[],
  mt: readonly number[],
  length: number,
): number[] {
  const g = generated.length;
  if (g === 0) return mt.slice(0, length);
  for (let n = Math.min(MAX_MATCH, g); n >= 1; n--) {
    let best = -1;
    let bestDistance = Infinity;
    for (let end = n; end <= mt.length; end++) {
      let same = true;
      for (let i = 1; i <= n && same; i++) same = mt[end - i] === generated[g - i];
      if (!same) continue;
      const distance = Math.abs(end - g);
      if (distance < bestDistance) {
        best = end;
        bestDistance = distance;
      }
    }
    if (best >= 0) return mt.slice(best, best + length);
  }
  return mt.slice(g, g + length);
}
