import * as ort from 'onnxruntime-node';
import { padBatch, type EncoderBatch, type EncoderInput } from './encoder-input.js';
import { draftTokens, mtDraftSource, type DraftOptions } from './draft.js';
import type { ForcedTarget } from './forced.js';
import { selectRows } from './kv-cache.js';
import { RowSlots } from './row-slots.js';
import { gatedRows, runGate } from './gate.js';
import { FREE_WORD, LexiconConstraint, loadLexicon, type WordState } from './lexicon.js';
import type { LengthPenalty, Manifest } from './manifest.js';
import { outputColumns, type OutputColumns } from './output-vocab.js';
import { onlyInputs, type Sessions } from './sessions.js';
import { DecodeCancelled } from './worker-protocol.js';

/**
 * Beam search exactly as docs/model-format.md "Decoding" states it (the Python reference
 * decoder, training/ape, implements the same text); batched over many sentences, each with
 * its own beams, finished sentences leaving the batch.
 */
export interface BeamOptions {
  beam: number;
  /** How many finished hypotheses to return per sentence (≤ what the search finished). */
  nbest: number;
  lengthPenalty: LengthPenalty;
  lengthPenaltyAlpha: number;
  minLength: number;
  maxLengthRatio: number;
  maxLengthOffset: number;
  /**
   * The model's lexicon.json (docs/model-format.md, "Target lexicon", format version 4): every
   * alphabetic output word must be a word of the segment's src or mt or of the lexicon
   * (src/model/lexicon.ts). Absent: unconstrained.
   */
  lexicon?: string;
  /**
   * MT-drafted decoding (src/model/draft.ts), used when the decoder graphs take several
   * positions per call (format version 5); absent: one position per call.
   */
  draft?: DraftOptions;
  /**
   * Run the model's keep-or-edit gate (docs/model-format.md, "Keep-or-edit gate", format
   * version 6) after the encoder, when the sessions have one: a sentence whose pi(edit) is
   * exactly 0 leaves the batch before the first decoder call (no hypotheses, `gated` true).
   */
  gate?: boolean;
}

/**
 * Names the search rules of docs/model-format.md "Decoding" this file implements, so that
 * hypotheses cached elsewhere (bench/results) can say which rules made them. Changed whenever
 * a rule changes what the search outputs. 'eos-top-k': an eos finishes a hypothesis only when
 * it ranks within the K best candidates of its step (commit ea0ea19); before it, every eos
 * among the 2K best did ('eos-top-2k', what a cache without a rule name was decoded with).
 */
export const SEARCH_RULES = 'eos-top-k';
export const SEARCH_RULES_BEFORE_NAMING = 'eos-top-2k';

/** Output tokens (without bos and eos) and the normalized score. */
export interface Hypothesis {
  tokens: number[];
  score: number;
}

export interface BeamStats {
  /** Search steps (a token chosen for every live beam). */
  steps: number;
  /** Decoder calls: `steps` without drafts; fewer when drafts are followed (src/model/draft.ts). */
  calls: number;
  /** Decoder positions summed over calls (the work done: rows × positions), forced rows included. */
  rowSteps: number;
  /** Forced target tokens scored (src/model/forced.ts), one per step of each forced row. */
  forcedRowSteps: number;
  /**
   * Of those, the ones read from a live beam's row because that beam's hypothesis was the
   * target's prefix (it fed the same tokens): no decoder row of their own.
   */
  forcedSharedSteps: number;
}

/** lp(len): `avg` divides by the length, `gnmt` is Wu et al. 2016 eq. 14, `none` is 1. */
export function lengthPenalty(kind: LengthPenalty, alpha: number, len: number): number {
  if (kind === 'avg') return len;
  if (kind === 'gnmt') return Math.pow((5 + len) / 6, alpha);
  return 1;
}

/** maxLen = floor(maxLengthRatio · len(mt wordpieces)) + maxLengthOffset, at least one step. */
export function maxLength(
  mtLength: number,
  o: Pick<BeamOptions, 'maxLengthRatio' | 'maxLengthOffset'>,
): number {
  return Math.max(1, Math.floor(o.maxLengthRatio * mtLength) + o.maxLengthOffset);
}

