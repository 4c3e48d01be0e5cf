/**
 * sacreBLEU 2.6.0 `lib_ter.py` `BeamEditDistance`: Levenshtein distance from a hypothesis to
 * one fixed reference, computed only in a beam around the (length-ratio) diagonal, with a
 * prefix cache of matrix rows and the operation trace TER's shift search needs.
 *
 * Layout: every matrix row lives in one arena, row k at `k * rowLen`. Row 0 is
 * `_initial_row`; rows 1..`nodes` belong to cache nodes (a trie over hypothesis word ids,
 * `children` keyed by `parent * vocabSize + word`, Python's nested dicts); rows after them are
 * scratch for calls made once the cache is full. A cell packs Python's `(cost, op)` tuple into
 * one int, `cost * 4 + rank` (see `DIAG`).
 *
 * The cache never changes a result: the shift search only ever passes permutations of one
 * hypothesis, so all hypotheses have the same length, hence the same beam, hence a row depends
 * only on the words before it. The constructor takes that length and `distance` enforces it.
 */

/** lib_ter.py `_BEAM_WIDTH` (tercom's). */
export const BEAM_WIDTH = 25;
/** lib_ter.py `_MAX_CACHE_SIZE`: number of cached rows (trie nodes). */
export const MAX_CACHE_SIZE = 10000;

/**
 * The operation of a cell, as its rank in `_edit_distance`'s order of preference: no-op or
 * substitution (told apart by comparing the words), deletion, insertion. Python keeps the
 * first cheapest operation in that order (a later one must be strictly cheaper), which is
 * exactly the minimum of `cost * 4 + rank`.
 */
const DIAG = 0;
const DEL = 1;
const INS = 2;

/**
 * Python's `_INT_INFINITY` (1e16) marks cells outside the beam. Python leaves a cell at
 * exactly infinity when no operation reaches it with a finite cost; here such a cell may
 * hold infinity plus a few edits instead. That is never seen: a finite cost always beats
 * it, the final cell is always finite, and the trace only visits the cells that made it.
 * 2^28 * 4 plus any real length stays within Int32.
 */
const INF = 1 << 28;
const INF_CELL = INF << 2;

/**
 * The memory the matrix rows live in. One arena can serve many `BeamEditDistance`s one after
 * the other (not interleaved): reusing it saves allocating and zeroing megabytes per segment.
 */
export class RowArena {
  cells = new Int32Array(1 << 16);

  /** Grows to at least `size` cells, keeping the contents. */
  reserve(size: number): void {
    if (size <= this.cells.length) return;
    const cells = new Int32Array(Math.max(size, 2 * this.cells.length));
    cells.set(this.cells);
    this.cells = cells;
  }
}

export class BeamEditDistance {
  /**
   * After `distance(words, true)`: lib_ter.py `trace_to_alignment` of the flipped trace.
   * `align[r]` is the hypothesis position aligned to reference word r (-1 before the first),
   * `hypErr`/`refErr` flag words that are not exact matches.
   */
  readonly align: Int32Array;
  readonly hypErr: Uint8Array;
  readonly refErr: Uint8Array;

  private readonly rowLen: number;
  private readonly lengthRatio: number;
  private readonly beamWidth: number;
  private cells: Int32Array;
  private nodes = 0;
  private readonly children = new Map<number, number>();
  /** Arena row of each matrix row of the current call (Python's `dist` list). */
  private readonly rowIdx: Int32Array;

  constructor(
    private readonly ref: Int32Array,
    private readonly vocabSize: number,
    private readonly nHyp: number,
    private readonly arena: RowArena = new RowArena(),
  ) {
    const nRef = ref.length;
    this.rowLen = nRef + 1;
    this.align = new Int32Array(nRef);
    this.refErr = new Uint8Array(nRef);
    this.hypErr = new Uint8Array(nHyp);
    this.rowIdx = new Int32Array(nHyp + 1);
    arena.reserve(this.rowLen * (2 * nHyp + 2));
    this.cells = arena.cells;
    // `_initial_row`: one insertion per reference word
    for (let j = 0; j <= nRef; j++) this.cells[j] = (j << 2) | INS;
    // `_edit_distance`: the beam follows the pseudo-diagonal i * nRef / nHyp and widens when
    // the lengths differ so much that consecutive rows would not overlap
    this.lengthRatio = nHyp > 0 ? nRef / nHyp : 1;
    this.beamWidth =
      BEAM_WIDTH < this.lengthRatio / 2 ? Math.ceil(this.lengthRatio / 2 + BEAM_WIDTH) : BEAM_WIDTH;
  }

