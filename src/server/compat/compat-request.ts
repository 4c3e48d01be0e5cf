/**
 * What the APy and LibreTranslate routes share around one translation: the limits (request
 * body, lines per request), the request timeout, and how every failure becomes a status and
 * a message that each route writes in its own error shape. Nothing here names an upstream
 * engine's URL or output: an upstream failure is answered with a generic 503 and its cause
 * goes to the server log.
 */
import type { ErrorRequestHandler, Response } from 'express';
import { MtError } from '../../data/mt/engine.js';
import { QueueFullError } from '../batcher.js';
import { bodyParseDetail } from '../problem.js';
import type { CompatShared } from './mt-compat.js';
import { splitLines } from './upstream.js';

/** A failure as the route answers it: status, its message, and headers (Retry-After). */
export interface CompatFailure {
  status: number;
  message: string;
  headers?: Record<string, string>;
}

/** The route writes a failure in its API's error shape. */
export type WriteFailure = (res: Response, failure: CompatFailure) => void;

class CompatTimeout extends Error {}

/** The message of an upstream failure; the cause is in the server log. */
export const UPSTREAM_FAILED =
  'upstream MT failed; the cause is in the server log (retry later or tell the operator)';

/** 413 when the texts hold more lines than a request may (`maxSegmentsPerRequest`). */
export function tooManyLines(
  deps: CompatShared,
  texts: readonly string[],
): CompatFailure | undefined {
  const lines = texts.reduce((n, t) => n + splitLines(t).lines.length, 0);
  const max = deps.config.maxSegmentsPerRequest;
  if (lines <= max) return undefined;
  return {
    status: 413,
    message: `${lines} lines in one request, more than ${max} (this server's maxSegmentsPerRequest); send the text in several requests`,
  };
}

/**
 * Runs `work` under the request timeout (`requestTimeoutMs`) and the client's connection:
 * its signal aborts when either ends, which drops the request's segments still queued.
 * Resolves with the result, or a failure to write, or `gone` when the client has left.
 */
export async function runCompat<T>(
  deps: CompatShared,
  res: Response,
  route: string,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<{ ok: T } | { failure: CompatFailure } | { gone: true }> {
  const abort = new AbortController();
  const timeoutMs = deps.config.requestTimeoutMs;
  const timer = setTimeout(() => abort.abort(new CompatTimeout()), timeoutMs);
  // Closed before the work ended: the client left, or the shutdown answered 503 at the end of
  // its grace; either way nobody reads the result, so the queued segments are dropped.
  const onClose = () => {
    abort.abort(
      new Error(
        res.writableFinished
          ? 'answered (503) before the work finished: the shutdown grace ended'
          : 'the client closed the connection',
      ),
    );
  };
  res.once('close', onClose);
  const aborted = new Promise<never>((_, reject) =>
    abort.signal.addEventListener('abort', () => reject(abort.signal.reason as Error), {
      once: true,
    }),
  );
  const running = work(abort.signal);
  // Settled after a timeout: nobody awaits it then, so its rejection is handled here.
  running.catch(() => undefined);
  try {
    return { ok: await Promise.race([running, aborted]) };
  } catch (err) {
    if (res.closed || res.destroyed) return { gone: true };
    if (err instanceof CompatTimeout)
      return {
        failure: {
          status: 504,
          message: `not answered within ${timeoutMs} ms (this server's requestTimeoutMs, --timeout-ms); send fewer lines or retry later`,
        },
      };
    if (err instanceof QueueFullError)
      return {
        failure: {
          status: 503,
          message: `the server is at capacity (${err.message}); retry later`,
          headers: { 'Retry-After': String(deps.config.retryAfterS) },
        },
      };
    if (err instanceof MtError) {
      deps.logger.error('upstream MT failed', { route, error: err.message });
      return {
        failure: {
          status: 503,
          message: UPSTREAM_FAILED,
          headers: { 'Retry-After': String(deps.config.retryAfterS) },
        },
      };
    }
    throw err;
  } finally {
    clearTimeout(timer);
    res.off('close', onClose);
  }
}

/**
 * The routers' last middleware: body-parser's errors (a body over `bodyLimitBytes`, JSON that
 * does not parse, an unsupported charset) in the route's own error shape instead of the /v1
 * problem+json; anything else goes on to the app's error handler.
 */
export function bodyErrors(deps: CompatShared, write: WriteFailure): ErrorRequestHandler {
  return (err: unknown, _req, res, next) => {
    const e = err as { type?: unknown; status?: unknown; message?: unknown; body?: unknown };
    if (e.type === 'entity.too.large')
      return write(res, {
        status: 413,
        message: `request body is larger than ${deps.config.bodyLimitBytes} bytes (this server's bodyLimitBytes, --body-limit); send the text in several requests`,
      });
    if (e.type === 'entity.parse.failed')
      return write(res, {
        status: 400,
        message: `Invalid request: ${bodyParseDetail(e)}`,
      });
    if (typeof e.status === 'number' && e.status >= 400 && e.status < 500)
      return write(res, { status: e.status, message: `Invalid request: ${String(e.message)}` });
    next(err);
  };
}
