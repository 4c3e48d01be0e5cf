import type { BeamOptions, BeamStats, Hypothesis } from './beam-search.js';
import type { EncoderInput } from './encoder-input.js';

/**
 * Thrown by beamSearch when its `cancelled` check says so (the batch was abandoned: every
 * request with a segment in it has gone), and what WorkerPool.run then rejects with. Here, in
 * a module without onnxruntime, so that the server can tell it apart.
 */
export class DecodeCancelled extends Error {
  constructor(readonly steps: number) {
    super(
      `decoding cancelled after ${steps} decoder steps: every request of the batch was abandoned`,
    );
  }
}

/** Messages between the worker pool and src/model/decode-worker.ts. */
export interface WorkerInit {
  modelDir: string;
  intraOpThreads: number;
  /** false: decode with the full vocabulary even if the model has a shortlist. */
  shortlist: boolean;
  /** false: do not load the model's keep-or-edit gate (requests then never gate). */
  gate: boolean;
}

export interface WorkerRequest {
  id: number;
  inputs: EncoderInput[];
  options: BeamOptions;
  /** Conservative decoding: each input's mt wordpieces, scored with eos alongside the beam (src/model/forced.ts). */
  forced?: number[][];
  /**
   * Cancellation flag on a SharedArrayBuffer (one Int32, 0 = go on): the pool stores 1 when
   * every request of the batch has gone; the worker's beam search, a synchronous loop that
   * sees no message until it ends, reads it with Atomics.load between decoder steps.
   */
  cancel?: Int32Array;
}

export type WorkerReply =
  | { type: 'ready' }
  | {
      type: 'result';
      id: number;
      hypotheses: Hypothesis[][];
      stats: BeamStats;
      decodeMs: number;
      /** The forced targets' scores, when the request had `forced`; null for a gated input (not scored). */
      mtScores?: (number | null)[];
      /** Per input, whether the keep-or-edit gate kept its mt undecoded; absent when the gate did not run. */
      gated?: boolean[];
    }
  | { type: 'error'; id: number; message: string }
  /** The search saw `cancel` set and stopped after `steps` decoder steps. */
  | { type: 'cancelled'; id: number; steps: number };
