import type { InputLayout, Manifest } from './manifest.js';

/** One segment's encoder input (docs/model-format.md, "Encoder input"). */
export interface EncoderInput {
  inputIds: number[];
  tokenTypeIds: number[];
  /**
   * The n of the decoder's maximum length, floor(maxLengthRatio · n) + maxLengthOffset: the
   * number of mt wordpieces, except in `bert-pair-src-only`, where it is the number of src
   * wordpieces (a translation baseline never sees the mt).
   */
  mtLength: number;
  /**
   * The mt wordpieces MT-drafted decoding follows (src/model/draft.ts), when the encoder input
   * does not end with them (`bert-pair-src-only`). Absent: they are the input's last
   * `mtLength` tokens before the final `[SEP]`.
   */
  mtIds?: number[];
}

/** `[CLS] src [SEP] mt [SEP]`, token type 0 for `[CLS] src [SEP]`, 1 for `mt [SEP]`. */
export function bertPair(
  srcIds: number[],
  mtIds: number[],
  special: Manifest['specialTokens'],
): EncoderInput {
  const inputIds = [special.bos, ...srcIds, special.sep, ...mtIds, special.sep];
  const tokenTypeIds = inputIds.map((_, i) => (i < srcIds.length + 2 ? 0 : 1));
  return { inputIds, tokenTypeIds, mtLength: mtIds.length };
}

/**
 * The encoder input of `layout`: `bert-pair`, or the same sequence with one side empty,
 * `bert-pair-src-only` `[CLS] src [SEP] [SEP]` (types 0 … 0, 1) and `bert-pair-mt-only`
 * `[CLS] [SEP] mt [SEP]` (types 0 0, then 1 for `mt [SEP]`). The side a layout leaves out is
 * not read (the caller need not tokenize it: pass []), except that `bert-pair-src-only` keeps
 * the mt as `mtIds` for drafting, outside the encoder.
 */
export function encoderInput(
  layout: InputLayout,
  srcIds: number[],
  mtIds: number[],
  special: Manifest['specialTokens'],
): EncoderInput {
  if (layout === 'bert-pair-mt-only') return bertPair([], mtIds, special);
  if (layout === 'bert-pair-src-only')
    return { ...bertPair(srcIds, [], special), mtLength: srcIds.length, mtIds };
  return bertPair(srcIds, mtIds, special);
}

/** The four int64 [B, S] encoder feeds of a batch, padded on the right with `pad`. */
export interface EncoderBatch {
  batch: number;
  length: number;
  inputIds: BigInt64Array;
  tokenTypeIds: BigInt64Array;
  positionIds: BigInt64Array;
  attentionMask: BigInt64Array;
}

/**
 * What beam search pads every encoder batch's length to a multiple of, a sentence alone
 * included, so that a sentence's numbers do not depend on what it is batched with
 * (docs/benchmarks/batch-invariance.md). The padded positions are masked and give exactly 0
 * in α-entmax context attention, but onnxruntime's ReduceSum over the key axis is a
 * vectorized sum whose grouping of a row's terms depends on where the row ends; with every
 * length a multiple of 16, a longer padding adds only whole blocks of zeros, which left the
 * sums bit-identical in every case measured (docs/benchmarks/batch-invariance.md).
 */
export const MEMORY_PAD_MULTIPLE = 16;

/** `multiple`: the batch's length is rounded up to a multiple of it (1: the longest input). */
export function padBatch(inputs: EncoderInput[], pad: number, multiple = 1): EncoderBatch {
  const batch = inputs.length;
  const longest = Math.max(1, ...inputs.map((x) => x.inputIds.length));
  const length = Math.ceil(longest / multiple) * multiple;
  const inputIds = new BigInt64Array(batch * length).fill(BigInt(pad));
  const tokenTypeIds = new BigInt64Array(batch * length);
  const positionIds = new BigInt64Array(batch * length);
  const attentionMask = new BigInt64Array(batch * length);
  inputs.forEach((x, b) => {
    const row = b * length;
    x.inputIds.forEach((id, i) => {
      inputIds[row + i] = BigInt(id);
      tokenTypeIds[row + i] = BigInt(x.tokenTypeIds[i] ?? 0);
      attentionMask[row + i] = 1n;
    });
    for (let i = 0; i < length; i++) positionIds[row + i] = BigInt(i);
  });
  return { batch, length, inputIds, tokenTypeIds, positionIds, attentionMask };
}
