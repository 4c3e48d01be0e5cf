/**
 * Translation edit rate (Snover et al., 2006) as plain functions over word arrays: a port of
 * sacreBLEU 2.6.0 `sacrebleu/metrics/lib_ter.py`, quirks included, so that the number of
 * edits equals sacreBLEU's on every segment. Words are integer ids (see `wordIds`), so the
 * inner loops compare ints, and the edit-distance matrix lives in typed arrays.
 * The beam edit distance with its prefix cache is in beam-edit-distance.ts.
 */

import { BeamEditDistance, RowArena } from './beam-edit-distance.js';

export { RowArena };

// Tercom-inspired limits (lib_ter.py `_MAX_SHIFT_SIZE`, `_MAX_SHIFT_DIST`)
export const MAX_SHIFT_SIZE = 10;
export const MAX_SHIFT_DIST = 50;
// sacreBLEU's own limit (`_MAX_SHIFT_CANDIDATES`)
export const MAX_SHIFT_CANDIDATES = 1000;

/** Number of edits and reference length of one hypothesis/reference pair. */
export interface TerStats {
  numEdits: number;
  refLength: number;
}

/** Maps the words of one segment (hypothesis and its references) to small integer ids. */
export function wordIds(segments: readonly (readonly string[])[]): {
  ids: Int32Array[];
  vocabSize: number;
} {
  const vocab = new Map<string, number>();
  const ids = segments.map((words) => {
    const out = new Int32Array(words.length);
    words.forEach((w, k) => {
      let id = vocab.get(w);
      if (id === undefined) vocab.set(w, (id = vocab.size));
      out[k] = id;
    });
    return out;
  });
  return { ids, vocabSize: Math.max(1, vocab.size) };
}

/** lib_ter.py `translation_edit_rate`, over word strings. */
export function translationEditRate(
  wordsHyp: readonly string[],
  wordsRef: readonly string[],
  arena?: RowArena,
): TerStats {
  const { ids, vocabSize } = wordIds([wordsHyp, wordsRef]);
  const [hyp, ref] = ids;
  if (hyp === undefined || ref === undefined)
    throw new Error('unreachable: two segments in, two out');
  return translationEditRateIds(hyp, ref, vocabSize, arena);
}

/**
 * lib_ter.py `translation_edit_rate`: greedily apply the best shift while it lowers the edit
 * distance, then add the number of shifts to the remaining edit distance. Ids must be below
 * `vocabSize`. Passing one `arena` to many calls (one at a time) saves allocations.
 */
export function translationEditRateIds(
  hyp: Int32Array,
  ref: Int32Array,
  vocabSize: number,
  arena: RowArena = new RowArena(),
  /** Called with the hypothesis after each shift taken (the web page's word diff shows them). */
  onShift?: (words: Int32Array) => void,
): TerStats {
  // special treatment of empty references: every hypothesis word is an edit
  if (ref.length === 0) return { numEdits: hyp.length, refLength: 0 };

  const ed = new BeamEditDistance(ref, vocabSize, hyp.length, arena);
  const search = new ShiftSearch(hyp.length);
  let shifts = 0;
  let words = hyp;
  for (;;) {
    const delta = search.bestShift(words, ref, ed);
    // quirk (translation_edit_rate): once the candidate budget is spent, the best shift of
    // this round is dropped even if it would lower the distance
    if (search.checkedCandidates >= MAX_SHIFT_CANDIDATES) break;
    if (delta <= 0) break;
    shifts += 1;
    words = search.takeBest();
    onShift?.(words);
  }
  return { numEdits: shifts + ed.distance(words, false), refLength: ref.length };
}

/**
 * lib_ter.py `_shift`: the shift that lowers the edit distance the most, ranked like tercom
 * by (gain, longest, earliest in hypothesis, earliest target). `checkedCandidates` carries
 * over between rounds, as the Python threads it through `translation_edit_rate`.
 */
class ShiftSearch {
  checkedCandidates = 0;
  private best: Int32Array;
  private scratch: Int32Array;
  private hypErrSum: Int32Array;
  private refErrSum: Int32Array = new Int32Array(1);

  constructor(n: number) {
    this.best = new Int32Array(n);
    this.scratch = new Int32Array(n);
    this.hypErrSum = new Int32Array(n + 1);
  }

  /** The best shifted words of the last `bestShift` (valid until the next call). */
  takeBest(): Int32Array {
    const out = this.best;
    this.best = new Int32Array(out.length);
    return out;
  }

