import { readFile } from 'node:fs/promises';
import * as ort from 'onnxruntime-node';
import { ModelError } from '../errors.js';
import { MEMORY_PAD_MULTIPLE } from './encoder-input.js';
import { GATE_INPUTS, GATE_OUTPUTS } from './gate.js';
import type { ModelDir } from './model-dir.js';

/**
 * The output-vocabulary shortlist (docs/model-format.md, format version 3): the decoder graph
 * then scores only the batch's allowed ids (src/model/output-vocab.ts), whose projection rows
 * the `rows` graph gathers once per batch: all of them (version 3), or (version 8,
 * `baseRows` "in-graph") only those outside `base`, whose rows the decoder graph holds.
 */
export interface Shortlist {
  /** S, strictly increasing token ids. */
  ids: Int32Array;
  rows: ort.InferenceSession;
  /** B = S − {eos}, increasing, when the decoder graph holds their rows; undefined: rows are inputs. */
  base: Int32Array | undefined;
}

/** The two ONNX sessions of a model directory and the shapes the decode loop needs. */
export interface Sessions {
  encoder: ort.InferenceSession;
  decoder: ort.InferenceSession;
  layers: number;
  heads: number;
  headDim: number;
  vocabSize: number;
  /** Present when the model has a shortlist and it was not turned off (SessionOptions.shortlist). */
  shortlist: Shortlist | undefined;
  /**
   * Beam search pads encoder batches to a multiple of this (src/model/encoder-input.ts):
   * MEMORY_PAD_MULTIPLE, except 1 for per-channel `int8` graphs, whose activation scales span
   * the whole batch tensor, padding included, so that no padding keeps them batch-invariant
   * and extra padding only moves a sentence further from its value alone.
   */
  encoderPadMultiple: number;
  /**
   * "many": the decoder graphs take T ≥ 1 new positions per call (format version 5,
   * `graphs.decoderPositions`), so beam search may verify an mt draft in one call
   * (src/model/draft.ts); "one": one position per call.
   */
  decoderPositions: 'one' | 'many';
  /**
   * The keep-or-edit gate (format version 6, src/model/gate.ts), when the model has one and it
   * was not turned off (SessionOptions.gate); beam search runs it when BeamOptions.gate is set.
   */
  gate: ort.InferenceSession | undefined;
}

export interface SessionOptions {
  /** Threads of each session's intra-op pool; all sessions of a process together should not exceed the cores. */
  intraOpThreads: number;
  /** Decode with the model's output-vocabulary shortlist when it has one (default true); false: the full vocabulary. */
  shortlist?: boolean;
  /** Load the model's keep-or-edit gate when it has one (default true); false: never gate. */
  gate?: boolean;
}

/**
 * Options measured with onnxruntime-node 1.30 on a 2-core VM (docs/serving.md): optimization
 * level 'all' set explicitly ('basic' was 25.4 vs 19.6 ms per sentence at batch 16; unset was
 * in between), one inter-op thread, and no spinning of the pool threads after a run (they
 * otherwise steal the cores the other session needs; off was 10-18 % faster at batch 1).
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
  const short = options.shortlist === false ? undefined : model.shortlist;
  const ids = short === undefined ? undefined : await readShortlistIds(short.idsPath, vocabSize);
  let encoder: ort.InferenceSession;
  let decoder: ort.InferenceSession;
  let rows: ort.InferenceSession | undefined;
  let gate: ort.InferenceSession | undefined;
  const gatePath = options.gate === false ? undefined : model.gatePath;
  try {
    // From a path, so that ONNX external data (weights.bin) resolves next to the graph.
    encoder = await ort.InferenceSession.create(model.encoderPath, ortOptions(options));
    decoder = await ort.InferenceSession.create(
      short?.decoderPath ?? model.decoderPath,
      ortOptions(options),
    );
    if (short !== undefined)
      rows = await ort.InferenceSession.create(short.rowsPath, ortOptions(options));
    if (gatePath !== undefined)
      gate = await ort.InferenceSession.create(gatePath, ortOptions(options));
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
  if (gate !== undefined) {
    requireNames('encoder', encoder.outputNames, ['memory']);
    requireNames('gate', gate.inputNames, [...GATE_INPUTS]);
    requireNames('gate', gate.outputNames, [...GATE_OUTPUTS]);
  }
  let shortlist: Shortlist | undefined;
  if (ids !== undefined && rows !== undefined) {
    const inGraph = short?.baseInGraph === true;
    requireNames('shortlist decoder', decoder.inputNames, [
      ...(inGraph ? SHORTLIST_BASE_INPUTS : SHORTLIST_INPUTS),
    ]);
    requireNames('shortlist rows', rows.inputNames, ['vocab_ids']);
    requireNames('shortlist rows', rows.outputNames, ['output_weight', 'output_bias']);
    const eos = model.manifest.specialTokens.eos;
    shortlist = { ids, rows, base: inGraph ? ids.filter((t) => t !== eos) : undefined };
  }
  const encoderPadMultiple =
    model.manifest.graphs.quantization === 'int8' ? 1 : MEMORY_PAD_MULTIPLE;
  const decoderPositions = model.manifest.graphs.decoderPositions ?? 'one';
  return {
    encoder,
    decoder,
    layers,
    heads,
    headDim,
    vocabSize,
    shortlist,
    encoderPadMultiple,
    decoderPositions,
    gate,
  };
}

/** The shortlist decoder's extra inputs (docs/model-format.md, "Output-vocabulary shortlist"). */
export const SHORTLIST_INPUTS = ['output_weight', 'output_bias', 'output_mask'] as const;
/** The same with `baseRows` "in-graph" (format version 8): only the rows outside B come in. */
export const SHORTLIST_BASE_INPUTS = ['extra_weight', 'extra_bias', 'output_mask'] as const;

/** `shortlist.json`'s `ids`: strictly increasing token ids below vocabSize. */
export async function readShortlistIds(path: string, vocabSize: number): Promise<Int32Array> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new ModelError(`${path}: not valid JSON (${(err as Error).message})`, { cause: err });
  }
  const ids = (raw as { ids?: unknown } | null)?.ids;
  if (!Array.isArray(ids)) throw new ModelError(`${path} (ids): missing or not an array`);
  const out = new Int32Array(ids.length);
  ids.forEach((id: unknown, i) => {
    const prev = i === 0 ? -1 : (out[i - 1] ?? -1);
    if (typeof id !== 'number' || !Number.isInteger(id) || id <= prev || id >= vocabSize)
      throw new ModelError(
        `${path} (ids[${i}]): ${JSON.stringify(id)} is not a token id in increasing order below vocabSize ${vocabSize}`,
      );
    out[i] = id;
  });
  return out;
}

export async function releaseSessions(s: Sessions): Promise<void> {
  await s.encoder.release();
  await s.decoder.release();
  await s.shortlist?.rows.release();
  await s.gate?.release();
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