  /** `BeamEditDistance.__call__`: the edit distance; with `withTrace`, also fills the alignment. */
  distance(words: Int32Array, withTrace: boolean): number {
    const n = words.length;
    if (n !== this.nHyp) throw new RangeError(`hypothesis has ${n} words, expected ${this.nHyp}`);
    const V = this.vocabSize;
    const rowIdx = this.rowIdx;

    // `_find_cache`: skip the leading words whose rows are cached
    let node = 0;
    let start = 0;
    rowIdx[0] = 0;
    while (start < n) {
      const child = this.children.get(node * V + (words[start] ?? 0));
      if (child === undefined) break;
      node = child;
      start += 1;
      rowIdx[start] = child;
    }

    // `_add_cache` (decided up front: it checks the size once, before adding a call's rows)
    const caching = this.nodes < MAX_CACHE_SIZE;
    this.reserve(this.nodes + (n - start) + 1);
    for (let i = start + 1; i <= n; i++) {
      if (caching) {
        this.nodes += 1;
        this.children.set(node * V + (words[i - 1] ?? 0), this.nodes);
        node = this.nodes;
        rowIdx[i] = node;
      } else {
        rowIdx[i] = this.nodes + (i - start);
      }
      this.computeRow(words, i);
    }

    const last = (rowIdx[n] ?? 0) * this.rowLen + this.rowLen - 1;
    if (withTrace) this.traceAlignment(words);
    return (this.cells[last] ?? INF_CELL) >> 2;
  }

  /** Last column (exclusive) of the beam in row i. */
  private beamEnd(i: number): number {
    // the last row is always complete, so that the final cell is reached
    if (i === this.nHyp) return this.rowLen;
    return Math.min(this.rowLen, Math.floor(i * this.lengthRatio) + this.beamWidth);
  }

  /** One row of `_edit_distance`'s Levenshtein loop, restricted to the beam. */
  private computeRow(words: Int32Array, i: number): void {
    const { cells, ref, rowLen } = this;
    const cur = (this.rowIdx[i] ?? 0) * rowLen;
    const prev = (this.rowIdx[i - 1] ?? 0) * rowLen;
    const minJ = Math.max(0, Math.floor(i * this.lengthRatio) - this.beamWidth);
    const maxJ = this.beamEnd(i);
    // Python starts each row as `_empty_row` (all infinite) so the beam never uses cells
    // outside it. Only the cells outside [minJ, maxJ) that are ever read need it: the one
    // left of the beam, and those the next row's wider beam reads (the beam only moves right)
    if (minJ > 0) cells[cur + minJ - 1] = INF_CELL;
    const nextEnd = i < this.nHyp ? this.beamEnd(i + 1) : maxJ;
    cells.fill(INF_CELL, cur + maxJ, cur + nextEnd);

    const w = words[i - 1];
    let j = minJ;
    if (j === 0) {
      cells[cur] = ((((cells[prev] ?? INF_CELL) >> 2) + 1) << 2) | DEL;
      j = 1;
    }
    // carried in registers: the cell to the left (this row), the diagonal's cost (previous row)
    let left = cells[cur + j - 1] ?? INF_CELL;
    let diagCost = (cells[prev + j - 1] ?? INF_CELL) >> 2;
    for (; j < maxJ; j++) {
      const upCost = (cells[prev + j] ?? INF_CELL) >> 2;
      // costs of 1 for substitution, deletion and insertion, 0 for a match; the first
      // cheapest in the order no-op/substitution, deletion, insertion wins. (Tercom prefers
      // insertion to deletion; the trace gets flipped, hence the swap, as `_edit_distance` says.)
      const diag = (diagCost + (w === ref[j - 1] ? 0 : 1)) << 2;
      const up = ((upCost + 1) << 2) | DEL;
      const ins = (((left >> 2) + 1) << 2) | INS;
      let best = diag < up ? diag : up;
      if (ins < best) best = ins;
      cells[cur + j] = best;
      left = best;
      diagCost = upCost;
    }
  }

  /**
   * Walks the trace back from the last cell (`_edit_distance`'s "get the trace") and applies
   * `_flip_trace` + `trace_to_alignment` on the way: a deletion here consumes a hypothesis
   * word (an insertion once flipped), an insertion consumes a reference word.
   */
  private traceAlignment(words: Int32Array): void {
    const { cells, ref, rowLen, align, hypErr, refErr } = this;
    let i = words.length;
    let j = rowLen - 1;
    while (i > 0 || j > 0) {
      const rank = (cells[(this.rowIdx[i] ?? 0) * rowLen + j] ?? INF_CELL) & 3;
      if (rank === DIAG) {
        // no-op or substitution
        const err = words[i - 1] === ref[j - 1] ? 0 : 1;
        i -= 1;
        j -= 1;
        align[j] = i;
        hypErr[i] = err;
        refErr[j] = err;
      } else if (rank === INS) {
        j -= 1;
        align[j] = i - 1;
        refErr[j] = 1;
      } else {
        i -= 1;
        hypErr[i] = 1;
      }
    }
  }

  /** Grows the arena to hold `rows` rows after row 0. */
  private reserve(rows: number): void {
    this.arena.reserve((rows + 1) * this.rowLen);
    this.cells = this.arena.cells;
  }
}