export interface Candidate {
  /** The live beam (row of the sentence) it extends. */
  k: number;
  /** The column of log_probs (src/model/output-vocab.ts): the token is `columns.token(v)`. */
  v: number;
  /** score[k] + logProbs[k, v]. */
  cand: number;
}

/**
 * What `beamSearch` reports at each decoder step of each sentence (bench/batch-invariance.ts
 * compares these between a sentence decoded alone and inside a batch): the 2K best
 * candidates, best first, with the token each writes.
 */
export type StepTrace = (
  step: number,
  sentence: number,
  top: readonly (Candidate & { token: number })[],
) => void;

/**
 * The `count` best of score[k] + logProbs[k, v] over the flattened K·V of one sentence (row k
 * of logProbs starts at `rowAt[k]`: a sentence's rows need not be adjacent), best
 * first; equal values keep flattened-index order (k·V + v), because a value only displaces
 * strictly smaller ones and the scan runs in index order. With `order` (the columns in token
 * order, OutputColumns.tokenOrder), each row is scanned in that order instead, so equal
 * values keep k·V + token order whatever the columns' order.
 *
 * The scan is the hot loop of decoding on the JS side (V ≈ 30K values per row per step), so
 * each row first compares logProbs[v] alone against `floor`, the current cut-off minus the
 * row's score, lowered by a margin far above double rounding: a value under it cannot enter
 * the list, and every other value takes the exact path (the same sum and comparisons as a
 * plain scan), so the result is the plain scan's, bit for bit (test/model/top-candidates.test.ts).
 */
export function topCandidates(
  logProbs: Float32Array,
  rowAt: readonly number[],
  scores: number[],
  vocab: number,
  count: number,
  bannedToken: number,
  masks?: readonly (Uint8Array | undefined)[],
  order?: Int32Array,
): Candidate[] {
  const vals: number[] = [];
  const flat: number[] = [];
  for (let k = 0; k < scores.length; k++) {
    const score = scores[k] ?? -Infinity;
    if (score === -Infinity || Number.isNaN(score)) continue;
    const base = rowAt[k] ?? 0;
    const mask = masks?.[k];
    let floor = rowFloor(vals, count, score);
    for (let i = 0; i < vocab; i++) {
      const v = order === undefined ? i : (order[i] as number);
      const x = logProbs[base + v] as number;
      if (x < floor || v === bannedToken || mask?.[v] === 0) continue;
      const c = score + x;
      if (c === -Infinity || Number.isNaN(c)) continue;
      if (vals.length === count && c <= (vals[count - 1] ?? Infinity)) continue;
      let pos = vals.length;
      while (pos > 0 && (vals[pos - 1] ?? Infinity) < c) pos--;
      vals.splice(pos, 0, c);
      flat.splice(pos, 0, k * vocab + v);
      if (vals.length > count) {
        vals.pop();
        flat.pop();
      }
      floor = rowFloor(vals, count, score);
    }
  }
  return vals.map((cand, i) => {
    const f = flat[i] ?? 0;
    return { k: Math.floor(f / vocab), v: f % vocab, cand };
  });
}

/**
 * Below this, logProbs[v] cannot make score + logProbs[v] beat the list's last value: the
 * cut-off minus the score, less 1e-9 relative (double rounding of one sum is ~1e-16
 * relative). −∞ while the list is not full (everything finite is taken).
 */
function rowFloor(vals: number[], count: number, score: number): number {
  if (vals.length < count) return -Infinity;
  const last = vals[count - 1] ?? Infinity;
  const floor = last - score;
  return floor - 1e-9 * (1 + Math.abs(last) + Math.abs(score));
}

interface SentenceState {
  /** Empty once the sentence's search is done (its forced row may still be going). */
  live: Hypothesis[];
  /** Finished hypotheses in the order they finished (the tie-break of the final sort). */
  finished: Hypothesis[];
  maxLen: number;
  /** The target scored alongside (conservative decoding), one row after the live beams. */
  forced: ForcedTarget | undefined;
  /**
   * The live beam whose hypothesis is the forced target's prefix (so its row's log-probs are
   * the forced row's, exactly: the same tokens fed at the same positions), or −1: the forced
   * row then has a decoder row of its own, after the live beams.
   */
  forcedShare: number;
  /** With a lexicon: the current word of each live beam (src/model/lexicon.ts). */
  words: WordState[];
}

