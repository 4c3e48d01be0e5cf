/**
 * N-gram counting for BLEU and chrF, after sacreBLEU's `sacrebleu/metrics/helpers.py`.
 * Counts live in one Map per order, keyed by the n-gram as a string: word n-grams join
 * their tokens with a space (no token holds whitespace, so keys cannot collide), character
 * n-grams are the substring itself.
 */

export type NgramCounts = Map<string, number>;

function bump(counts: NgramCounts, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * `extract_all_word_ngrams` / `extract_word_ngrams`: counts[n-1] holds the n-grams of
 * `tokens`, 1 <= n <= maxOrder.
 */
export function wordNgrams(tokens: readonly string[], maxOrder: number): NgramCounts[] {
  const counts: NgramCounts[] = [];
  for (let n = 0; n < maxOrder; n++) counts.push(new Map());
  for (let i = 0; i < tokens.length; i++) {
    let key = '';
    const top = Math.min(maxOrder, tokens.length - i);
    for (let n = 0; n < top; n++) {
      key = n === 0 ? (tokens[i] ?? '') : `${key} ${tokens[i + n] ?? ''}`;
      const order = counts[n];
      if (order !== undefined) bump(order, key);
    }
  }
  return counts;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * `extract_all_char_ngrams` on a line already stripped of whitespace (or not, as chrF's
 * `whitespace` option says): counts[n-1] holds the character n-grams, characters being
 * code points as in Python. Returns the length in code points beside the counts.
 */
export function charNgrams(
  text: string,
  maxOrder: number,
): { counts: NgramCounts[]; length: number } {
  const counts: NgramCounts[] = [];
  for (let n = 0; n < maxOrder; n++) counts.push(new Map());
  if (!SURROGATE.test(text)) {
    // Every code point is one UTF-16 unit: substrings are the n-grams.
    for (let n = 1; n <= maxOrder; n++) {
      const order = counts[n - 1];
      if (order === undefined) continue;
      for (let i = 0; i + n <= text.length; i++) bump(order, text.slice(i, i + n));
    }
    return { counts, length: text.length };
  }
  const chars = Array.from(text);
  for (let n = 1; n <= maxOrder; n++) {
    const order = counts[n - 1];
    if (order === undefined) continue;
    for (let i = 0; i + n <= chars.length; i++) bump(order, chars.slice(i, i + n).join(''));
  }
  return { counts, length: chars.length };
}

/** The number of n-grams a sequence of `length` units has of order n. */
export function ngramTotal(length: number, n: number): number {
  return Math.max(0, length - n + 1);
}

/** The clipped match count, sum over n-grams of min(count in a, count in b). */
export function matchCount(a: NgramCounts, b: NgramCounts): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let matches = 0;
  for (const [key, count] of small) {
    const other = large.get(key);
    if (other !== undefined) matches += count < other ? count : other;
  }
  return matches;
}
