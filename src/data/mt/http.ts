/**
 * The HTTP plumbing the remote engines share: one JSON request with a deadline, and errors
 * that say which service failed and how (status, timeout, a body that is not JSON).
 */
import { MtError } from './engine.js';

export interface HttpOptions {
  /** Per request. */
  timeoutMs?: number;
  /** Extra attempts after a timeout, a network error or a 5xx answer. */
  retries?: number;
}

export async function requestJson(
  engine: string,
  url: string,
  init: RequestInit,
  opts: HttpOptions,
): Promise<unknown> {
  const attempts = 1 + (opts.retries ?? 0);
  let last: MtError | undefined;
  for (let a = 0; a < attempts; a++) {
    try {
      return await requestOnce(engine, url, init, opts.timeoutMs ?? 30_000);
    } catch (err) {
      if (!(err instanceof RetryableError)) throw err;
      last = err.error;
    }
  }
  throw last ?? new MtError(`${engine} ${url}: no attempt made`);
}

class RetryableError extends Error {
  constructor(readonly error: MtError) {
    super(error.message);
  }
}

async function requestOnce(
  engine: string,
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<unknown> {
  const where = `${engine} ${new URL(url).origin}${new URL(url).pathname}`;
  let res: Response;
  let body: string;
  try {
    res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    body = await res.text();
  } catch (err) {
    const e = err as Error;
    const why =
      e.name === 'TimeoutError'
        ? `no answer within ${timeoutMs} ms`
        : `request failed: ${causeMessage(e)}`;
    throw new RetryableError(new MtError(`${where}: ${why}`, { cause: err }));
  }
  if (!res.ok) {
    const e = new MtError(`${where}: HTTP ${res.status} ${res.statusText}: ${body.slice(0, 200)}`);
    if (res.status >= 500) throw new RetryableError(e);
    throw e;
  }
  try {
    return JSON.parse(body) as unknown;
  } catch (err) {
    throw new MtError(`${where}: answer is not JSON: ${body.slice(0, 80)}`, { cause: err });
  }
}

function causeMessage(e: Error): string {
  const cause = e.cause;
  return cause instanceof Error ? cause.message : e.message;
}

/** Runs `fn` over items with at most `limit` in flight, keeping order. */
export async function mapLimit<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