/** Whether the sentence's forced row needs a decoder row of its own at this step. */
function ownForcedRow(st: SentenceState): boolean {
  return st.forced !== undefined && !st.forced.done && st.forcedShare < 0;
}

/** Decoder rows of a sentence at this step: its live beams, then its forced row if it needs one. */
function rowCount(st: SentenceState): number {
  return st.live.length + (ownForcedRow(st) ? 1 : 0);
}

/** The live beam whose hypothesis is the forced target's prefix, or −1. */
function forcedShare(st: SentenceState): number {
  const f = st.forced;
  if (f === undefined || f.done) return -1;
  return st.live.findIndex((h) => f.follows(h.tokens));
}

/** Encoder outputs a decoder step reads, keyed by its input names, with the padded batch. */
export interface EncodedBatch {
  enc: EncoderBatch;
  /** The encoder's `memory` [B, S, H], when the graph has that output (the gate reads it). */
  memory: ort.Tensor | undefined;
  /** `memory_mask` and every layer's `cross_k_i`/`cross_v_i`, one row per input. */
  perSentence: Record<string, ort.Tensor>;
}

/**
 * Runs encoder.onnx once over the padded batch (docs/model-format.md, "encoder.onnx"), its
 * length rounded up to a multiple of `padMultiple` (src/model/encoder-input.ts).
 */
export async function runEncoder(
  s: Sessions,
  inputs: EncoderInput[],
  pad: number,
  padMultiple = 1,
): Promise<EncodedBatch> {
  const enc = padBatch(inputs, pad, padMultiple);
  const dims = [enc.batch, enc.length];
  const encOut = await s.encoder.run(
    onlyInputs(s.encoder, {
      input_ids: new ort.Tensor('int64', enc.inputIds, dims),
      token_type_ids: new ort.Tensor('int64', enc.tokenTypeIds, dims),
      position_ids: new ort.Tensor('int64', enc.positionIds, dims),
      attention_mask: new ort.Tensor('int64', enc.attentionMask, dims),
    }),
  );
  const perSentence: Record<string, ort.Tensor> = {
    memory_mask: new ort.Tensor('int64', enc.attentionMask, dims),
  };
  for (let i = 0; i < s.layers; i++) {
    for (const name of [`cross_k_${i}`, `cross_v_${i}`]) {
      const t = encOut[name];
      if (t === undefined) throw new Error(`encoder output ${name} missing`);
      perSentence[name] = t;
    }
  }
  return { enc, memory: encOut.memory, perSentence };
}

/** The per-sentence encoder feeds laid out one row per decoder row (`rowSentence[r]` = its sentence). */
function rowsOf(
  perSentence: Record<string, ort.Tensor>,
  rowSentence: number[],
): Record<string, ort.Tensor> {
  return Object.fromEntries(
    Object.entries(perSentence).map(([name, tensor]) => [name, selectRows(tensor, rowSentence)]),
  );
}

/** One decoder call: T positions for each of its rows (src/model/draft.ts). */
interface Block {
  /** Its `present_*` outputs: the cache of its rows, P + T positions each. */
  out: Record<string, ort.Tensor>;
  /** log_probs, row-major [rows · T, vocab]. */
  lp: Float32Array;
  vocab: number;
  rows: number;
  T: number;
  /** The tokens fed, [rows · T]. */
  fed: Int32Array;
  /** Cached positions before the call. */
  P: number;
}

/** Row `row` of `block`, of which the hypothesis has followed `depth` positions. */
interface RowRef {
  block: Block;
  row: number;
  depth: number;
}

/** The token the row's decoder call fed at its current position, or undefined past the block. */
function fedAt(ref: RowRef | undefined): number | undefined {
  if (ref === undefined || ref.depth >= ref.block.T) return undefined;
  return ref.block.fed[ref.row * ref.block.T + ref.depth];
}

