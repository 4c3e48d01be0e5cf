import { Router } from 'express';
import type { ServerConfig } from '../config.js';
import type { ModelSet } from '../models.js';
import type { ModelsResponse } from '../schemas.js';

/**
 * GET /v1/models: every served model, the default first and marked `default: true`; each with
 * its languages, limits and decoding defaults, and the beam range a request may ask of it
 * (`beam`: the server's maximum, and the default a request without `options.beam` gets).
 * `name` is the name requests use; `manifestName` is there when `ape serve` renamed it.
 */
export function modelsRouter(models: ModelSet, config: ServerConfig): Router {
  const router = Router();
  router.get('/v1/models', (_req, res) => {
    const answer: ModelsResponse = {
      models: models.all.map((m) => ({
        ...m.postEditor.info,
        name: m.name,
        ...(m.name === m.postEditor.info.name ? {} : { manifestName: m.postEditor.info.name }),
        default: m.isDefault,
        beam: {
          minimum: 1,
          maximum: config.maxBeam,
          default: Math.min(m.postEditor.info.decoding.beam, config.maxBeam),
        },
      })),
    };
    res.json(answer);
  });
  return router;
}
