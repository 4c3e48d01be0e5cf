/**
 * N-grams as exact integers, for the hot loop of chrF: the symbols of one segment (its
 * hypothesis and references together) get dense ids 1..size, so an n-gram of ids is a number
 * in base `size + 1`, exact while (size + 1)^n <= 2^53. A hash table of typed arrays over
 * those numbers gives the clipped match count sum(min(hyp count, ref count)) that
 * sacreBLEU's `CHRF._get_match_statistics` computes with Counters, without a Map of strings
 * per order and side. Callers fall back to ngrams.ts when the keys would not be exact.
 */

/** Dense ids for the code points of one segment; `reset` between segments. */
export class CodePointAlphabet {
  private readonly bmpIds = new Int32Array(0x10000);
  private readonly bmpStamp = new Uint32Array(0x10000);
  private readonly astral = new Map<number, number>();
  private stamp = 1;
  size = 0;

  reset(): void {
    this.size = 0;
    this.astral.clear();
    if (this.stamp === 0xffffffff) {
      this.bmpStamp.fill(0);
      this.stamp = 0;
    }
    this.stamp++;
  }

  /** The ids of the code points of `text`. */
  ids(text: string): Int32Array {
    const out = new Int32Array(text.length);
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
          i++;
          let id = this.astral.get(c);
          if (id === undefined) this.astral.set(c, (id = ++this.size));
          out[n++] = id;
          continue;
        }
      }
      if (this.bmpStamp[c] !== this.stamp) {
        this.bmpStamp[c] = this.stamp;
        this.bmpIds[c] = ++this.size;
      }
      out[n++] = this.bmpIds[c] ?? 0;
    }
    return n === out.length ? out : out.subarray(0, n);
  }
}

/** Dense ids for the words of one segment; `reset` between segments. */
export class WordAlphabet {
  private readonly map = new Map<string, number>();

  get size(): number {
    return this.map.size;
  }

  reset(): void {
    this.map.clear();
  }

  ids(words: readonly string[]): Int32Array {
    const out = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const w = words[i] ?? '';
      let id = this.map.get(w);
      if (id === undefined) this.map.set(w, (id = this.map.size + 1));
      out[i] = id;
    }
    return out;
  }
}

/** Whether n-grams up to `maxOrder` over `size` symbols are exact doubles. */
export function keysFit(size: number, maxOrder: number): boolean {
  return Math.pow(size + 1, maxOrder) <= Number.MAX_SAFE_INTEGER;
}

/**
 * The n-grams of one hypothesis, all orders up to maxOrder, in an open-addressing hash table
 * of typed arrays reused across segments (a generation stamp empties it in O(1)). An n-gram
 * of order n is the base-(size+1) number of its ids; ids start at 1, so orders occupy
 * disjoint ranges [base^(n-1), base^n) and share the table without colliding.
 */
export class NgramTable {
  private keys = new Float64Array(0);
  private counts = new Int32Array(0);
  private used = new Int32Array(0);
  private stamps = new Uint32Array(0);
  private usedStamps = new Uint32Array(0);
  private best = new Int32Array(0);
  private bestStamps = new Uint32Array(0);
  private mask = 0;
  private generation = 0;
  private refGeneration = 0;
  private base = 1;
  private maxOrder = 1;

  /** Empties the table and fills it with the n-grams of `ids`. */
  loadHypothesis(ids: Int32Array, maxOrder: number, size: number): void {
    this.base = size + 1;
    this.maxOrder = maxOrder;
    this.prepare(ids.length * maxOrder);
    for (let i = 0; i < ids.length; i++) {
      let key = 0;
      const top = Math.min(maxOrder, ids.length - i);
      for (let n = 0; n < top; n++) {
        key = key * this.base + (ids[i + n] ?? 0);
        const slot = this.find(key);
        if (this.stamps[slot] !== this.generation) {
          this.stamps[slot] = this.generation;
          this.keys[slot] = key;
          this.counts[slot] = 1;
        } else {
          this.counts[slot] = (this.counts[slot] ?? 0) + 1;
        }
      }
    }
  }