/**
 * Runs decoder.onnx on some rows, each with its cache taken from the call it descends from
 * (the first P positions of its row there) and its encoder feeds from its sentence. A call's
 * rows are laid out in slots (src/model/row-slots.ts), not in the order asked for: row i of a
 * call is row `slotOf[i]` of its Block.
 */
class DecoderRows {
  private readonly fetches: string[];
  private readonly names: string[];
  private readonly slots: RowSlots;
  private readonly shared: Record<string, ort.Tensor>;

  constructor(
    private readonly s: Sessions,
    perSentence: Record<string, ort.Tensor>,
    private readonly columns: OutputColumns,
    maxRows: number,
  ) {
    this.names = Array.from({ length: s.layers }, (_, i) => [`past_k_${i}`, `past_v_${i}`]).flat();
    this.fetches = ['log_probs', ...this.names.map((n) => n.replace('past_', 'present_'))];
    const split = columns.split();
    this.shared = split.shared;
    this.slots = new RowSlots({ ...perSentence, ...split.perSentence }, maxRows);
  }

  /** The cache of `rows`: each the first P positions of its row in the call it descends from. */
  private past(
    rows: readonly { from: RowRef | undefined }[],
    P: number,
  ): Record<string, ort.Tensor> {
    const { heads, headDim } = this.s;
    const first = rows[0]?.from?.block;
    const whole =
      first !== undefined &&
      first.rows === rows.length &&
      first.P + first.T === P &&
      rows.every((x, i) => x.from?.block === first && x.from.row === i);
    const feeds: Record<string, ort.Tensor> = {};
    for (const name of this.names) {
      const present = name.replace('past_', 'present_');
      if (whole) {
        const t = first.out[present];
        if (t === undefined) throw new Error(`decoder output ${present} missing`);
        feeds[name] = t;
        continue;
      }
      const data = new Float32Array(rows.length * heads * P * headDim);
      const size = P * headDim;
      rows.forEach((x, r) => {
        if (x.from === undefined) {
          if (P > 0) throw new Error(`decoder row ${r} has no cache at position ${P}`);
          return;
        }
        const t = x.from.block.out[present];
        if (t === undefined) throw new Error(`decoder output ${present} missing`);
        const time = t.dims[2] ?? 0;
        const src = t.data as Float32Array;
        for (let h = 0; h < heads; h++) {
          const at = (x.from.row * heads + h) * time * headDim;
          data.set(src.subarray(at, at + size), (r * heads + h) * size);
        }
      });
      feeds[name] = new ort.Tensor('float32', data, [rows.length, heads, P, headDim]);
    }
    return feeds;
  }

  /**
   * Decodes `rows` (each `tokens`: its input, then its draft) as T positions each after P
   * cached; row i of `rows` is row `slotOf[i]` of the Block.
   */
  async run(
    rows: readonly { sentence: number; tokens: readonly number[]; from: RowRef | undefined }[],
    T: number,
    P: number,
    pad: number,
  ): Promise<{ block: Block; slotOf: Int32Array }> {
    const { slotOf, feeds: rowFeeds } = this.slots.place(rows.map((x) => x.sentence));
    const bySlot = new Array<(typeof rows)[number]>(rows.length);
    rows.forEach((x, i) => (bySlot[slotOf[i] ?? 0] = x));
    const fed = new Int32Array(rows.length * T).fill(pad);
    bySlot.forEach((x, r) => x.tokens.slice(0, T).forEach((id, j) => (fed[r * T + j] = id)));
    const feeds = onlyInputs(this.s.decoder, {
      input_ids: new ort.Tensor(
        'int64',
        BigInt64Array.from(fed, (x) => BigInt(x)),
        [rows.length, T],
      ),
      ...rowFeeds,
      ...this.shared,
      // T positions per row: the mask row of each position (drafted decoding only)
      ...(T === 1
        ? {}
        : this.columns.feeds(bySlot.flatMap((x) => Array<number>(T).fill(x.sentence)))),
      ...this.past(bySlot, P),
    });
    const out = (await this.s.decoder.run(feeds, this.fetches)) as Record<string, ort.Tensor>;
    const logProbs = out.log_probs;
    if (logProbs === undefined) throw new Error('decoder output log_probs missing');
    const vocab = logProbs.dims[1] ?? 0;
    if (vocab !== this.columns.size)
      throw new Error(`decoder log_probs has ${vocab} columns, expected ${this.columns.size}`);
    return {
      block: { out, lp: logProbs.data as Float32Array, vocab, rows: rows.length, T, fed, P },
      slotOf,
    };
  }
}

