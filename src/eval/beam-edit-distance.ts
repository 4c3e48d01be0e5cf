/**
 * sacreBLEU 2.6.0 `lib_ter.py` `BeamEditDistance`: Levenshtein distance from a hypothesis to
 * one fixed reference, computed only in a beam around the (length-ratio) diagonal, with a
 * prefix cache of matrix rows and the operation trace TER's shift search needs.
 *
 * Layout: every matrix row lives in one arena (`cost`, `op`), row k at `k * rowLen`. Row 0
 * is `_initial_row`; rows 1..`nodes` belong to cache nodes (a trie over hypothesis word ids,
 * `children` keyed by `parent * vocabSize + word`, Python's nested dicts); rows after them are
 * scratch for calls made once the cache is full.
 *
 * The cache never changes a result: the shift search only ever passes permutations of one
 * hypothesis, so all hypotheses have the same length, hence the same beam, hence a row depends
 * only on the words before it. The constructor takes that length and `distance` enforces it.
 */

const COST_INS = 1;
const COST_DEL = 1;
const COST_SUB = 1;

/** lib_ter.py `_BEAM_WIDTH` (tercom's). */
export const BEAM_WIDTH = 25;
/** lib_ter.py `_MAX_CACHE_SIZE`: number of cached rows (trie nodes). */
export const MAX_CACHE_SIZE = 10000;

/**
 * Python's `_INT_INFINITY` is 1e16 and Python ints never overflow; any value above every
 * reachable cost works the same (cells are either finite or exactly infinity, because
 * `INF > INF + k` is false), and 2^29 leaves Int32 headroom for `INF + 1`.
 */
const INF = 1 << 29;

// Edit operations (lib_ter.py `_OP_NOP`, `_OP_SUB`, `_OP_INS`, `_OP_DEL`, `_OP_UNDEF`), as
// seen when rewriting the hypothesis into the reference
const OP_NOP = 0;
const OP_SUB = 1;
const OP_INS = 2;
const OP_DEL = 3;
const OP_UNDEF = 4;

/**
 * The memory the matrix rows live in. One arena can serve many `BeamEditDistance`s one after
 * the other (not interleaved): reusing it saves allocating and zeroing megabytes per segment.
 */
export class RowArena {
  cost = new Int32Array(1 << 16);
  op = new Uint8Array(1 << 16);

  /** Grows to at least `cells` cells, keeping the contents. */
  reserve(cells: number): void {
    if (cells <= this.cost.length) return;
    const size = Math.max(cells, 2 * this.cost.length);
    const cost = new Int32Array(size);
    cost.set(this.cost);
    const op = new Uint8Array(size);
    op.set(this.op);
    this.cost = cost;
    this.op = op;
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
  private cost: Int32Array;
  private op: Uint8Array;
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
    this.cost = arena.cost;
    this.op = arena.op;
    // `_initial_row`: one insertion per reference word
    for (let j = 0; j <= nRef; j++) {
      this.cost[j] = j * COST_INS;
      this.op[j] = OP_INS;
    }
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
    if (withTrace) this.traceAlignment(n);
    return this.cost[last] ?? INF;
  }

  /** Last column (exclusive) of the beam in row i. */
  private beamEnd(i: number): number {
    // the last row is always complete, so that the final cell is reached
    if (i === this.nHyp) return this.rowLen;
    return Math.min(this.rowLen, Math.floor(i * this.lengthRatio) + this.beamWidth);
  }

  /** One row of `_edit_distance`'s Levenshtein loop, restricted to the beam. */
  private computeRow(words: Int32Array, i: number): void {
    const { cost, op, ref, rowLen } = this;
    const cur = (this.rowIdx[i] ?? 0) * rowLen;
    const prev = (this.rowIdx[i - 1] ?? 0) * rowLen;
    const minJ = Math.max(0, Math.floor(i * this.lengthRatio) - this.beamWidth);
    const maxJ = this.beamEnd(i);
    // Python starts each row as `_empty_row` (all infinite) so the beam never uses cells
    // outside it. Only the cells outside [minJ, maxJ) that are ever read need it: the one
    // left of the beam, and those the next row's wider beam reads (the beam only moves right)
    if (minJ > 0) cost[cur + minJ - 1] = INF;
    const nextEnd = i < this.nHyp ? this.beamEnd(i + 1) : maxJ;
    cost.fill(INF, cur + maxJ, cur + nextEnd);

    const w = words[i - 1];
    let j = minJ;
    if (j === 0) {
      cost[cur] = (cost[prev] ?? INF) + COST_DEL;
      op[cur] = OP_DEL;
      j = 1;
    }
    // carried in registers: the cell to the left (this row) and the diagonal (previous row)
    let left = cost[cur + j - 1] ?? INF;
    let diagCost = cost[prev + j - 1] ?? INF;
    for (; j < maxJ; j++) {
      const upCost = cost[prev + j] ?? INF;
      // tercom prefers no-op/substitution, then insertion, then deletion; the trace is
      // flipped later, so (as in `_edit_distance`) deletion is tried before insertion here.
      // A later operation wins only if strictly cheaper; starting from infinity.
      let best = INF;
      let bestOp = OP_UNDEF;
      const match = w === ref[j - 1];
      const diag = diagCost + (match ? 0 : COST_SUB);
      if (best > diag) {
        best = diag;
        bestOp = match ? OP_NOP : OP_SUB;
      }
      const up = upCost + COST_DEL;
      if (best > up) {
        best = up;
        bestOp = OP_DEL;
      }
      if (best > left + COST_INS) {
        best = left + COST_INS;
        bestOp = OP_INS;
      }
      cost[cur + j] = best;
      op[cur + j] = bestOp;
      left = best;
      diagCost = upCost;
    }
  }

  /**
   * Walks the trace back from the last cell (`_edit_distance`'s "get the trace") and applies
   * `_flip_trace` + `trace_to_alignment` on the way: a deletion here consumes a hypothesis
   * word (an insertion once flipped), an insertion consumes a reference word.
   */
  private traceAlignment(n: number): void {
    const { op, rowLen, align, hypErr, refErr } = this;
    let i = n;
    let j = rowLen - 1;
    while (i > 0 || j > 0) {
      const o = op[(this.rowIdx[i] ?? 0) * rowLen + j];
      if (o === OP_NOP || o === OP_SUB) {
        const err = o === OP_SUB ? 1 : 0;
        i -= 1;
        j -= 1;
        align[j] = i;
        hypErr[i] = err;
        refErr[j] = err;
      } else if (o === OP_INS) {
        j -= 1;
        align[j] = i - 1;
        refErr[j] = 1;
      } else if (o === OP_DEL) {
        i -= 1;
        hypErr[i] = 1;
      } else {
        throw new Error(`unknown operation ${String(o)} at (${i}, ${j})`);
      }
    }
  }

  /** Grows the arena to hold `rows` rows after row 0. */
  private reserve(rows: number): void {
    this.arena.reserve((rows + 1) * this.rowLen);
    this.cost = this.arena.cost;
    this.op = this.arena.op;
  }
}
