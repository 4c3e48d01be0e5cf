import type { PostEditOptions, PostEditor, PostEditResult } from '../model/post-editor.js';
import type { PreparedSegment } from '../model/segment.js';
import { DecodeCancelled } from '../model/worker-protocol.js';
import type { ServerConfig } from './config.js';
import type { Metrics } from './metrics.js';

/** The reason a request is abandoned when its client closes the connection before the answer. */
export class ClientGone extends Error {
  constructor() {
    super('the client closed the connection before the answer was written');
  }
}

/**
 * The reason a request is abandoned when its answer was written by someone else while its work
 * still ran: the shutdown's 503 at the end of the grace. A ClientGone: nobody reads the result.
 */
export class AnsweredElsewhere extends ClientGone {
  constructor() {
    super();
    this.message =
      'the request was answered (503) before its work finished: the shutdown grace ended';
  }
}

/**
 * A signal for submit() that aborts when `res` closes: with ClientGone when the response was
 * not written in full (the client hung up, or its connection broke), with AnsweredElsewhere
 * when it was (the shutdown answered 503 at the end of its grace), so that the request's
 * segments are no longer decoded for nobody. A route that wrote its own answer has no
 * submit() pending any more, so the abort then changes nothing.
 */
export function clientGoneSignal(res: {
  once(event: 'close', listener: () => void): unknown;
  readonly writableFinished: boolean;
  readonly closed: boolean;
}): AbortSignal {
  const abort = new AbortController();
  const gone = () => abort.abort(res.writableFinished ? new AnsweredElsewhere() : new ClientGone());
  if (res.closed) gone();
  else res.once('close', gone);
  return abort.signal;
}

/**
 * The queue is at `maxQueueSegments`, or the work queued ahead would keep a new request
 * waiting longer than `maxQueueWaitMs`: the server answers 503 with Retry-After.
 */
export class QueueFullError extends Error {}

type BatcherConfig = Pick<
  ServerConfig,
  'maxWaitMs' | 'maxBatchTokens' | 'maxBatchSegments' | 'maxQueueSegments'
> &
  Partial<Pick<ServerConfig, 'maxQueueWaitMs'>>;

/** Weight of the newest batch in the decoding-rate estimate (an exponential moving average). */
const RATE_SMOOTHING = 0.3;

/** One submit() call: abandoned once its signal aborts (client gone, timeout). */
interface Ticket {
  abandoned: boolean;
}

interface Item {
  ticket: Ticket;
  seg: PreparedSegment;
  options: PostEditOptions;
  /** Segments with the same key may share a batch (same beam, n-best, keepMtMargin and gate). */
  key: string;
  /** Encoder tokens × beam: what a batch is bounded by. */
  cost: number;
  resolve(r: PostEditResult): void;
  reject(e: unknown): void;
}