/**
 * `forced[i]`, when given, is a target scored for sentence i in the same decoder calls
 * (one extra row until its eos is scored; the caller reads `.score()` afterwards).
 * `cancelled`, when given, is asked before the encoder and before every decoder step; once it
 * returns true the search throws DecodeCancelled (a worker thread reads a shared flag here,
 * src/model/decode-worker.ts). It never changes what an uncancelled search returns.
 * `trace`, when given, sees every step's ranked candidates (bench/batch-invariance.ts).
 * `padMultiple`: the encoder batch's length is a multiple of it (default: the sessions'
 * encoderPadMultiple, which makes a sentence's answer independent of its batch; 1 pads to
 * the longest input only).
 */
export async function beamSearch(
  s: Sessions,
  inputs: EncoderInput[],
  special: Manifest['specialTokens'],
  o: BeamOptions,
  forced: readonly (ForcedTarget | undefined)[] = [],
  cancelled?: () => boolean,
  trace?: StepTrace,
  padMultiple = s.encoderPadMultiple,
): Promise<{ hypotheses: Hypothesis[][]; stats: BeamStats; gated?: boolean[] }> {
  const stats: BeamStats = {
    steps: 0,
    calls: 0,
    rowSteps: 0,
    forcedRowSteps: 0,
    forcedSharedSteps: 0,
  };
  if (inputs.length === 0) return { hypotheses: [], stats };
  if (cancelled?.() === true) throw new DecodeCancelled(0);
  const { enc, memory, perSentence } = await runEncoder(s, inputs, special.pad, padMultiple);
  if (o.gate !== true || s.gate === undefined)
    return search(s, inputs, perSentence, special, o, forced, stats, cancelled, trace);
  if (memory === undefined) throw new Error('encoder output memory missing (the gate reads it)');
  const gated = gatedRows((await runGate(s.gate, memory, enc)).probs, inputs.length);
  // The gated sentences leave the batch here: their encoder work is done, no decoder row is theirs.
  const keep = inputs.flatMap((_, i) => (gated[i] === true ? [] : [i]));
  if (keep.length === inputs.length)
    return {
      ...(await search(s, inputs, perSentence, special, o, forced, stats, cancelled, trace)),
      gated,
    };
  const hypotheses: Hypothesis[][] = inputs.map(() => []);
  if (keep.length === 0) return { hypotheses, stats, gated };
  const decoded = await search(
    s,
    keep.map((i) => inputs[i] as EncoderInput),
    rowsOf(perSentence, keep),
    special,
    o,
    keep.map((i) => forced[i]),
    stats,
    cancelled,
    trace === undefined
      ? undefined
      : (step, sentence, top) => trace(step, keep[sentence] ?? -1, top),
  );
  keep.forEach((i, j) => (hypotheses[i] = decoded.hypotheses[j] ?? []));
  return { hypotheses, stats, gated };
}