  /**
   * matches[n-1] = sum over n-grams of min(hypothesis count, reference count), counted by
   * letting each reference occurrence take one unused hypothesis occurrence.
   */
  matchReference(ids: Int32Array, matches: number[]): void {
    this.refGeneration =
      this.refGeneration === 0xffffffff ? this.resetUsed() : this.refGeneration + 1;
    for (let n = 0; n < this.maxOrder; n++) matches[n] = 0;
    for (let i = 0; i < ids.length; i++) {
      let key = 0;
      const top = Math.min(this.maxOrder, ids.length - i);
      for (let n = 0; n < top; n++) {
        key = key * this.base + (ids[i + n] ?? 0);
        const slot = this.find(key);
        if (this.stamps[slot] !== this.generation) continue;
        const used = this.usedStamps[slot] === this.refGeneration ? (this.used[slot] ?? 0) : 0;
        if (used < (this.counts[slot] ?? 0)) {
          this.usedStamps[slot] = this.refGeneration;
          this.used[slot] = used + 1;
          matches[n] = (matches[n] ?? 0) + 1;
        }
      }
    }
  }

  /**
   * BLEU's clipping against several references (`BLEU._extract_reference_info` keeps the
   * maximum count of each n-gram over the references): matches[n-1] = sum over n-grams of
   * min(hypothesis count, max over references of reference count), which is the sum of
   * max over references of min(hypothesis count, reference count).
   */
  matchReferencesMax(refs: readonly Int32Array[], matches: number[]): void {
    for (let n = 0; n < this.maxOrder; n++) matches[n] = 0;
    // The best stamps follow the hypothesis generation: one table load, one maximum.
    const bestGeneration = this.generation;
    const perRef: number[] = [];
    for (const ids of refs) {
      this.matchReference(ids, perRef);
      for (let i = 0; i < ids.length; i++) {
        let key = 0;
        const top = Math.min(this.maxOrder, ids.length - i);
        for (let n = 0; n < top; n++) {
          key = key * this.base + (ids[i + n] ?? 0);
          const slot = this.find(key);
          if (this.stamps[slot] !== this.generation || this.usedStamps[slot] !== this.refGeneration)
            continue;
          const used = this.used[slot] ?? 0;
          const best = this.bestStamps[slot] === bestGeneration ? (this.best[slot] ?? 0) : 0;
          if (used > best) {
            matches[n] = (matches[n] ?? 0) + used - best;
            this.best[slot] = used;
            this.bestStamps[slot] = bestGeneration;
          }
        }
      }
    }
  }

  /** The slot holding `key`, or the empty slot where it would go (linear probing). */
  private find(key: number): number {
    const lo = key >>> 0;
    const hi = (key / 4294967296) >>> 0;
    let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 15;
    let slot = h & this.mask;
    while (this.stamps[slot] === this.generation && this.keys[slot] !== key)
      slot = (slot + 1) & this.mask;
    return slot;
  }

  /** A new generation, the arrays grown to keep the load factor at most 1/2. */
  private prepare(entries: number): void {
    if (this.keys.length < 2 * entries || this.keys.length === 0) {
      let capacity = 1024;
      while (capacity < 2 * entries) capacity *= 2;
      this.keys = new Float64Array(capacity);
      this.counts = new Int32Array(capacity);
      this.used = new Int32Array(capacity);
      this.stamps = new Uint32Array(capacity);
      this.usedStamps = new Uint32Array(capacity);
      this.best = new Int32Array(capacity);
      this.bestStamps = new Uint32Array(capacity);
      this.mask = capacity - 1;
      this.generation = 0;
      this.refGeneration = 0;
    }
    if (this.generation === 0xffffffff) {
      this.stamps.fill(0);
      this.bestStamps.fill(0);
      this.generation = 0;
    }
    this.generation++;
  }

  private resetUsed(): number {
    this.usedStamps.fill(0);
    return 1;
  }
}
