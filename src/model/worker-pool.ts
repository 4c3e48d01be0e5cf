import { EventEmitter } from 'node:events';
import { Worker } from 'node:worker_threads';
import { ModelError } from '../errors.js';
import type { BeamOptions, BeamStats, Hypothesis } from './beam-search.js';
import type { EncoderInput } from './encoder-input.js';
import {
  DecodeCancelled,
  type WorkerInit,
  type WorkerReply,
  type WorkerRequest,
} from './worker-protocol.js';

export interface DecodeResult {
  hypotheses: Hypothesis[][];
  stats: BeamStats;
  decodeMs: number;
  /** Scores of the `forced` targets (conservative decoding), in input order; null where gated. */
  mtScores?: (number | null)[];
  /** Per input: the keep-or-edit gate kept its mt undecoded (absent: the gate did not run). */
  gated?: boolean[];
}

interface Job {
  request: WorkerRequest;
  resolve(r: DecodeResult): void;
  reject(e: Error): void;
}

/** A shared Int32 the worker's beam search polls between steps (worker-protocol.ts `cancel`). */
function cancelFlag(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
}

interface Slot {
  worker: Worker;
  job: Job | undefined;
}

// Run from source (tsx) the worker is a .ts file and needs tsx's loader, which a worker
// does not inherit; from dist/ it is the compiled .js.
const fromSource = import.meta.url.endsWith('.ts');
const workerUrl = new URL(
  fromSource ? './decode-worker.ts' : './decode-worker.js',
  import.meta.url,
);

function startWorker(workerData: WorkerInit): Worker {
  if (!fromSource) return new Worker(workerUrl, { workerData });
  // Node 20 gives a worker no --import hooks, so tsx is registered inside it explicitly.
  const boot = `import('tsx/esm/api').then((tsx) => tsx.tsImport(${JSON.stringify(workerUrl.href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(boot, { eval: true, workerData });
}

/**
 * Worker threads, each with its own ORT sessions, taking one batch at a time. `idle` says how
 * many could start a batch now; the server's batcher waits for one before cutting a batch,
 * so requests that arrive meanwhile join the next batch. Emits 'idle' when a worker frees up.
 */
export class WorkerPool extends EventEmitter {
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  private nextId = 1;
  private closed = false;

  private constructor(private readonly init: WorkerInit) {
    super();
  }

  static async start(
    modelDir: string,
    options: { workers: number; intraOpThreads: number; shortlist?: boolean; gate?: boolean },
  ): Promise<WorkerPool> {
    const pool = new WorkerPool({
      modelDir,
      intraOpThreads: options.intraOpThreads,
      shortlist: options.shortlist ?? true,
      gate: options.gate ?? true,
    });
    await Promise.all(Array.from({ length: options.workers }, () => pool.spawn()));
    return pool;
  }

  get size(): number {
    return this.slots.length;
  }

  get idle(): number {
    return this.slots.filter((s) => s.job === undefined).length;
  }

  /**
   * `forced[i]`: mt wordpieces of input i to score alongside the beam (src/model/forced.ts).
   * Aborting `signal` cancels the batch: still waiting for a worker, it is dropped; decoding,
   * the worker stops before its next decoder step. Either way the promise rejects with
   * DecodeCancelled.
   */
  run(
    inputs: EncoderInput[],
    options: BeamOptions,
    forced?: number[][],
    signal?: AbortSignal,
  ): Promise<DecodeResult> {
    if (this.closed) return Promise.reject(new Error('worker pool is closed'));
    if (signal?.aborted === true) return Promise.reject(new DecodeCancelled(0));
    return new Promise((resolve, reject) => {
      const cancel = signal === undefined ? undefined : cancelFlag();
      const request: WorkerRequest = {
        id: this.nextId++,
        inputs,
        options,
        ...(forced === undefined ? {} : { forced }),
        ...(cancel === undefined ? {} : { cancel }),
      };
      const job: Job = { request, resolve, reject };
      signal?.addEventListener(
        'abort',
        () => {
          const i = this.waiting.indexOf(job);
          if (i >= 0) {
            this.waiting.splice(i, 1);
            reject(new DecodeCancelled(0));
          } else if (cancel !== undefined) Atomics.store(cancel, 0, 1);
        },
        { once: true },
      );
      this.waiting.push(job);
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.waiting.splice(0)) job.reject(new Error('worker pool closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job !== undefined) continue;
      const job = this.waiting.shift();
      if (job === undefined) return;
      slot.job = job;
      slot.worker.postMessage(job.request);
    }
  }

  private spawn(): Promise<void> {
    return new Promise((resolve, reject) => {
      const worker = startWorker(this.init);
      const slot: Slot = { worker, job: undefined };
      let ready = false;
      worker.on('message', (msg: WorkerReply) => {
        if (msg.type === 'ready') {
          ready = true;
          this.slots.push(slot);
          resolve();
          this.dispatch();
          return;
        }
        const job = slot.job;
        if (job === undefined || job.request.id !== msg.id) return;
        slot.job = undefined;
        if (msg.type === 'result')
          job.resolve({
            hypotheses: msg.hypotheses,
            stats: msg.stats,
            decodeMs: msg.decodeMs,
            ...(msg.mtScores === undefined ? {} : { mtScores: msg.mtScores }),
            ...(msg.gated === undefined ? {} : { gated: msg.gated }),
          });
        else if (msg.type === 'cancelled') job.reject(new DecodeCancelled(msg.steps));
        else job.reject(new Error(`decode failed: ${msg.message}`));
        this.dispatch();
        this.emit('idle');
      });
      worker.on('error', (err) => {
        if (!ready)
          reject(
            err instanceof ModelError
              ? err
              : new ModelError(`cannot start a decode worker: ${err.message}`, { cause: err }),
          );
        slot.job?.reject(new Error(`decode worker crashed: ${err.message}`));
        slot.job = undefined;
      });
      worker.on('exit', () => {
        const i = this.slots.indexOf(slot);
        if (i >= 0) this.slots.splice(i, 1);
        slot.job?.reject(new Error('decode worker exited'));
        slot.job = undefined;
        // A crashed worker is replaced so that the pool keeps its size.
        if (ready && !this.closed)
          this.spawn().then(
            () => this.emit('idle'),
            (e: Error) => this.emit('error', e),
          );
      });
    });
  }
}
