import express, { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { SegmentTooLongError, type PreparedSegment } from '../../model/segment.js';
import { QueueFullError } from '../batcher.js';
import type { ServerConfig } from '../config.js';
import type { ModelSet } from '../models.js';
import { HttpError } from '../problem.js';
import type { Lifecycle } from './health.js';
import { tagsForRequest } from '../../text/tagged-postedit.js';

/** `segments[2].mt` from zod's path ['segments', 2, 'mt']. */
export function fieldName(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path)
    s += typeof p === 'number' ? `[${p}]` : `${s === '' ? '' : '.'}${String(p)}`;
  return s === '' ? 'body' : s;
}

/** `languages` of /v1/postedit and /v1/explain: language codes as manifests and CAT tools write them. */
export const languagesSchema = z.strictObject({
  src: z.string().min(1),
  tgt: z.string().min(1),
});

export function posteditRequestSchema(config: ServerConfig) {
  return z.strictObject({
    /** A served model's name (GET /v1/models); absent: the default model. */
    model: z.string().optional(),
    /** The pair to post-edit (manifest `languages`): picks the first model of that pair. */
    languages: languagesSchema.optional(),
    segments: z
      .array(z.strictObject({ src: z.string(), mt: z.string() }))
      .min(1)
      .max(config.maxSegmentsPerRequest),
    options: z
      .strictObject({
        beam: z.number().int().min(1).max(config.maxBeam).optional(),
        nbest: z.number().int().min(1).optional(),
        /** Conservative decoding (src/model/forced.ts): a number >= 0, or null for off. */
        keepMtMargin: z.number().nonnegative().nullable().optional(),
      })
      .optional(),
    /** Inline tags in src/mt: stripped for the model, the mt's carried into the pe (src/text/tags/). */
    tags: z.enum(['omegat', 'xliff', 'html', 'none']).optional(),
  });
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

class RequestTimeout extends Error {}

export function posteditRouter(deps: {
  models: ModelSet;
  config: ServerConfig;
  lifecycle: Lifecycle;
}): Router {
  const { models, config, lifecycle } = deps;
  const schema = posteditRequestSchema(config);
  const router = Router();
  router.post(
    '/v1/postedit',
    requireJson,
    express.json({ limit: config.bodyLimitBytes, type: 'application/json' }),
    async (req, res) => {
      if (!lifecycle.accepting) {
        throw new HttpError(503, 'Service Unavailable', 'the server is shutting down', {
          headers: { 'Retry-After': String(config.retryAfterS) },
        });
      }
      const parsed = schema.safeParse(req.body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = fieldName(issue?.path ?? []);
        throw new HttpError(400, 'Bad Request', `${field}: ${issue?.message ?? 'invalid'}`, {
          field,
        });
      }
      const body = parsed.data;
      const { name, postEditor, batcher } = models.select(body.model, body.languages);
      const beam = body.options?.beam ?? Math.min(postEditor.info.decoding.beam, config.maxBeam);
      const nbest = body.options?.nbest ?? 1;
      if (nbest > beam)
        throw new HttpError(
          400,
          'Bad Request',
          `options.nbest: ${nbest} is more than the beam (${beam})`,
          { field: 'options.nbest' },
        );
      res.locals.segments = body.segments.length;

      const tagged = tagsForRequest(
        body.segments,
        body.tags ?? 'none',
        (i, side, msg) =>
          new HttpError(400, 'Bad Request', `segments[${i}].${side}: ${msg}`, {
            field: `segments[${i}].${side}`,
          }),
      );
      const prepared: PreparedSegment[] = tagged.plain.map((s, i) => {
        try {
          return postEditor.prepare(s);
        } catch (err) {
          if (err instanceof SegmentTooLongError) {
            const field = `segments[${i}].${err.side}`;
            throw new HttpError(422, 'Unprocessable Content', `${field}: ${err.message}`, {
              field,
            });
          }
          throw err;
        }
      });

      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(new RequestTimeout()), config.requestTimeoutMs);
      // A client that hangs up no longer needs its queued segments decoded.
      res.on('close', () => {
        if (!res.writableFinished) abort.abort(new Error('client closed the connection'));
      });
      try {
        const keepMtMargin = body.options?.keepMtMargin;
        const results = await batcher.submit(
          prepared,
          { beam, nbest, ...(keepMtMargin === undefined ? {} : { keepMtMargin }) },
          abort.signal,
        );
        res.json({
          model: name,
          segments: results.map((r, i) => ({
            pe: tagged.restore(i, r.pe),
            changed: r.changed,
            score: r.score,
            ...(r.kept === undefined ? {} : { kept: r.kept, mtScore: r.mtScore }),
            ...(nbest > 1
              ? {
                  nbest: r.nbest
                    .slice(0, nbest)
                    .map((a) => ({ ...a, pe: tagged.restore(i, a.pe) })),
                }
              : {}),
          })),
        });
      } catch (err) {
        if (err instanceof QueueFullError) {
          throw new HttpError(
            503,
            'Service Unavailable',
            `the server is at capacity: ${err.message}; retry later`,
            {
              headers: { 'Retry-After': String(config.retryAfterS) },
            },
          );
        }
        if (err instanceof RequestTimeout) {
          throw new HttpError(
            504,
            'Gateway Timeout',
            `not answered within ${config.requestTimeoutMs} ms (the request's segments were dropped)`,
          );
        }
        throw err;
      } finally {
        clearTimeout(timer);
      }
    },
  );
  return router;
}
