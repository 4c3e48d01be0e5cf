import type { BeamOptions, BeamStats, Hypothesis } from './beam-search.js';
import type { EncoderInput } from './encoder-input.js';

/** Messages between the worker pool and src/model/decode-worker.ts. */
export interface WorkerInit {
  modelDir: string;
  intraOpThreads: number;
  /** false: decode with the full vocabulary even if the model has a shortlist. */
  shortlist: boolean;
}

export interface WorkerRequest {
  id: number;
  inputs: EncoderInput[];
  options: BeamOptions;
  /** Conservative decoding: each input's mt wordpieces, scored with eos alongside the beam (src/model/forced.ts). */
  forced?: number[][];
}

export type WorkerReply =
  | { type: 'ready' }
  | {
      type: 'result';
      id: number;
      hypotheses: Hypothesis[][];
      stats: BeamStats;
      decodeMs: number;
      /** The forced targets' scores, when the request had `forced`. */
      mtScores?: number[];
    }
  | { type: 'error'; id: number; message: string };
