import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';

/** The route template a request matched ('/v1/postedit'), or 'unmatched' (keeps metric labels bounded). */
function routeOf(req: Parameters<RequestHandler>[0]): string {
  const path = (req.route as { path?: unknown } | undefined)?.path;
  return typeof path === 'string' ? req.baseUrl + path : 'unmatched';
}

/** One JSON log line per request, and the request counter and latency histogram. */
export function requestLog(logger: Logger, metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    const requestId = req.get('x-request-id') ?? randomUUID();
    res.setHeader('X-Request-Id', requestId);
    metrics.inFlight.inc({}, 1);
    let open = true;
    res.on('close', () => {
      if (open) metrics.inFlight.inc({}, -1);
      open = false;
    });
    res.on('finish', () => {
      const durationMs = performance.now() - started;
      const route = routeOf(req);
      metrics.requests.inc({ route, status: String(res.statusCode) });
      metrics.latency.observe(durationMs / 1000, { route });
      logger.info('request', {
        requestId,
        method: req.method,
        path: req.path,
        route,
        status: res.statusCode,
        durationMs: Math.round(durationMs * 10) / 10,
        ...(res.locals.segments === undefined ? {} : { segments: res.locals.segments as number }),
      });
    });
    next();
  };
}
