/**
 * Near-duplicate search for test-set hygiene: two sentences are near-duplicates when the
 * Jaccard similarity of their sets of character 3-grams is at least a threshold (0.9 for the
 * Debian-wide set). Before the 3-grams are taken, a sentence is normalized: NFKC, lower case,
 * runs of white space collapsed to one space, trimmed, and padded with one space on each
 * side (so a word's first and last letters make grams of their own). Jaccard is
 * |A ∩ B| / |A ∪ B| over the sets of distinct 3-grams.
 *
 * NearDupIndex finds, for a query, every indexed sentence with similarity >= t without
 * comparing against all of them (prefix filtering, Chaudhuri et al. 2006; Bayardo et al.
 * 2007): grams are sorted in one global order (rarest first among the indexed texts given at
 * construction); a set x with J(x, y) >= t shares at least ceil(t·|x|) grams with y, so the
 * first |x| - ceil(t·|x|) + 1 grams of x and of y have a gram in common. Only the prefixes are
 * indexed and probed, and every candidate found that way is verified exactly, so the search
 * returns exactly the sentences a full comparison would.
 */

/** The normalized form whose 3-grams are compared. */
export function normalizeForSimilarity(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** The distinct character 3-grams of the normalized, space-padded text (code points). */
export function charNgrams(text: string, n = 3): Set<string> {
  const chars = [...` ${normalizeForSimilarity(text)} `];
  const out = new Set<string>();
  if (chars.length < n) {
    out.add(chars.join(''));
    return out;
  }
  for (let i = 0; i + n <= chars.length; i++) out.add(chars.slice(i, i + n).join(''));
  return out;
}

function jaccardOfSets(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let both = 0;
  for (const g of small) if (large.has(g)) both++;
  const union = a.size + b.size - both;
  return union === 0 ? 1 : both / union;
}

/** Jaccard similarity of the two texts' character 3-gram sets, in [0, 1]. */
export function similarity(a: string, b: string): number {
  return jaccardOfSets(charNgrams(a), charNgrams(b));
}

/** Grams a set of size `size` must share with another for Jaccard >= t (float-safe ceil). */
function minOverlap(size: number, t: number): number {
  return Math.max(1, Math.ceil(t * size - 1e-9));
}

export interface NearDupMatch {
  id: number;
  similarity: number;
}

export class NearDupIndex {
  readonly threshold: number;
  private readonly rank = new Map<string, number>();
  private readonly sets: Set<string>[] = [];
  private readonly postings = new Map<string, number[]>();

  /**
   * `vocabulary`: texts whose gram frequencies fix the global order (normally the texts that
   * will be added); any fixed order gives the same answers, a rarest-first one gives short
   * posting lists.
   */
  constructor(threshold: number, vocabulary: Iterable<string>) {
    if (!(threshold > 0 && threshold <= 1))
      throw new RangeError(`near-duplicate threshold must be in (0, 1], got ${threshold}`);
    this.threshold = threshold;
    const freq = new Map<string, number>();
    for (const text of vocabulary)
      for (const g of charNgrams(text)) freq.set(g, (freq.get(g) ?? 0) + 1);
    const order = [...freq.entries()].sort((x, y) =>
      x[1] !== y[1] ? x[1] - y[1] : x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0,
    );
    // Grams never seen in the vocabulary rank before all of them (rank -1, then by string).
    for (const [i, [g]] of order.entries()) this.rank.set(g, i);
  }

  get size(): number {
    return this.sets.length;
  }

  private prefix(set: Set<string>): string[] {
    const sorted = [...set].sort((x, y) => {
      const rx = this.rank.get(x) ?? -1;
      const ry = this.rank.get(y) ?? -1;
      return rx !== ry ? rx - ry : x < y ? -1 : x > y ? 1 : 0;
    });
    return sorted.slice(0, set.size - minOverlap(set.size, this.threshold) + 1);
  }

  /** Adds a text; returns its id (0, 1, 2, ... in the order added). */
  add(text: string): number {
    const id = this.sets.length;
    const set = charNgrams(text);
    this.sets.push(set);
    for (const g of this.prefix(set)) {
      const list = this.postings.get(g);
      if (list === undefined) this.postings.set(g, [id]);
      else list.push(id);
    }
    return id;
  }

  /** Every indexed text with similarity >= the threshold to `text`, by id. */
  query(text: string): NearDupMatch[] {
    const set = charNgrams(text);
    const t = this.threshold;
    const seen = new Set<number>();
    const out: NearDupMatch[] = [];
    for (const g of this.prefix(set)) {
      for (const id of this.postings.get(g) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const other = this.sets[id];
        if (other === undefined) continue;
        // length filter: J >= t needs t·|x| <= |y| <= |x| / t
        if (other.size < t * set.size - 1e-9 || set.size < t * other.size - 1e-9) continue;
        const s = jaccardOfSets(set, other);
        if (s >= t - 1e-12) out.push({ id, similarity: s });
      }
    }
    return out.sort((a, b) => a.id - b.id);
  }
}
