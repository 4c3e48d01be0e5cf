import * as ort from 'onnxruntime-node';

type RowData = Float32Array | BigInt64Array;

/** One per-sentence tensor [B, …] and the per-row copy of it that the decoder calls read. */
interface Slotted {
  source: RowData;
  type: ort.Tensor.Type;
  rest: number[];
  rowSize: number;
  /** Rows 0 .. capacity − 1; the first `slots.length` are the current layout's. */
  rows: RowData;
}

/**
 * The per-row copies of per-sentence decoder feeds (the encoder's `memory_mask` and every
 * layer's `cross_k_i`/`cross_v_i`, the shortlist's `output_mask`: [B, …] with one row per
 * sentence) for decoder calls whose rows belong to changing sentences.
 *
 * A beam search's rows change at nearly every step (a sentence's live beams shrink as its
 * hypotheses finish, its forced row comes and goes, a finished sentence leaves), and laying the
 * rows out in search order copied every row's cross-attention keys and values again each time
 * (`rows × S × H × 2 × layers` floats: 13% of a batch-32 decode's CPU). Here each row of a call
 * is a *slot* that keeps its place from call to call: `place` keeps every slot whose sentence
 * still needs a row where it is, moves a slot from past the new end into a freed place, and copies
 * from the per-sentence tensors only the rows a sentence gains, so a call costs the rows that
 * changed, not all of them. The caller reads a row's results at its slot (`slotOf`). Decoder rows
 * are independent of each other, so which slot a row takes never changes its results.
 */
export class RowSlots {
  private readonly tensors = new Map<string, Slotted>();
  /** The sentence of each slot of the current layout. */
  private slots: number[] = [];
  private capacity = 0;

  /**
   * `maxRows`: the most rows a call is expected to have (a beam search's batch × (beam + 1)):
   * once the first call's rows are outgrown, room for that many is made at once.
   */
  constructor(
    perSentence: Record<string, ort.Tensor>,
    private readonly maxRows = 0,
  ) {
    let batch: number | undefined;
    for (const [name, t] of Object.entries(perSentence)) {
      const [b, ...rest] = t.dims;
      if (b === undefined) throw new Error(`RowSlots: ${name} is a scalar`);
      if (batch !== undefined && b !== batch)
        throw new Error(`RowSlots: ${name} has ${b} rows where the others have ${batch}`);
      batch = b;
      if (t.type !== 'float32' && t.type !== 'int64')
        throw new Error(`RowSlots: ${name} is ${t.type}, not float32 or int64`);
      this.tensors.set(name, {
        source: t.data as RowData,
        type: t.type,
        rest,
        rowSize: rest.reduce((a, x) => a * x, 1),
        rows: t.type === 'int64' ? new BigInt64Array(0) : new Float32Array(0),
      });
    }
    this.sentences = batch ?? 0;
  }

  /** How many sentences the per-sentence tensors hold. */
  readonly sentences: number;

  /**
   * Lays out one decoder call whose row i belongs to sentence `sentences[i]`: returns the
   * slot of each row (`slotOf[i]`, a permutation of 0 .. rows − 1) and the feeds, [rows, …]
   * each, whose row `slotOf[i]` is sentence `sentences[i]`'s.
   */
  place(sentences: readonly number[]): {
    slotOf: Int32Array;
    feeds: Record<string, ort.Tensor>;
  } {
    const m = sentences.length;
    // the rows each sentence needs, in request order
    const need = new Map<number, number[]>();
    sentences.forEach((sid, i) => {
      if (!Number.isInteger(sid) || sid < 0 || sid >= this.sentences)
        throw new Error(`RowSlots: no sentence ${sid} (the batch has ${this.sentences})`);
      const q = need.get(sid);
      if (q === undefined) need.set(sid, [i]);
      else q.push(i);
    });
    const taken = new Map<number, number>();
    const nextOf = (sid: number): number | undefined => {
      const q = need.get(sid);
      const k = taken.get(sid) ?? 0;
      if (q === undefined || k >= q.length) return undefined;
      taken.set(sid, k + 1);
      return q[k];
    };
    this.reserve(m);
    const slotOf = new Int32Array(m).fill(-1);
    const next = new Array<number>(m).fill(-1);
    const moves: [from: number, row: number][] = [];
    this.slots.forEach((sid, j) => {
      const i = nextOf(sid);
      if (i === undefined) return;
      if (j < m) {
        slotOf[i] = j;
        next[j] = sid;
      } else moves.push([j, i]);
    });
    let hole = 0;
    const nextHole = (): number => {
      while (hole < m && next[hole] !== -1) hole++;
      return hole++;
    };
    // slots past the new end move into freed places (their old place is never a hole: j >= m)
    for (const [from, i] of moves) {
      const to = nextHole();
      for (const x of this.tensors.values())
        x.rows.copyWithin(to * x.rowSize, from * x.rowSize, (from + 1) * x.rowSize);
      slotOf[i] = to;
      next[to] = sentences[i] ?? -1;
    }
    // rows a sentence gains are copied from its per-sentence row
    for (const sid of need.keys()) {
      for (let i = nextOf(sid); i !== undefined; i = nextOf(sid)) {
        const to = nextHole();
        for (const x of this.tensors.values())
          (x.rows as Float32Array).set(
            (x.source as Float32Array).subarray(sid * x.rowSize, (sid + 1) * x.rowSize),
            to * x.rowSize,
          );
        slotOf[i] = to;
        next[to] = sid;
      }
    }
    this.slots = next;
    const feeds: Record<string, ort.Tensor> = {};
    for (const [name, x] of this.tensors)
      feeds[name] = new ort.Tensor(
        x.type as 'float32',
        x.rows.subarray(0, m * x.rowSize) as Float32Array,
        [m, ...x.rest],
      );
    return { slotOf, feeds };
  }

  /**
   * Room for `rows` slots, keeping the current ones: exactly `rows` the first time, then
   * `maxRows` or a quarter more than before, whichever is more.
   */
  private reserve(rows: number): void {
    if (rows <= this.capacity) return;
    const capacity =
      this.capacity === 0 ? rows : Math.max(rows, this.maxRows, Math.ceil(1.25 * this.capacity));
    for (const x of this.tensors.values()) {
      const grown =
        x.type === 'int64'
          ? new BigInt64Array(capacity * x.rowSize)
          : new Float32Array(capacity * x.rowSize);
      (grown as Float32Array).set(
        (x.rows as Float32Array).subarray(0, this.slots.length * x.rowSize),
      );
      x.rows = grown;
    }
    this.capacity = capacity;
  }
}