  /** Returns the gain of the best shift (0 if none); its words are then `takeBest()`. */
  bestShift(h: Int32Array, r: Int32Array, ed: BeamEditDistance): number {
    const nH = h.length;
    const nR = r.length;
    const preScore = ed.distance(h, true);
    const align = ed.align;
    // prefix sums of the error flags replace Python's `sum(hyp_err[a:b])`
    if (this.refErrSum.length !== nR + 1) this.refErrSum = new Int32Array(nR + 1);
    const hypErrSum = this.hypErrSum;
    const refErrSum = this.refErrSum;
    for (let k = 0; k < nH; k++) hypErrSum[k + 1] = (hypErrSum[k] ?? 0) + (ed.hypErr[k] ?? 0);
    for (let k = 0; k < nR; k++) refErrSum[k + 1] = (refErrSum[k] ?? 0) + (ed.refErr[k] ?? 0);

    let found = false;
    let bestScore = 0;
    let bestLen = 0;
    let bestStartH = 0;
    let bestIdx = 0;

    // the loops of `_find_shifted_pairs`, inlined: every (start_h, start_r, length) with
    // h[start_h:start_h+length] == r[start_r:start_r+length], length growing from 1
    outer: for (let startH = 0; startH < nH; startH++) {
      for (let startR = 0; startR < nR; startR++) {
        // "slightly different from what tercom does" (`_find_shifted_pairs`)
        if (Math.abs(startR - startH) > MAX_SHIFT_DIST) continue;
        let length = 0;
        while (h[startH + length] === r[startR + length] && length < MAX_SHIFT_SIZE) {
          length += 1;
          // the body of `_shift`'s loop over one yielded pair
          if (
            (hypErrSum[startH + length] ?? 0) - (hypErrSum[startH] ?? 0) !== 0 &&
            (refErrSum[startR + length] ?? 0) - (refErrSum[startR] ?? 0) !== 0
          ) {
            const alignedAt = align[startR] ?? 0;
            // don't try to shift within the subsequence
            if (!(startH <= alignedAt && alignedAt < startH + length)) {
              let prevIdx = -1;
              for (let offset = -1; offset < length; offset++) {
                let idx: number;
                if (startR + offset === -1) idx = 0;
                else if (startR + offset < nR) {
                  // unlike tercom, which inserts *after* the index, insert *before* it
                  idx = (align[startR + offset] ?? 0) + 1;
                } else break;
                if (idx === prevIdx) continue;
                prevIdx = idx;

                performShift(h, startH, length, idx, this.scratch);
                const score = preScore - ed.distance(this.scratch, false);
                this.checkedCandidates += 1;
                // Python compares tuples (score, length, -start_h, -idx, words) with `>`:
                // the first candidate wins ties (equal 4-tuples imply equal words)
                if (
                  !found ||
                  score > bestScore ||
                  (score === bestScore &&
                    (length > bestLen ||
                      (length === bestLen &&
                        (startH < bestStartH || (startH === bestStartH && idx < bestIdx)))))
                ) {
                  found = true;
                  bestScore = score;
                  bestLen = length;
                  bestStartH = startH;
                  bestIdx = idx;
                  const swap = this.best;
                  this.best = this.scratch;
                  this.scratch = swap;
                }
              }
              if (this.checkedCandidates >= MAX_SHIFT_CANDIDATES) break outer;
            }
          }
          // if one sequence is consumed, stop extending this pair
          if (nH === startH + length || nR === startR + length) break;
        }
      }
    }
    return found ? bestScore : 0;
  }
}

/** Python `words[a:b]` bounds: clamped to [0, n]. */
function clamp(k: number, n: number): number {
  return k < 0 ? 0 : k > n ? n : k;
}

/** Appends Python's `words[a:b]` to `out` at `at`; returns the new end. */
function copySlice(words: Int32Array, a: number, b: number, out: Int32Array, at: number): number {
  const n = words.length;
  const from = clamp(a, n);
  const to = clamp(b, n);
  if (to <= from) return at;
  out.set(words.subarray(from, to), at);
  return at + to - from;
}

/** lib_ter.py `_perform_shift`: move `words[start:start+length]` to `target`, into `out`. */
export function performShift(
  words: Int32Array,
  start: number,
  length: number,
  target: number,
  out: Int32Array,
): void {
  let at = 0;
  if (target < start) {
    // shift before the previous position
    at = copySlice(words, 0, target, out, at);
    at = copySlice(words, start, start + length, out, at);
    at = copySlice(words, target, start, out, at);
    copySlice(words, start + length, words.length, out, at);
  } else if (target > start + length) {
    // shift after the previous position
    at = copySlice(words, 0, start, out, at);
    at = copySlice(words, start + length, target, out, at);
    at = copySlice(words, start, start + length, out, at);
    copySlice(words, target, words.length, out, at);
  } else {
    // quirk (`_perform_shift`): a target inside the phrase moves it right by
    // `target - start` words, the slices clamped at the end as Python clamps them
    at = copySlice(words, 0, start, out, at);
    at = copySlice(words, start + length, length + target, out, at);
    at = copySlice(words, start, start + length, out, at);
    copySlice(words, length + target, words.length, out, at);
  }
}
