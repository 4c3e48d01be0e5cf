import { Router } from 'express';
import { SegmentTooLongError } from '../../model/segment.js';
import type { ServerConfig } from '../config.js';
import type { ModelSet } from '../models.js';
import { HttpError } from '../problem.js';
import type { Lifecycle } from './health.js';
import type { ExplainResponse, RequestSchemas } from '../schemas.js';
import { jsonBody, parseBody, refuseWhenStopping } from '../validate.js';

/**
 * POST /v1/explain: one segment post-edited, with its output tokens, their probabilities and
 * the context attention per layer and head (docs/web.md). Validation and errors as
 * /v1/postedit's.
 */
export function explainRouter(deps: {
  models: ModelSet;
  config: ServerConfig;
  lifecycle: Lifecycle;
  schemas: RequestSchemas;
}): Router {
  const { models, config, lifecycle } = deps;
  const explainSchema = deps.schemas.explain;
  const router = Router();
  router.post(
    '/v1/explain',
    ...jsonBody(config),
    refuseWhenStopping(lifecycle, config),
    async (req, res) => {
      const body = parseBody(explainSchema, req);
      const { name, postEditor } = models.select(body.model, body.languages);
      const explain = postEditor.explain?.bind(postEditor);
      if (explain === undefined)
        throw new HttpError(501, 'Not Implemented', 'this model runtime cannot explain its output');
      let prepared;
      try {
        prepared = postEditor.prepare({ src: body.src, mt: body.mt });
      } catch (err) {
        if (err instanceof SegmentTooLongError)
          throw new HttpError(422, 'Unprocessable Content', `${err.side}: ${err.message}`, {
            field: err.side,
          });
        throw err;
      }
      const beam = body.options?.beam ?? Math.min(postEditor.info.decoding.beam, config.maxBeam);
      const e = await explain(prepared, { beam });
      const answer: ExplainResponse = { model: name, ...e };
      res.json(answer);
    },
  );
  return router;
}