/** The search proper on encoded sentences (`perSentence`: one row per input). */
async function search(
  s: Sessions,
  inputs: EncoderInput[],
  perSentence: Record<string, ort.Tensor>,
  special: Manifest['specialTokens'],
  o: BeamOptions,
  forced: readonly (ForcedTarget | undefined)[],
  stats: BeamStats,
  cancelled: (() => boolean) | undefined,
  trace: StepTrace | undefined,
): Promise<{ hypotheses: Hypothesis[][]; stats: BeamStats }> {
  const columns = await outputColumns(s, inputs, special);
  const lexicon =
    o.lexicon === undefined
      ? undefined
      : new LexiconConstraint(await loadLexicon(o.lexicon, s.vocabSize), columns, inputs);
  // Step 0 runs one row per sentence: the contract's other K−1 slots score −∞, so their
  // candidates can never be among the 2K best.
  const states: SentenceState[] = inputs.map((x, i) => ({
    live: [{ tokens: [], score: 0 }],
    finished: [],
    maxLen: maxLength(x.mtLength, o),
    forced: forced[i],
    forcedShare: forced[i] === undefined ? -1 : 0,
    words: [FREE_WORD],
  }));
  let active = inputs.map((_, i) => i);
  let rowSentence = active.flatMap((sid) => {
    const st = states[sid];
    return st === undefined ? [] : Array.from({ length: rowCount(st) }, () => sid);
  });
  const draft = s.decoderPositions === 'many' ? o.draft : undefined;
  const mtSources = draft === undefined ? [] : inputs.map((x) => mtDraftSource(x, special.eos));
  // at most beam live rows and one forced row per sentence
  const decoder = new DecoderRows(s, perSentence, columns, inputs.length * (o.beam + 1));
  // Where each row's next log-probs are (src/model/draft.ts): position `depth` of row `row`
  // of a decoder call, valid while the row feeds the token that call fed there.
  let refs: (RowRef | undefined)[] = rowSentence.map(() => undefined);
  for (let t = 0; active.length > 0; t++) {
    if (cancelled?.() === true) throw new DecodeCancelled(stats.steps);
    const rows = rowSentence.length;
    const ids: number[] = [];
    const history: (() => number[])[] = [];
    for (const sid of active) {
      const st = states[sid];
      for (const h of st?.live ?? []) {
        ids.push(h.tokens.at(-1) ?? special.bos);
        history.push(() => draftTokens(h.tokens, mtSources[sid] ?? [], draft?.length ?? 0));
      }
      if (st !== undefined && st.forced !== undefined && ownForcedRow(st)) {
        const f = st.forced;
        ids.push(f.input);
        history.push(() => f.upcoming(draft?.length ?? 0));
      }
    }
    const stale = ids.flatMap((id, r) => (fedAt(refs[r]) === id ? [] : [r]));
    if (stale.length > 0) {
      const D =
        draft === undefined
          ? 0
          : Math.max(0, Math.min(draft.length, Math.floor(draft.maxPositions / stale.length) - 1));
      const { block, slotOf } = await decoder.run(
        stale.map((r) => ({
          sentence: rowSentence[r] ?? 0,
          tokens: [ids[r] ?? special.pad, ...(D > 0 ? (history[r]?.() ?? []).slice(0, D) : [])],
          from: refs[r],
        })),
        D + 1,
        t,
        special.pad,
      );
      stats.calls++;
      stats.rowSteps += stale.length * block.T;
      stale.forEach((r, i) => (refs[r] = { block, row: slotOf[i] ?? 0, depth: 0 }));
    }
    // row r's log-probs are lp[lpAt[r] .. lpAt[r] + vocab): read in place when every row's are
    // in one call's output, else gathered
    const first = refs[0]?.block;
    const vocab = first?.vocab ?? columns.size;
    let lp: Float32Array;
    const lpAt = new Array<number>(rows);
    if (first !== undefined && refs.every((x) => x?.block === first)) {
      lp = first.lp;
      refs.forEach((x, r) => (lpAt[r] = ((x?.row ?? 0) * first.T + (x?.depth ?? 0)) * vocab));
    } else {
      lp = new Float32Array(rows * vocab);
      refs.forEach((x, r) => {
        lpAt[r] = r * vocab;
        if (x === undefined) return;
        const from = (x.row * x.block.T + x.depth) * vocab;
        lp.set(x.block.lp.subarray(from, from + vocab), r * vocab);
      });
    }
    stats.steps++;

    const parents: number[] = [];
    const nextRowSentence: number[] = [];
    const nextActive: number[] = [];
    let firstRow = 0;
    for (const sid of active) {
      const st = states[sid];
      if (st === undefined) continue;
      const sentenceRows = rowCount(st);
      // the row the forced target is read from: its own, or the live beam it shares
      const forcedRow = firstRow + (st.forcedShare >= 0 ? st.forcedShare : st.live.length);
      if (st.forced !== undefined && !st.forced.done) {
        st.forced.consume(lp, lpAt[forcedRow] ?? 0, columns);
        stats.forcedRowSteps++;
        if (st.forcedShare >= 0) stats.forcedSharedSteps++;
      }
      const live =
        st.live.length > 0
          ? searchStep(
              st,
              lp,
              lpAt.slice(firstRow, firstRow + st.live.length),
              firstRow,
              columns,
              t,
              special.eos,
              o,
              (top) =>
                trace?.(
                  t,
                  sid,
                  top.map((c) => ({ ...c, token: columns.token(c.v) })),
                ),
              lexicon === undefined
                ? undefined
                : {
                    masks: st.words.map((w) => lexicon.rowMask(sid, w)),
                    advance: (w, token) => lexicon.advance(sid, w, token),
                  },
            )
          : [];
      firstRow += sentenceRows;
      st.live = live.map((x) => x.h);
      st.words = live.map((x) => x.word);
      for (const x of live) {
        parents.push(x.parentRow);
        nextRowSentence.push(sid);
      }
      st.forcedShare = forcedShare(st);
      if (ownForcedRow(st)) {
        // its cache is that of the row it was read from (the same tokens fed so far)
        parents.push(forcedRow);
        nextRowSentence.push(sid);
      }
      if (rowCount(st) > 0) nextActive.push(sid);
    }
    if (nextActive.length === 0) break;
    refs = parents.map((p) => {
      const x = refs[p];
      return x === undefined ? undefined : { ...x, depth: x.depth + 1 };
    });
    active = nextActive;
    rowSentence = nextRowSentence;
  }
  const hypotheses = states.map((st) =>
    st.finished
      .map((h, order) => ({ h, order }))
      .sort((a, b) => b.h.score - a.h.score || a.order - b.order)
      .slice(0, Math.max(1, o.nbest))
      .map((x) => x.h),
  );
  return { hypotheses, stats };
}
/**
 * Steps 2–4 of docs/model-format.md "Decoding" for one sentence whose live beams are rows
 * firstRow… of this step's log_probs (whose columns are `columns`, src/model/output-vocab.ts):
 * finished hypotheses go to `st.finished`; returns the next live beams with their parent
 * rows, or none once the sentence is done.
 */
