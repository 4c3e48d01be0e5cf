/**
 * A typed client for the APE HTTP API (docs/http-api.md), exported as `ape/client`:
 *
 *   import { ApeClient } from 'ape/client';
 *   const ape = new ApeClient({ baseUrl: 'http://127.0.0.1:8080', apiKey: 'k' });
 *   const [r] = await ape.postEdit([{ src: 'Hola mundo', mt: 'Hello world' }]);
 *
 * Requests larger than `maxSegmentsPerRequest` are split. A 503 (queue full, shutting down),
 * a 429, or a refused/reset connection is retried after the server's Retry-After or an
 * exponential backoff (`backoffMs` × 2^attempt, capped at `maxBackoffMs`); any other error
 * fails at once with the server's problem+json detail. It loads nothing but `fetch`.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { ApeError } from '../errors.js';

export interface ClientSegment {
  src: string;
  mt: string;
}

export type ClientTags = 'omegat' | 'xliff' | 'html' | 'none';

export interface ClientPostEditOptions {
  /** A model the server serves (GET /v1/models); absent: the server's default model. */
  model?: string;
  /**
   * The pair to post-edit: the server picks its first model of that pair (checked against
   * `model` when both are given; a pair it does not serve is an error naming the ones it does).
   */
  languages?: { src: string; tgt: string };
  beam?: number;
  nbest?: number;
  /** Conservative decoding (docs/http-api.md): a margin >= 0, or null for off; absent: the model's default. */
  keepMtMargin?: number | null;
  /**
   * false: the server decodes every segment even if its model has a keep-or-edit gate
   * (docs/http-api.md, options.gate); absent: the server's setting.
   */
  gate?: boolean;
  /** Inline tags in src/mt: stripped before the model, carried into the pe. */
  tags?: ClientTags;
}

export interface ClientResult {
  pe: string;
  changed: boolean;
  /** null: the model's keep-or-edit gate kept the mt without decoding (docs/http-api.md). */
  score: number | null;
  nbest?: { pe: string; score: number }[];
}

/** A served model as GET /v1/models lists it (its other fields: docs/http-api.md). */
export interface ClientModel {
  /** The name requests use. */
  name: string;
  /** The name in the model's ape.json, when the server serves it under another. */
  manifestName?: string;
  default: boolean;
  languages: { src: string; tgt: string };
}

export interface ApeClientOptions {
  /** Server root, e.g. http://127.0.0.1:8080 */
  baseUrl: string;
  apiKey?: string;
  /** Per HTTP request (default 60 s). */
  timeoutMs?: number;
  /** Extra attempts after a 503/429 or a connection error (default 5). */
  retries?: number;
  /** First backoff (default 200 ms), doubled each attempt. */
  backoffMs?: number;
  maxBackoffMs?: number;
  maxSegmentsPerRequest?: number;
  fetch?: typeof fetch;
}

