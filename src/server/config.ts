import { z } from 'zod';

/**
 * Everything the server can be told, with its defaults. src/cli/serve.ts merges flags and
 * environment into this one object; nothing under src/server reads process.env.
 */
export const ServerConfigSchema = z.object({
  /** Largest accepted request body; larger ones get 413. */
  bodyLimitBytes: z.number().int().positive().default(1_000_000),
  /** Segments in one POST /v1/postedit. */
  maxSegmentsPerRequest: z.number().int().positive().default(128),
  /** Largest beam a request may ask for. */
  maxBeam: z.number().int().positive().default(8),
  /** A request not answered within this time gets 504 (its queued segments are dropped). */
  requestTimeoutMs: z.number().int().positive().default(30_000),
  /**
   * Micro-batching: how long the first queued segment waits for others to join its batch when
   * a worker is free. 0 (default): a free worker starts at once; segments arriving while
   * every worker is busy still accumulate into the next batch (docs/http-api.md).
   */
  maxWaitMs: z.number().int().nonnegative().default(0),
  /** Micro-batching: a batch holds at most this many encoder tokens × beam. */
  maxBatchTokens: z.number().int().positive().default(8192),
  /** Micro-batching: a batch holds at most this many segments. */
  maxBatchSegments: z.number().int().positive().default(64),
  /** Segments waiting beyond this get 503 with Retry-After instead of queueing. */
  maxQueueSegments: z.number().int().positive().default(2048),
  /**
   * Load shedding: a request whose segments would wait longer than this before a worker
   * starts on them (estimated from the work queued ahead and the model's measured decoding
   * rate) gets 503 with Retry-After at once, instead of waiting to time out with a 504. Keep
   * it below requestTimeoutMs.
   */
  maxQueueWaitMs: z.number().int().positive().default(20_000),
  /** POST /v1/diff: words (whitespace-separated) in one pair's mt or pe; more is a 400. */
  maxDiffWordsPerSide: z.number().int().positive().default(500),
  /** POST /v1/diff: words in one request, mt and pe of every pair together; more is a 400. */
  maxDiffWords: z.number().int().positive().default(10_000),
  /**
   * POST /v1/explain: explanations admitted at once, the one decoding (one at a time per
   * model) and those waiting or being written; more get 503 with Retry-After.
   */
  maxExplainQueue: z.number().int().positive().default(4),
  /** Seconds sent in Retry-After with a 503. */
  retryAfterS: z.number().int().positive().default(1),
  /** Accepted API keys (header `Authorization: Bearer KEY` or `X-API-Key: KEY`); empty: no auth. */
  apiKeys: z.array(z.string().min(1)).default([]),
  /** Origins allowed by CORS; `*` allows any; empty: no CORS headers. */
  corsOrigins: z.array(z.string().min(1)).default([]),
});

export type ServerConfig = z.infer<typeof ServerConfigSchema>;

export function serverConfig(partial: z.input<typeof ServerConfigSchema> = {}): ServerConfig {
  return ServerConfigSchema.parse(partial);
}
