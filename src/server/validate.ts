import express, { type Request, type RequestHandler, type Response } from 'express';
import type { z } from 'zod';
import type { ServerConfig } from './config.js';
import { silentLogger } from './logger.js';
import { HttpError, problemHandler } from './problem.js';
import type { Lifecycle } from './routes/health.js';

/**
 * The checks every route that takes work shares: a JSON body (415 otherwise, then
 * body-parser's 400/413), validated by a zod schema (400 naming the JSON field), and no new
 * work while the server shuts down (503 with Retry-After).
 */

/** `segments[2].mt` from zod's path ['segments', 2, 'mt']; `body` for the body itself. */
export function fieldName(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path)
    s += typeof p === 'number' ? `[${p}]` : `${s === '' ? '' : '.'}${String(p)}`;
  return s === '' ? 'body' : s;
}

export const requireJson: RequestHandler = (req, _res, next) => {
  if (req.is('application/json') === false || req.is('application/json') === null) {
    return next(
      new HttpError(
        415,
        'Unsupported Media Type',
        `expected Content-Type: application/json, got ${req.get('content-type') ?? 'none'}`,
      ),
    );
  }
  next();
};

/** A JSON request body: 415 for another content type, 413 over the limit, 400 for bad JSON. */
export function jsonBody(config: ServerConfig): RequestHandler[] {
  return [requireJson, express.json({ limit: config.bodyLimitBytes, type: 'application/json' })];
}

/** The parsed body, or a 400 problem naming the first field at fault (`field` and `detail`). */
export function parseBody<T>(schema: z.ZodType<T>, req: Request): T {
  const parsed = schema.safeParse(req.body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = fieldName(issue?.path ?? []);
  throw new HttpError(400, 'Bad Request', `${field}: ${issue?.message ?? 'invalid'}`, { field });
}

/** What a route answers while the server shuts down. */
export const SHUTTING_DOWN = 'the server is shutting down';

/** What a request still unanswered when the shutdown grace ends gets (503, Retry-After). */
export const CUT_SHORT =
  'the server shut down before this request was answered (its shutdown grace ended); send it again';

/** How a route writes the 503 of a stopping server; the default is a problem+json. */
export type Refusal = (res: Response, detail: string) => void;

/**
 * Middleware: while `lifecycle.accepting` is false (`ape serve` stopping), new work is a 503
 * with Retry-After, written by `refuse` (the MT-compatible routes write their APIs' error
 * bodies); otherwise the request goes on.
 */
export function refuseWhenStopping(
  lifecycle: Lifecycle,
  config: ServerConfig,
  refuse?: Refusal,
): RequestHandler {
  return (_req, res, next) => {
    const retryAfter = String(config.retryAfterS);
    if (lifecycle.accepting) {
      // Shutdown waits for this request, and answers it so if its grace ends first.
      lifecycle.admit?.(res, (r) => {
        r.set('Retry-After', retryAfter);
        if (refuse !== undefined) return refuse(r, CUT_SHORT);
        const cut = new HttpError(503, 'Service Unavailable', CUT_SHORT);
        problemHandler(silentLogger)(cut, r.req, r, () => undefined);
      });
      return next();
    }
    if (refuse === undefined)
      return next(
        new HttpError(503, 'Service Unavailable', SHUTTING_DOWN, {
          headers: { 'Retry-After': retryAfter },
        }),
      );
    res.set('Retry-After', retryAfter);
    refuse(res, SHUTTING_DOWN);
  };
}
