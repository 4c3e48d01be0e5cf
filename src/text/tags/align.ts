/**
 * Word alignment of a post-edit to its MT, for carrying the MT's inline tags over.
 *
 * Tokens are runs of letters, digits and combining marks, or single other non-space
 * characters (so "aquí." is "aquí" + "."), each with its UTF-16 span. The alignment is the
 * Levenshtein edit alignment over tokens compared case-insensitively: TER's edit distance
 * without its block shifts (Snover et al. 2006, sec. 2), which keeps the alignment monotone, and
 * a monotone alignment is what keeps the carried tags well nested (reinsert.ts). Matches and
 * substitutions both align a pe token to an mt token; insertions and deletions leave a token
 * unaligned. A word never substitutes for punctuation (that costs more than deleting one and
 * inserting the other): otherwise, among equally cheap alignments, a tag could land on a "."
 * that the post-edit appended.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}\p{M}_]+|[^\s\p{L}\p{N}\p{M}_]/gu;
const WORD_START = /^[\p{L}\p{N}\p{M}_]/u;

/** Tokens of `text`; a token never spans one of `breaks` (offsets where a tag sat). */
export function tokenize(text: string, breaks: readonly number[] = []): Token[] {
  const cuts = [...new Set(breaks.filter((b) => b > 0 && b < text.length))].sort((a, b) => a - b);
  const out: Token[] = [];
  let from = 0;
  for (const to of [...cuts, text.length]) {
    const piece = text.slice(from, to);
    for (const m of piece.matchAll(TOKEN))
      out.push({ text: m[0], start: from + m.index, end: from + m.index + m[0].length });
    from = to;
  }
  return out;
}

/**
 * For each mt token, the index of the pe token aligned to it, or -1. Ties in the backtrace
 * prefer, in order: match, substitution, deletion (mt token unaligned), insertion, so that of
 * two equally cheap alignments the one pairing more tokens wins.
 */
export function alignTokens(mt: readonly Token[], pe: readonly Token[]): number[] {
  const n = mt.length;
  const m = pe.length;
  const a = mt.map((t) => t.text.toLowerCase());
  const b = pe.map((t) => t.text.toLowerCase());
  const word = (t: string) => WORD_START.test(t);
  const sub = (i: number, j: number) =>
    a[i] === b[j] ? 0 : word(a[i] ?? '') === word(b[j] ?? '') ? 1 : 3;
  const w = m + 1;
  const d = new Uint32Array((n + 1) * w);
  for (let j = 0; j <= m; j++) d[j] = j;
  for (let i = 1; i <= n; i++) {
    d[i * w] = i;
    for (let j = 1; j <= m; j++) {
      const diag = (d[(i - 1) * w + j - 1] ?? 0) + sub(i - 1, j - 1);
      const del = (d[(i - 1) * w + j] ?? 0) + 1;
      const ins = (d[i * w + j - 1] ?? 0) + 1;
      d[i * w + j] = Math.min(diag, del, ins);
    }
  }
  const aligned = new Array<number>(n).fill(-1);
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = d[i * w + j] ?? 0;
    if (i > 0 && j > 0) {
      if (here === (d[(i - 1) * w + j - 1] ?? 0) + sub(i - 1, j - 1)) {
        aligned[i - 1] = j - 1;
        i--;
        j--;
        continue;
      }
    }
    if (i > 0 && here === (d[(i - 1) * w + j] ?? 0) + 1) {
      i--;
      continue;
    }
    j--;
  }
  return aligned;
}
