import * as ort from 'onnxruntime-node';
import type { EncoderBatch } from './encoder-input.js';

/**
 * The keep-or-edit gate (docs/model-format.md, "Keep-or-edit gate", format version 6): gate.onnx
 * reads the encoder's `memory` of the batch, padding included, with the encoder's own
 * token_type_ids and attention_mask, and gives `probs` [B, 2] = sparsemax(scores), (keep, edit).
 * A row whose pi(edit) is exactly 0 is not decoded: its post-edit is the mt.
 */
export const GATE_INPUTS = ['memory', 'token_type_ids', 'attention_mask'] as const;
export const GATE_OUTPUTS = ['scores', 'probs'] as const;

export interface GateOutput {
  /** [B·2] row-major, (keep, edit) per row. */
  scores: Float32Array;
  /** [B·2] row-major: sparsemax of scores, exact zeros. */
  probs: Float32Array;
}

/** Runs gate.onnx on one encoded batch. */
export async function runGate(
  gate: ort.InferenceSession,
  memory: ort.Tensor,
  enc: EncoderBatch,
): Promise<GateOutput> {
  const dims = [enc.batch, enc.length];
  const out = await gate.run(
    {
      memory,
      token_type_ids: new ort.Tensor('int64', enc.tokenTypeIds, dims),
      attention_mask: new ort.Tensor('int64', enc.attentionMask, dims),
    },
    [...GATE_OUTPUTS],
  );
  const scores = out.scores;
  const probs = out.probs;
  if (scores === undefined || probs === undefined) throw new Error('gate output missing');
  return { scores: scores.data as Float32Array, probs: probs.data as Float32Array };
}

/** pi(edit) of row b. */
export function editProbability(probs: Float32Array, b: number): number {
  return probs[2 * b + 1] ?? Number.NaN;
}

/** Per row: the gate keeps the mt without decoding (pi(edit) is exactly 0). */
export function gatedRows(probs: Float32Array, batch: number): boolean[] {
  return Array.from({ length: batch }, (_, b) => editProbability(probs, b) === 0);
}