/** A batch given to the post-editor; `abort` stops its decode once all its tickets are abandoned. */
interface Running {
  items: Item[];
  abort: AbortController;
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
  private readonly running = new Set<Running>();
  /** Cost units (encoder tokens x beam) one worker decodes per ms; undefined until a batch ends. */
  private costPerMs: number | undefined;

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
   * (the client went away, or the request timed out) abandons the request: it rejects at once
   * with the signal's reason, its segments still queued are dropped, and a batch decoding now
   * whose segments all belong to abandoned requests stops before its next decoder step. A
   * batch that also holds another request's segments decodes on, so their answers never
   * change. Both kinds of cancelled segments are counted (`ape_cancelled_segments_total`).
   */
  submit(
    segments: PreparedSegment[],
    options: PostEditOptions,
    signal?: AbortSignal,
  ): Promise<PostEditResult[]> {
    if (signal?.aborted === true) {
      this.metrics?.recordCancelled(this.model, 'queued', segments.length);
      return Promise.reject(signal.reason as Error);
    }
    if (this.queue.length + segments.length > this.config.maxQueueSegments) {
      return Promise.reject(
        new QueueFullError(
          `${this.queue.length} segments are queued (limit ${this.config.maxQueueSegments})`,
        ),
      );
    }
    const waitMs = this.estimatedWaitMs();
    const maxWait = this.config.maxQueueWaitMs;
    if (maxWait !== undefined && waitMs !== undefined && waitMs > maxWait) {
      this.metrics?.recordShed(this.model, segments.length);
      return Promise.reject(
        new QueueFullError(
          `the ${this.queue.length} segments queued ahead would take about ${Math.round(waitMs / 1000)} s to start (limit ${maxWait / 1000} s, maxQueueWaitMs)`,
        ),
      );
    }
    const key = `${options.beam}/${options.nbest}/${options.keepMtMargin}/${options.gate}`;
    const ticket: Ticket = { abandoned: false };
    const mine: Item[] = [];
    const all = Promise.all(
      segments.map(
        (seg) =>
          new Promise<PostEditResult>((resolve, reject) => {
            const item: Item = {
              ticket,
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
    if (signal !== undefined) {
      const onAbort = () => this.abandon(ticket, mine, signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      const settled = () => signal.removeEventListener('abort', onAbort);
      all.then(settled, settled);
    }
    this.schedule();
    return all;
  }

  /**
   * How long a segment queued now would wait for a worker: the cost of what is queued ahead,
   * at the rate the workers have been decoding; undefined before the first batch has ended.
   * The batches decoding now are not counted (they are at most one per worker).
   */
  estimatedWaitMs(): number | undefined {
    if (this.costPerMs === undefined || this.queue.length === 0) return undefined;
    const queued = this.queue.reduce((sum, i) => sum + i.cost, 0);
    return queued / (this.costPerMs * this.postEditor.concurrency);
  }

  /** Drops a request's queued segments and stops the batches that now serve nobody. */
  private abandon(ticket: Ticket, mine: Item[], reason: unknown): void {
    ticket.abandoned = true;
    const before = this.queue.length;
    this.queue = this.queue.filter((i) => i.ticket !== ticket);
    const dropped = before - this.queue.length;
    if (dropped > 0) this.metrics?.recordCancelled(this.model, 'queued', dropped);
    for (const i of mine) i.reject(reason);
    for (const r of this.running)
      if (r.items.every((i) => i.ticket.abandoned)) r.abort.abort(reason);
    this.schedule();
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
    const running: Running = { items: batch, abort: new AbortController() };
    this.running.add(running);
    const started = performance.now();
    try {
      const options = batch[0]?.options ?? { beam: 1, nbest: 1 };
      const { results, stats } = await this.postEditor.postEdit(
        batch.map((i) => i.seg),
        options,
        running.abort.signal,
      );
      this.metrics?.recordBatch(this.model, batch.length, stats.generatedTokens, stats.decodeMs);
      if (stats.gatedSegments > 0) this.metrics?.recordGated(this.model, stats.gatedSegments);
      const ms = performance.now() - started;
      const rate = batch.reduce((sum, i) => sum + i.cost, 0) / Math.max(1, ms);
      this.costPerMs =
        this.costPerMs === undefined
          ? rate
          : RATE_SMOOTHING * rate + (1 - RATE_SMOOTHING) * this.costPerMs;
      batch.forEach((item, k) => {
        const r = results[k];
        if (r === undefined) item.reject(new Error('decoder returned fewer results than segments'));
        else item.resolve(r);
      });
    } catch (err) {
      // Cancelled: every request of the batch has already been rejected with its own reason.
      if (err instanceof DecodeCancelled)
        this.metrics?.recordCancelled(this.model, 'decoding', batch.length);
      for (const i of batch) i.reject(err);
    } finally {
      this.running.delete(running);
      this.inFlight--;
      // Whatever queued during this batch has waited long enough: start it now.
      if (this.queue.length > 0 && this.inFlight < this.postEditor.concurrency) this.dispatch();
      this.schedule();
    }
  }
}
