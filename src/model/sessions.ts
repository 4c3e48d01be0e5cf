import * as ort from 'onnxruntime-node';
import { ModelError } from '../errors.js';
import type { ModelDir } from './model-dir.js';

/** The two ONNX sessions of a model directory and the shapes the decode loop needs. */
export interface Sessions {
  encoder: ort.InferenceSession;
  decoder: ort.InferenceSession;
  layers: number;
  heads: number;
  headDim: number;
  vocabSize: number;
}

export interface SessionOptions {
  /** Threads of each session's intra-op pool; all sessions of a process together should not exceed the cores. */
  intraOpThreads: number;
}

/**
 * Options measured in shared/research/onnx-serving.md §6: optimization level 'all' set
 * explicitly (the default was slower), one inter-op thread, and no spinning of the pool
 * threads after a run (they otherwise steal the cores the other session needs).
 */
function ortOptions(options: SessionOptions): ort.InferenceSession.SessionOptions {
  return {
    graphOptimizationLevel: 'all',
    executionMode: 'sequential',
    intraOpNumThreads: options.intraOpThreads,
    interOpNumThreads: 1,
    extra: { session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } } },
  };
}

function requireNames(kind: string, names: readonly string[], expected: string[]): void {
  const missing = expected.filter((n) => !names.includes(n));
  if (missing.length > 0) {
    throw new ModelError(
      `${kind} graph lacks ${missing.join(', ')} (docs/model-format.md lists its inputs and outputs)`,
    );
  }
}

export async function createSessions(model: ModelDir, options: SessionOptions): Promise<Sessions> {
  const { layers, heads, headDim, vocabSize } = model.manifest.architecture;
  let encoder: ort.InferenceSession;
  let decoder: ort.InferenceSession;
  try {
    // From a path, so that ONNX external data (weights.bin) resolves next to the graph.
    encoder = await ort.InferenceSession.create(model.encoderPath, ortOptions(options));
    decoder = await ort.InferenceSession.create(model.decoderPath, ortOptions(options));
  } catch (err) {
    throw new ModelError(
      `${model.dir}: onnxruntime cannot load the graphs (${(err as Error).message})`,
      { cause: err },
    );
  }
  const cross = Array.from({ length: layers }, (_, i) => [`cross_k_${i}`, `cross_v_${i}`]).flat();
  const past = Array.from({ length: layers }, (_, i) => [`past_k_${i}`, `past_v_${i}`]).flat();
  const present = past.map((n) => n.replace('past_', 'present_'));
  // An exporter may drop an input the graph does not use (a position-free test model has
  // no position_ids); feeds are filtered by the graph's own input names (onlyInputs).
  requireNames('encoder', encoder.inputNames, ['input_ids']);
  requireNames('encoder', encoder.outputNames, cross);
  requireNames('decoder', decoder.inputNames, ['input_ids', ...past]);
  requireNames('decoder', decoder.outputNames, ['log_probs', ...present]);
  return { encoder, decoder, layers, heads, headDim, vocabSize };
}

export async function releaseSessions(s: Sessions): Promise<void> {
  await s.encoder.release();
  await s.decoder.release();
}

/** The feeds a session declares, out of those offered. */
export function onlyInputs(
  session: ort.InferenceSession,
  feeds: Record<string, ort.Tensor>,
): Record<string, ort.Tensor> {
  return Object.fromEntries(
    session.inputNames.flatMap((n) => (feeds[n] === undefined ? [] : [[n, feeds[n]]])),
  );
}
