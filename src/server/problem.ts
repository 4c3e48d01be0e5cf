import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from './logger.js';

/**
 * An error with an HTTP status, rendered as RFC 9457 problem details
 * (`application/problem+json`) by `problemHandler`, the one error middleware.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail: string,
    readonly extra: { field?: string; headers?: Record<string, string> } = {},
  ) {
    super(detail);
  }
}

// Problem types are not dereferenceable pages; RFC 9457 §4.2.1: then the type is about:blank.

/**
 * What is wrong with a body that body-parser's JSON parser refused: not JSON at all, or JSON
 * that is not an object or array (`null`, `42`, `"text"`: its strict mode takes only those).
 */
export function bodyParseDetail(err: { message?: unknown; body?: unknown }): string {
  if (typeof err.body === 'string') {
    try {
      const value: unknown = JSON.parse(err.body);
      const kind = value === null ? 'null' : `a ${typeof value}`;
      return `request body is valid JSON but ${kind}, not an object; send a JSON object`;
    } catch {
      // not JSON at all: body-parser's message says where
    }
  }
  return `request body is not valid JSON: ${String(err.message)}`;
}

/** body-parser errors carry `status` and `type` ('entity.too.large', 'entity.parse.failed', …). */
function fromBodyParser(err: {
  status?: unknown;
  type?: unknown;
  message?: unknown;
  limit?: unknown;
  body?: unknown;
}): HttpError | undefined {
  if (err.type === 'entity.too.large')
    return new HttpError(
      413,
      'Payload Too Large',
      `request body is larger than the limit of ${String(err.limit)} bytes`,
    );
  if (err.type === 'entity.parse.failed')
    return new HttpError(400, 'Bad Request', bodyParseDetail(err), { field: 'body' });
  if (typeof err.status === 'number' && err.status >= 400 && err.status < 500)
    return new HttpError(err.status, 'Bad Request', String(err.message));
  return undefined;
}

export function problemHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (res.headersSent) return next(err);
    // The client hung up before its answer: nobody to answer and no bug; the request log
    // line (request-log.ts, status 499) and ape_http_requests_total count it.
    if (res.destroyed || req.socket.destroyed) return;
    const e = err instanceof HttpError ? err : fromBodyParser(err as Record<string, unknown>);
    if (e === undefined) {
      // A bug: the stack goes to the log, never to the client.
      logger.error('internal error', {
        method: req.method,
        path: req.path,
        stack: err instanceof Error ? err.stack : String(err),
      });
    }
    const p =
      e ??
      new HttpError(
        500,
        'Internal Server Error',
        'the server failed to handle this request (see its log)',
      );
    for (const [k, v] of Object.entries(p.extra.headers ?? {})) res.setHeader(k, v);
    res
      .status(p.status)
      .type('application/problem+json')
      .send(
        JSON.stringify({
          type: 'about:blank',
          title: p.title,
          status: p.status,
          detail: p.message,
          ...(p.extra.field === undefined ? {} : { field: p.extra.field }),
          instance: req.originalUrl,
        }),
      );
  };
}

export const notFound: RequestHandler = (req, _res, next) => {
  next(
    new HttpError(404, 'Not Found', `no route ${req.method} ${req.path} (see GET /openapi.json)`),
  );
};
