import { Router } from 'express';
import type { PostEditor } from '../../model/post-editor.js';

/** GET /v1/models: the loaded model, its languages, limits and decoding defaults. */
export function modelsRouter(postEditor: PostEditor): Router {
  const router = Router();
  router.get('/v1/models', (_req, res) => {
    res.json({ models: [postEditor.info] });
  });
  return router;
}
