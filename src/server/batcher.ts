import type { PostEditOptions, PostEditor, PostEditResult } from '../model/post-editor.js';
import type { PreparedSegment } from '../model/segment.js';
import type { ServerConfig } from './config.js';
import type { Metrics } from './metrics.js';

/** The queue is at `maxQueueSegments`: the server answers 503 with Retry-After. */
export class QueueFullError extends Error {}

type BatcherConfig = Pick<
  ServerConfig,
  'maxWaitMs' | 'maxBatchTokens' | 'maxBatchSegments' | 'maxQueueSegments'
>;

interface Item {
  seg: PreparedSegment;
  options: PostEditOptions;
  /** Segments with the same key may share a batch (same beam, n-best and keepMtMargin). */
  key: string;
  /** Encoder tokens × beam: what a batch is bounded by. */
  cost: number;
  resolve(r: PostEditResult): void;
  reject(e: unknown): void;
}

/**
 * Dynamic micro-batching: segments of concurrent requests wait in one FIFO queue and are cut
 * into decoder batches bounded by `maxBatchTokens` and `maxBatchSegments`. A batch starts
 * when a worker is free and either the batch is full or its oldest segment has waited
 * `maxWaitMs`; while every worker is busy, arrivals simply accumulate into the next batch.
 */
export class MicroBatcher {
  private queue: Item[] = [];
  private inFlight = 0;
  private timer: NodeJS.Timeout | undefined;
  private drainWaiters: (() => void)[] = [];

  constructor(
    private readonly postEditor: PostEditor,
    private readonly config: BatcherConfig,
    private readonly metrics?: Metrics,
    /** The served model's name: the `model` label of this queue's metrics. */
    private readonly model = '',
  ) {}

  /** Segments waiting for a batch. */
  get depth(): number {
    return this.queue.length;
  }

  /**
   * Queues one request's segments; resolves with their results in order. Aborting `signal`
   * drops those still queued and rejects with the signal's reason at once.
   */
  submit(
    segments: PreparedSegment[],
    options: PostEditOptions,
    signal?: AbortSignal,
  ): Promise<PostEditResult[]> {
    if (this.queue.length + segments.length > this.config.maxQueueSegments) {
      return Promise.reject(
        new QueueFullError(
          `${this.queue.length} segments are queued (limit ${this.config.maxQueueSegments})`,
        ),
      );
    }
    const key = `${options.beam}/${options.nbest}/${options.keepMtMargin}`;
    const mine: Item[] = [];
    const all = Promise.all(
      segments.map(
        (seg) =>
          new Promise<PostEditResult>((resolve, reject) => {
            const item: Item = {
              seg,
              options,
              key,
              cost: seg.input.inputIds.length * options.beam,
              resolve,
              reject,
            };
            mine.push(item);
            this.queue.push(item);
          }),
      ),
    );
    signal?.addEventListener(
      'abort',
      () => {
        this.queue = this.queue.filter((i) => !mine.includes(i));
        for (const i of mine) i.reject(signal.reason);
        this.schedule();
      },
      { once: true },
    );
    this.schedule();
    return all;
  }

  /** Resolves once nothing is queued or decoding (graceful shutdown). */
  drain(): Promise<void> {
    if (this.queue.length === 0 && this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.drainWaiters.push(resolve));
  }

  private schedule(): void {
    this.metrics?.setQueueDepth(this.model, this.queue.length);
    if (this.queue.length === 0) {
      clearTimeout(this.timer);
      this.timer = undefined;
      if (this.inFlight === 0) for (const w of this.drainWaiters.splice(0)) w();
      return;
    }
    if (this.inFlight >= this.postEditor.concurrency) return;
    if (this.config.maxWaitMs === 0 || this.headBatchIsFull()) {
      this.dispatch();
      return;
    }
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.dispatch();
    }, this.config.maxWaitMs);
  }

  private headBatchIsFull(): boolean {
    const key = this.queue[0]?.key;
    let cost = 0;
    let count = 0;
    for (const i of this.queue) {
      if (i.key !== key) continue;
      cost += i.cost;
      count++;
      if (cost >= this.config.maxBatchTokens || count >= this.config.maxBatchSegments) return true;
    }
    return false;
  }

  private dispatch(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.inFlight < this.postEditor.concurrency && this.queue.length > 0)
      void this.run(this.cut());
    this.metrics?.setQueueDepth(this.model, this.queue.length);
  }

  /** The oldest segment and the next ones with its key, up to the bounds (always at least one). */
  private cut(): Item[] {
    const key = this.queue[0]?.key;
    const batch: Item[] = [];
    const rest: Item[] = [];
    let cost = 0;
    for (const i of this.queue) {
      const fits =
        batch.length === 0 ||
        (cost + i.cost <= this.config.maxBatchTokens &&
          batch.length < this.config.maxBatchSegments);
      if (i.key === key && fits) {
        batch.push(i);
        cost += i.cost;
      } else {
        rest.push(i);
      }
    }
    this.queue = rest;
    return batch;
  }

  private async run(batch: Item[]): Promise<void> {
    this.inFlight++;
    try {
      const options = batch[0]?.options ?? { beam: 1, nbest: 1 };
      const { results, stats } = await this.postEditor.postEdit(
        batch.map((i) => i.seg),
        options,
      );
      this.metrics?.recordBatch(this.model, batch.length, stats.generatedTokens, stats.decodeMs);
      batch.forEach((item, k) => {
        const r = results[k];
        if (r === undefined) item.reject(new Error('decoder returned fewer results than segments'));
        else item.resolve(r);
      });
    } catch (err) {
      for (const i of batch) i.reject(err);
    } finally {
      this.inFlight--;
      // Whatever queued during this batch has waited long enough: start it now.
      if (this.queue.length > 0 && this.inFlight < this.postEditor.concurrency) this.dispatch();
      this.schedule();
    }
  }
}
