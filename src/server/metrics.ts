/**
 * The server's Prometheus metrics, rendered in the text exposition format 0.0.4
 * (https://prometheus.io/docs/instrumenting/exposition_formats/). Small enough to own
 * here rather than pull in a client library.
 */

type Labels = Record<string, string>;

function labelText(labels: Labels): string {
  const parts = Object.entries(labels).map(
    ([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`,
  );
  return parts.length === 0 ? '' : `{${parts.join(',')}}`;
}

class Histogram {
  private readonly series = new Map<
    string,
    { labels: Labels; counts: number[]; sum: number; count: number }
  >();
  constructor(
    readonly name: string,
    readonly help: string,
    readonly buckets: number[],
  ) {}

  observe(value: number, labels: Labels = {}): void {
    const key = labelText(labels);
    let s = this.series.get(key);
    if (s === undefined) {
      s = { labels, counts: this.buckets.map(() => 0), sum: 0, count: 0 };
      this.series.set(key, s);
    }
    this.buckets.forEach((b, i) => {
      if (value <= b && s !== undefined) s.counts[i] = (s.counts[i] ?? 0) + 1;
    });
    s.sum += value;
    s.count++;
  }

  render(): string[] {
    const out = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const s of this.series.values()) {
      this.buckets.forEach((b, i) =>
        out.push(
          `${this.name}_bucket${labelText({ ...s.labels, le: String(b) })} ${s.counts[i] ?? 0}`,
        ),
      );
      out.push(`${this.name}_bucket${labelText({ ...s.labels, le: '+Inf' })} ${s.count}`);
      out.push(
        `${this.name}_sum${labelText(s.labels)} ${s.sum}`,
        `${this.name}_count${labelText(s.labels)} ${s.count}`,
      );
    }
    return out;
  }
}

class Counter {
  private readonly values = new Map<string, number>();
  constructor(
    readonly name: string,
    readonly help: string,
    readonly type: 'counter' | 'gauge' = 'counter',
  ) {}

  inc(labels: Labels = {}, by = 1): void {
    const key = labelText(labels);
    this.values.set(key, (this.values.get(key) ?? 0) + by);
  }

  set(value: number, labels: Labels = {}): void {
    this.values.set(labelText(labels), value);
  }

  render(): string[] {
    const out = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} ${this.type}`];
    for (const [key, v] of this.values) out.push(`${this.name}${key} ${v}`);
    return out;
  }
}

export class Metrics {
  readonly requests = new Counter(
    'ape_http_requests_total',
    'HTTP requests by route and status code.',
  );
  readonly latency = new Histogram(
    'ape_http_request_duration_seconds',
    'HTTP request latency by route.',
    [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  );
  readonly batchSegments = new Histogram(
    'ape_batch_segments',
    'Segments per decoder batch (micro-batching).',
    [1, 2, 4, 8, 16, 32, 64, 128],
  );
  readonly queueDepth = new Counter(
    'ape_queue_segments',
    'Segments waiting for a decoder batch.',
    'gauge',
  );
  readonly generatedTokens = new Counter(
    'ape_generated_tokens_total',
    'Output tokens of the best hypotheses.',
  );
  readonly decodeSeconds = new Counter(
    'ape_decode_seconds_total',
    'Wall time spent decoding batches.',
  );
  readonly tokensPerSecond = new Counter(
    'ape_decode_tokens_per_second',
    'Output tokens per second of the last decoder batch.',
    'gauge',
  );
  readonly segments = new Counter('ape_segments_total', 'Segments post-edited.');
  // Per served model (label `model`); the families above stay server-wide totals, so their
  // names and values mean what they meant with one model and a sum() never counts twice.
  readonly modelBatchSegments = new Histogram(
    'ape_model_batch_segments',
    'Segments per decoder batch, by model.',
    [1, 2, 4, 8, 16, 32, 64, 128],
  );
  readonly modelQueueDepth = new Counter(
    'ape_model_queue_segments',
    'Segments waiting for a decoder batch, by model.',
    'gauge',
  );
  readonly modelSegments = new Counter(
    'ape_model_segments_total',
    'Segments post-edited, by model.',
  );
  readonly cancelledSegments = new Counter(
    'ape_cancelled_segments_total',
    'Segments of abandoned requests (client gone or timed out) not decoded: stage="queued" dropped from the queue, stage="decoding" in a batch stopped mid-decode.',
  );
  readonly modelCancelledSegments = new Counter(
    'ape_model_cancelled_segments_total',
    'Segments of abandoned requests not decoded, by model and stage.',
  );
  readonly shedSegments = new Counter(
    'ape_shed_segments_total',
    'Segments of requests refused with 503 because the work queued ahead would have kept them waiting longer than maxQueueWaitMs, by model.',
  );
  readonly gateSkippedSegments = new Counter(
    'ape_gate_skipped_segments_total',
    "Segments the model's keep-or-edit gate answered with their mt, not decoded (pi(edit) = 0), by model.",
  );
  private readonly queueDepths = new Map<string, number>();
  readonly inFlight = new Counter(
    'ape_http_requests_in_flight',
    'HTTP requests received and not yet answered (this scrape included).',
    'gauge',
  );

  /** One model's queue length; `ape_queue_segments` is the sum over models. */
  setQueueDepth(model: string, depth: number): void {
    this.queueDepths.set(model, depth);
    this.modelQueueDepth.set(depth, { model });
    let total = 0;
    for (const d of this.queueDepths.values()) total += d;
    this.queueDepth.set(total);
  }

  recordBatch(model: string, segments: number, generatedTokens: number, decodeMs: number): void {
    this.batchSegments.observe(segments);
    this.modelBatchSegments.observe(segments, { model });
    this.modelSegments.inc({ model }, segments);
    this.generatedTokens.inc({}, generatedTokens);
    this.decodeSeconds.inc({}, decodeMs / 1000);
    this.segments.inc({}, segments);
    if (decodeMs > 0) this.tokensPerSecond.set((generatedTokens * 1000) / decodeMs);
  }

  /** Abandoned segments dropped from `model`'s queue or stopped in its decoder. */
  recordCancelled(model: string, stage: 'queued' | 'decoding', segments: number): void {
    this.cancelledSegments.inc({ stage }, segments);
    this.modelCancelledSegments.inc({ model, stage }, segments);
  }

  /** Segments of one of `model`'s batches that its keep-or-edit gate kept undecoded. */
  recordGated(model: string, segments: number): void {
    this.gateSkippedSegments.inc({ model }, segments);
  }

  /** A request refused because `model`'s queue holds more than maxQueueWaitMs of work. */
  recordShed(model: string, segments: number): void {
    this.shedSegments.inc({ model }, segments);
  }

  render(): string {
    const all = [
      this.requests,
      this.latency,
      this.batchSegments,
      this.queueDepth,
      this.generatedTokens,
      this.decodeSeconds,
      this.tokensPerSecond,
      this.segments,
      this.inFlight,
      this.modelBatchSegments,
      this.modelQueueDepth,
      this.modelSegments,
      this.cancelledSegments,
      this.modelCancelledSegments,
      this.shedSegments,
      this.gateSkippedSegments,
    ];
    return all.flatMap((m) => m.render()).join('\n') + '\n';
  }
}