/** The server refused the request or could not be reached; `status` is the HTTP status if any. */
export class ApeClientError extends ApeError {
  override name = 'ApeClientError';
  constructor(
    message: string,
    readonly status?: number,
    readonly problem?: { title?: string; detail?: string; field?: string },
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class ApeClient {
  private readonly opts: Required<Omit<ApeClientOptions, 'apiKey'>> & { apiKey?: string };

  constructor(options: ApeClientOptions) {
    this.opts = {
      timeoutMs: 60_000,
      retries: 5,
      backoffMs: 200,
      maxBackoffMs: 10_000,
      maxSegmentsPerRequest: 64,
      fetch: globalThis.fetch,
      ...options,
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
    };
  }

  /** Post-edits segments in order (split into requests of `maxSegmentsPerRequest`). */
  async postEdit(
    segments: readonly ClientSegment[],
    options: ClientPostEditOptions = {},
  ): Promise<ClientResult[]> {
    const out: ClientResult[] = [];
    for (let i = 0; i < segments.length; i += this.opts.maxSegmentsPerRequest) {
      const chunk = segments
        .slice(i, i + this.opts.maxSegmentsPerRequest)
        .map((s) => ({ src: s.src, mt: s.mt }));
      const opts = {
        ...(options.beam === undefined ? {} : { beam: options.beam }),
        ...(options.nbest === undefined ? {} : { nbest: options.nbest }),
        ...(options.keepMtMargin === undefined ? {} : { keepMtMargin: options.keepMtMargin }),
        ...(options.gate === undefined ? {} : { gate: options.gate }),
      };
      const body = {
        ...(options.model === undefined ? {} : { model: options.model }),
        ...(options.languages === undefined ? {} : { languages: options.languages }),
        segments: chunk,
        ...(Object.keys(opts).length > 0 ? { options: opts } : {}),
        ...(options.tags === undefined ? {} : { tags: options.tags }),
      };
      const answer = (await this.request('POST', '/v1/postedit', body)) as {
        segments?: ClientResult[];
      };
      if (!Array.isArray(answer.segments) || answer.segments.length !== chunk.length) {
        throw new ApeClientError(
          `${this.opts.baseUrl}/v1/postedit: expected ${chunk.length} segments in the answer`,
        );
      }
      out.push(...answer.segments);
    }
    return out;
  }

  /**
   * Post-edits a stream of segments, `batchSize` per request with one request in flight while
   * the next batch is read, yielding results in input order.
   */
  async *postEditStream(
    segments: AsyncIterable<ClientSegment> | Iterable<ClientSegment>,
    options: ClientPostEditOptions & { batchSize?: number } = {},
  ): AsyncGenerator<ClientResult> {
    const size = options.batchSize ?? this.opts.maxSegmentsPerRequest;
    let pending: Promise<ClientResult[]> | undefined;
    let batch: ClientSegment[] = [];
    for await (const s of segments) {
      batch.push(s);
      if (batch.length < size) continue;
      const next = this.postEdit(batch, options);
      batch = [];
      if (pending !== undefined) yield* await pending;
      pending = next;
    }
    if (pending !== undefined) yield* await pending;
    if (batch.length > 0) yield* await this.postEdit(batch, options);
  }

  /** Post-edits two aligned files (one src and one mt per line), streaming. */
  postEditFiles(
    srcPath: string,
    mtPath: string,
    options: ClientPostEditOptions & { batchSize?: number } = {},
  ): AsyncGenerator<ClientResult> {
    return this.postEditStream(zipLines(srcPath, mtPath), options);
  }

  /** GET /v1/models: the models the server serves, its default marked `default: true`. */
  async models(): Promise<ClientModel[]> {
    const answer = (await this.request('GET', '/v1/models', undefined)) as { models?: unknown };
    if (!Array.isArray(answer.models))
      throw new ApeClientError(`${this.opts.baseUrl}/v1/models: expected a models array`);
    return answer.models as ClientModel[];
  }

  /** GET /healthz (the server is up; docs/http-api.md). */
  health(): Promise<unknown> {
    return this.request('GET', '/healthz', undefined);
  }

  private async request(method: 'GET' | 'POST', path: string, body: unknown): Promise<unknown> {
    const url = this.opts.baseUrl + path;
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.opts.apiKey !== undefined) headers.authorization = `Bearer ${this.opts.apiKey}`;
    for (let attempt = 0; ; attempt++) {
      const backoff = Math.min(this.opts.maxBackoffMs, this.opts.backoffMs * 2 ** attempt);
      let res: Response;
      try {
        res = await this.opts.fetch(url, {
          method,
          headers,
          body: body === undefined ? null : JSON.stringify(body),
          signal: AbortSignal.timeout(this.opts.timeoutMs),
        });
      } catch (err) {
        if (attempt < this.opts.retries && !(err instanceof Error && err.name === 'TimeoutError')) {
          await sleep(backoff);
          continue;
        }
        const why =
          err instanceof Error && err.name === 'TimeoutError'
            ? `no answer within ${this.opts.timeoutMs} ms`
            : `cannot connect: ${(err as Error).cause instanceof Error ? ((err as Error).cause as Error).message : (err as Error).message}`;
        throw new ApeClientError(`${method} ${url}: ${why}`, undefined, undefined, { cause: err });
      }
      if ((res.status === 503 || res.status === 429) && attempt < this.opts.retries) {
        await res.body?.cancel();
        const retryAfterS = Number(res.headers.get('retry-after'));
        await sleep(
          Number.isFinite(retryAfterS) && retryAfterS > 0
            ? Math.min(this.opts.maxBackoffMs, retryAfterS * 1000)
            : backoff,
        );
        continue;
      }
      const text = await res.text();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new ApeClientError(
          `${method} ${url}: HTTP ${res.status}, the answer is not JSON: ${text.slice(0, 200)}`,
          res.status,
        );
      }
      if (!res.ok) {
        const p = json as { title?: string; detail?: string; field?: string };
        throw new ApeClientError(
          `${method} ${url}: HTTP ${res.status} ${p.title ?? ''}: ${p.detail ?? text.slice(0, 200)}`,
          res.status,
          p,
        );
      }
      return json;
    }
  }
}

async function* zipLines(srcPath: string, mtPath: string): AsyncGenerator<ClientSegment> {
  const src = createInterface({ input: createReadStream(srcPath), crlfDelay: Infinity })[
    Symbol.asyncIterator
  ]();
  const mt = createInterface({ input: createReadStream(mtPath), crlfDelay: Infinity })[
    Symbol.asyncIterator
  ]();
  for (let line = 1; ; line++) {
    const [a, b] = await Promise.all([src.next(), mt.next()]);
    if (a.done === true && b.done === true) return;
    if (a.done === true || b.done === true) {
      throw new ApeClientError(
        `${a.done === true ? srcPath : mtPath}:${line}: ends here, but the other file goes on (files must align line by line)`,
      );
    }
    yield { src: a.value, mt: b.value };
  }
}
