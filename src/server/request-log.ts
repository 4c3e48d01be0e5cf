import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';

/** The route template a request matched ('/v1/postedit'), or 'unmatched' (keeps metric labels bounded). */
function routeOf(req: Parameters<RequestHandler>[0]): string {
  const path = (req.route as { path?: unknown } | undefined)?.path;
  return typeof path === 'string' ? req.baseUrl + path : 'unmatched';
}

/**
 * A client's `X-Request-Id` is kept when it is 1 to 128 characters of letters, digits and
 * `-_.:/+=@`; anything else (too long, spaces, control characters, non-ASCII) is replaced by
 * a new UUID, so neither the response header nor the log carries what a client injected.
 */
export const REQUEST_ID = /^[A-Za-z0-9\-_.:/+=@]{1,128}$/;

/** The status logged and counted for a request whose client closed the connection first (nginx's). */
export const CLIENT_CLOSED = 499;

/**
 * One JSON log line per request, and the request counter and latency histogram. A request
 * whose client hung up before its answer was written is logged (level info) and counted with
 * status 499.
 */
export function requestLog(logger: Logger, metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    const presented = req.get('x-request-id');
    const requestId =
      presented !== undefined && REQUEST_ID.test(presented) ? presented : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    metrics.inFlight.inc({}, 1);
    let open = true;
    const done = (status: number) => {
      if (!open) return;
      open = false;
      metrics.inFlight.inc({}, -1);
      const durationMs = performance.now() - started;
      const route = routeOf(req);
      metrics.requests.inc({ route, status: String(status) });
      metrics.latency.observe(durationMs / 1000, { route });
      logger.info('request', {
        requestId,
        method: req.method,
        path: req.path,
        route,
        status,
        durationMs: Math.round(durationMs * 10) / 10,
        ...(res.locals.segments === undefined ? {} : { segments: res.locals.segments as number }),
        ...(status === CLIENT_CLOSED ? { clientClosed: true } : {}),
        ...(presented !== undefined && presented !== requestId
          ? { requestIdReplaced: `${presented.length} characters, not an accepted X-Request-Id` }
          : {}),
      });
    };
    res.on('finish', () => done(res.statusCode));
    res.on('close', () => done(res.writableFinished ? res.statusCode : CLIENT_CLOSED));
    next();
  };
}
