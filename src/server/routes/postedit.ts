import { Router } from 'express';
import { SegmentTooLongError, type PreparedSegment, type Segment } from '../../model/segment.js';
import { ClientGone, clientGoneSignal, QueueFullError } from '../batcher.js';
import type { ServerConfig } from '../config.js';
import type { ModelSet } from '../models.js';
import { HttpError } from '../problem.js';
import type { Lifecycle } from './health.js';
import type { PosteditResponse, RequestSchemas } from '../schemas.js';
import { jsonBody, parseBody, refuseWhenStopping } from '../validate.js';
import { tagsForRequest } from '../../text/tagged-postedit.js';

class RequestTimeout extends Error {}

export function posteditRouter(deps: {
  models: ModelSet;
  config: ServerConfig;
  lifecycle: Lifecycle;
  schemas: RequestSchemas;
}): Router {
  const { models, config, lifecycle } = deps;
  const schema = deps.schemas.postedit;
  const router = Router();
  router.post(
    '/v1/postedit',
    ...jsonBody(config),
    refuseWhenStopping(lifecycle, config),
    async (req, res) => {
      const body = parseBody(schema, req);
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
        { protect: body.options?.protect ?? true },
      );
      // Lines of the segments (src/text/tagged-postedit.ts), each with its segment's index.
      const prepare = (units: Segment[], owners: number[]): PreparedSegment[] =>
        units.map((s, k) => {
          try {
            return postEditor.prepare(s);
          } catch (err) {
            if (err instanceof SegmentTooLongError) {
              const field = `segments[${owners[k] ?? k}].${err.side}`;
              throw new HttpError(422, 'Unprocessable Content', `${field}: ${err.message}`, {
                field,
              });
            }
            throw err;
          }
        });

      // A request that times out or whose client hangs up is abandoned: its queued segments
      // are dropped and a batch holding only abandoned segments stops (batcher.ts).
      const timeout = new AbortController();
      const timer = setTimeout(() => timeout.abort(new RequestTimeout()), config.requestTimeoutMs);
      const signal = AbortSignal.any([timeout.signal, clientGoneSignal(res)]);
      try {
        const keepMtMargin = body.options?.keepMtMargin;
        const gate = body.options?.gate;
        const segments = await tagged.run(
          (units, owners) =>
            batcher.submit(
              prepare(units, owners),
              {
                beam,
                nbest,
                ...(keepMtMargin === undefined ? {} : { keepMtMargin }),
                ...(gate === undefined ? {} : { gate }),
              },
              signal,
            ),
          nbest,
        );
        const answer: PosteditResponse = { model: name, segments };
        res.json(answer);
      } catch (err) {
        // Nobody is left to answer; the cancelled segments are counted in /metrics.
        if (err instanceof ClientGone) return;
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
