import express, { Router } from 'express';
import { fileURLToPath } from 'node:url';

// The page is plain files in src/server/web/ (no build step, docs/web.md); tsc does not copy
// them, so the compiled router (dist/src/server/routes/) serves them from the source tree.
const fromSource = import.meta.url.endsWith('.ts');
export const webRoot = fileURLToPath(
  new URL(fromSource ? '../web/' : '../../../../src/server/web/', import.meta.url),
);

/** GET / and its files: the post-editing page (src/server/web/index.html). */
export function webPage(): Router {
  const router = Router();
  router.use(express.static(webRoot, { index: 'index.html', fallthrough: true, maxAge: 0 }));
  return router;
}
