import { Router, type Response } from 'express';
import type { Metrics } from '../metrics.js';
import type { ModelSet } from '../models.js';

/**
 * Whether the server takes new work (`ape serve` clears it when it starts shutting down), and
 * the work requests it is answering, so that shutdown can wait for them.
 */
export interface Lifecycle {
  accepting: boolean;
  /**
   * Told of every request refuseWhenStopping (src/server/validate.ts) lets in, with how to
   * answer it in its route family's error shape (problem+json, APy's, LibreTranslate's) should
   * shutdown's grace end before it is answered. createApp's lifecycle has it; absent, nothing is
   * tracked.
   */
  admit?(res: Response, refuse: (res: Response) => void): void;
}

/**
 * /healthz: the process answers (liveness). /readyz: every model is loaded (createApp is only
 * given loaded ones) and the server is not shutting down (readiness; a load balancer stops
 * routing on 503). /metrics: Prometheus. None of them touches a decoder, so they answer while
 * batches decode in workers.
 */
export function healthRouter(deps: {
  models: ModelSet;
  metrics: Metrics;
  lifecycle: Lifecycle;
}): Router {
  const { models, metrics, lifecycle } = deps;
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', (_req, res) => {
    const ready = lifecycle.accepting;
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'shutting down',
      // the default model, as with one model; `models` has them all with their queues
      model: models.default.name,
      queued: models.depth,
      models: models.all.map((m) => ({ name: m.name, queued: m.batcher.depth })),
    });
  });
  router.get('/metrics', (_req, res) => {
    for (const m of models.all) metrics.setQueueDepth(m.name, m.batcher.depth);
    res.type('text/plain; version=0.0.4; charset=utf-8').send(metrics.render());
  });
  return router;
}
