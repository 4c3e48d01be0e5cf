import * as ort from 'onnxruntime-node';
import type { EncoderInput } from './encoder-input.js';
import type { Manifest } from './manifest.js';
import type { Sessions } from './sessions.js';

/**
 * What the columns of one batch's `log_probs` are. Without a shortlist, column j is token j
 * (all V of them). With the output-vocabulary shortlist (docs/model-format.md, format version
 * 3), the columns are U, the union over the batch's sentences of
 *
 *     allowed(sentence) = S ∪ {eos} ∪ (the sentence's encoder input ids − {bos, pad}),
 *
 * in increasing token order, and each decoder row gets an additive mask (0 on its own
 * sentence's allowed ids, −∞ elsewhere) before the graph's LogSoftmax: a sentence's
 * log-probabilities are renormalized over its own allowed set, whatever else shares the
 * batch. Columns follow token order, so the flattened order k·|U| + j ranks ties exactly as
 * the reference's k·V + token does (training/ape/decode.py `Restricted`). Where the decoder
 * graph holds the rows of B = S − {eos} (format version 8), only the rows of E = U − B are
 * fed, and the columns are B then E (each increasing): `tokenOrder` then lists the columns in
 * token order, so that ties are still ranked by token.
 */
export interface OutputColumns {
  /** Columns of log_probs: V, or |U|. */
  readonly size: number;
  /** The token id of column j. */
  token(j: number): number;
  /** The column of token t; −1 when no sentence of the batch may write it. */
  column(t: number): number;
  /** The columns in increasing token order; absent when that is column order. */
  readonly tokenOrder?: Int32Array | undefined;
  /** Extra decoder feeds for rows whose sentences are `rowSentence[r]` (none without a shortlist). */
  feeds(rowSentence: readonly number[]): Record<string, ort.Tensor>;
  /** The same feeds split: those every row shares, and those [B, …] with one row per sentence. */
  split(): { shared: Record<string, ort.Tensor>; perSentence: Record<string, ort.Tensor> };
}

class FullVocabulary implements OutputColumns {
  readonly tokenOrder = undefined;
  constructor(readonly size: number) {}
  token(j: number): number {
    return j;
  }
  column(t: number): number {
    return t >= 0 && t < this.size ? t : -1;
  }
  feeds(): Record<string, ort.Tensor> {
    return {};
  }
  split(): { shared: Record<string, ort.Tensor>; perSentence: Record<string, ort.Tensor> } {
    return { shared: {}, perSentence: {} };
  }
}

class ShortlistColumns implements OutputColumns {
  constructor(
    /** The token of each column. */
    private readonly union: Int32Array,
    private readonly columnOf: Int32Array,
    /** The union's row feeds: output_weight/output_bias, or extra_weight/extra_bias. */
    private readonly rowFeeds: Record<string, ort.Tensor>,
    readonly tokenOrder: Int32Array | undefined,
    /** One mask row of |U| values per sentence of the batch. */
    private readonly masks: Float32Array[],
  ) {}

  get size(): number {
    return this.union.length;
  }

  token(j: number): number {
    return this.union[j] ?? -1;
  }

  column(t: number): number {
    return this.columnOf[t] ?? -1;
  }

  feeds(rowSentence: readonly number[]): Record<string, ort.Tensor> {
    const K = this.union.length;
    const mask = new Float32Array(rowSentence.length * K);
    rowSentence.forEach((sid, r) => {
      const m = this.masks[sid];
      if (m === undefined) throw new Error(`output mask: no sentence ${sid} in this batch`);
      mask.set(m, r * K);
    });
    return {
      ...this.rowFeeds,
      output_mask: new ort.Tensor('float32', mask, [rowSentence.length, K]),
    };
  }

  split(): { shared: Record<string, ort.Tensor>; perSentence: Record<string, ort.Tensor> } {
    const { output_mask, ...shared } = this.feeds(this.masks.map((_, i) => i));
    return { shared, perSentence: output_mask === undefined ? {} : { output_mask } };
  }
}

/** U, its columns and the decoder's row feeds for it, for one union. */
interface Union {
  /** The token of each column. */
  union: Int32Array;
  columnOf: Int32Array;
  rowFeeds: Record<string, ort.Tensor>;
  tokenOrder: Int32Array | undefined;
}

/** The position of each base token in B (−1 elsewhere), per sessions. */
const basePositions = new WeakMap<Sessions, Int32Array>();

