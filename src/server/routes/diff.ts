import { Router } from 'express';
import type { ServerConfig } from '../config.js';
import type { DiffResponse, RequestSchemas } from '../schemas.js';
import { jsonBody, parseBody } from '../validate.js';
import { wordDiff } from './word-diff.js';

/**
 * POST /v1/diff: the TER word diff of each mt against its pe (word-diff.ts), for the web page.
 * No model is involved. Validation and errors as /v1/postedit's.
 */
export function diffRouter(config: ServerConfig, schemas: RequestSchemas): Router {
  const schema = schemas.diff;
  const router = Router();
  router.post('/v1/diff', ...jsonBody(config), (req, res) => {
    const body = parseBody(schema, req);
    const answer: DiffResponse = { pairs: body.pairs.map((p) => wordDiff(p.mt, p.pe)) };
    res.json(answer);
  });
  return router;
}
