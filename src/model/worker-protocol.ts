import type { BeamOptions, BeamStats, Hypothesis } from './beam-search.js';
import type { EncoderInput } from './encoder-input.js';

/** Messages between the worker pool and src/model/decode-worker.ts. */
export interface WorkerInit {
  modelDir: string;
  intraOpThreads: number;
}

export interface WorkerRequest {
  id: number;
  inputs: EncoderInput[];
  options: BeamOptions;
}

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'result'; id: number; hypotheses: Hypothesis[][]; stats: BeamStats; decodeMs: number }
  | { type: 'error'; id: number; message: string };