function searchStep(
  st: SentenceState,
  lp: Float32Array,
  /** Where each live beam's log-probs start in lp. */
  lpAt: readonly number[],
  firstRow: number,
  columns: OutputColumns,
  t: number,
  eos: number,
  o: BeamOptions,
  onTop?: (top: readonly Candidate[]) => void,
  words?: {
    masks: readonly Uint8Array[];
    advance: (w: WordState, token: number) => WordState;
  },
): { h: Hypothesis; parentRow: number; word: WordState }[] {
  const K = o.beam;
  const eosColumn = columns.column(eos);
  const banned = t < o.minLength ? eosColumn : -1;
  const top = topCandidates(
    lp,
    lpAt,
    st.live.map((h) => h.score),
    columns.size,
    2 * K,
    banned,
    words?.masks,
    columns.tokenOrder,
  );
  onTop?.(top);
  const live: { h: Hypothesis; parentRow: number; word: WordState }[] = [];
  for (const [rank, c] of top.entries()) {
    const parent = st.live[c.k];
    if (parent === undefined) continue;
    if (c.v === eosColumn) {
      // only an eos among the K best finishes a hypothesis (as fairseq does): a lower-ranked
      // one would fill `finished` and stop the sentence while better live beams remain
      if (rank >= K) continue;
      st.finished.push({
        tokens: parent.tokens,
        score: c.cand / lengthPenalty(o.lengthPenalty, o.lengthPenaltyAlpha, t + 1),
      });
    } else {
      const token = columns.token(c.v);
      const word = st.words[c.k] ?? FREE_WORD;
      live.push({
        h: { tokens: [...parent.tokens, token], score: c.cand },
        parentRow: firstRow + c.k,
        word: words === undefined ? word : words.advance(word, token),
      });
      if (live.length === K) break;
    }
  }
  if (st.finished.length >= K) return [];
  if (t >= st.maxLen - 1 || live.length === 0) {
    for (const { h } of live)
      st.finished.push({
        tokens: h.tokens,
        score: h.score / lengthPenalty(o.lengthPenalty, o.lengthPenaltyAlpha, t + 1),
      });
    return [];
  }
  return live;
}