function basePosition(s: Sessions, base: Int32Array): Int32Array {
  let at = basePositions.get(s);
  if (at === undefined) {
    at = new Int32Array(s.vocabSize).fill(-1);
    base.forEach((t, j) => {
      if (at !== undefined) at[t] = j;
    });
    basePositions.set(s, at);
  }
  return at;
}

async function rowsOf(s: Sessions, tokens: readonly number[]): Promise<[ort.Tensor, ort.Tensor]> {
  const rows = s.shortlist?.rows;
  if (rows === undefined) throw new Error('rowsOf: no shortlist');
  const ids = BigInt64Array.from(tokens, (t) => BigInt(t));
  const out = await rows.run({ vocab_ids: new ort.Tensor('int64', ids, [ids.length]) });
  const weight = out.output_weight;
  const bias = out.output_bias;
  if (weight === undefined || bias === undefined)
    throw new Error('shortlist rows graph outputs output_weight/output_bias missing');
  return [weight, bias];
}

async function unionOf(s: Sessions, inUnion: Uint8Array): Promise<Union> {
  const shortlist = s.shortlist;
  if (shortlist === undefined) throw new Error('unionOf: no shortlist');
  const columnOf = new Int32Array(inUnion.length).fill(-1);
  const unionList: number[] = [];
  for (let t = 0; t < inUnion.length; t++) {
    if (inUnion[t] === 1) {
      columnOf[t] = unionList.length;
      unionList.push(t);
    }
  }
  if (shortlist.base === undefined) {
    const [weight, bias] = await rowsOf(s, unionList);
    return {
      union: Int32Array.from(unionList),
      columnOf,
      rowFeeds: { output_weight: weight, output_bias: bias },
      tokenOrder: undefined,
    };
  }
  // the graph's columns are B then E = U − B (every id of B is in U: U ⊇ S ∪ {eos})
  const base = shortlist.base;
  const at = basePosition(s, base);
  const extra = unionList.filter((t) => (at[t] ?? -1) < 0);
  if (unionList.length - extra.length !== base.length)
    throw new Error('shortlist union: it must hold every id of the base rows');
  const union = new Int32Array(unionList.length);
  union.set(base);
  union.set(extra, base.length);
  union.forEach((t, j) => (columnOf[t] = j));
  const tokenOrder = Int32Array.from(unionList, (t) => columnOf[t] ?? -1);
  const [weight, bias] = await rowsOf(s, extra);
  return { union, columnOf, rowFeeds: { extra_weight: weight, extra_bias: bias }, tokenOrder };
}

/**
 * S ∪ {eos} with its rows, gathered once per sessions: most batches add no token of their
 * own to it (S holds every wordpiece of the training triplets), and then reuse it as is.
 */
const baseUnions = new WeakMap<Sessions, Promise<Union>>();

function baseUnion(s: Sessions, eos: number): Promise<Union> {
  let u = baseUnions.get(s);
  if (u === undefined) {
    const inUnion = new Uint8Array(s.vocabSize);
    for (const id of s.shortlist?.ids ?? []) inUnion[id] = 1;
    inUnion[eos] = 1;
    u = unionOf(s, inUnion);
    baseUnions.set(s, u);
  }
  return u;
}

/** The columns for decoding `inputs` together (at most one run of the shortlist's rows graph). */
export async function outputColumns(
  s: Sessions,
  inputs: readonly EncoderInput[],
  special: Manifest['specialTokens'],
): Promise<OutputColumns> {
  const shortlist = s.shortlist;
  const V = s.vocabSize;
  if (shortlist === undefined) return new FullVocabulary(V);
  const own = (x: EncoderInput): number[] =>
    x.inputIds.filter((id) => id !== special.bos && id !== special.pad && id >= 0 && id < V);
  const base = await baseUnion(s, special.eos);
  const extra = inputs.some((x) => own(x).some((id) => (base.columnOf[id] ?? -1) < 0));
  let u = base;
  if (extra) {
    const inUnion = new Uint8Array(V);
    for (const t of base.union) inUnion[t] = 1;
    for (const x of inputs) for (const id of own(x)) inUnion[id] = 1;
    u = await unionOf(s, inUnion);
  }
  // each sentence's mask: 0 on S ∪ {eos} and on its own tokens, −∞ on the other sentences' extras
  const template = new Float32Array(u.union.length).fill(-Infinity);
  for (const t of base.union) template[u.columnOf[t] ?? 0] = 0;
  const masks = inputs.map((x) => {
    if (!extra) return template;
    const m = template.slice();
    for (const id of own(x)) m[u.columnOf[id] ?? 0] = 0;
    return m;
  });
  return new ShortlistColumns(u.union, u.columnOf, u.rowFeeds, u.tokenOrder, masks);
}
