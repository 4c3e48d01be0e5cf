import { Router } from 'express';
import type { PostEditor } from '../../model/post-editor.js';
import type { MicroBatcher } from '../batcher.js';
import type { Metrics } from '../metrics.js';

/** Whether the server takes new work; `ape serve` clears it when it starts shutting down. */
export interface Lifecycle {
  accepting: boolean;
}

/**
 * /healthz: the process answers (liveness). /readyz: a model is loaded and the server is not
 * shutting down (readiness; a load balancer stops routing on 503). /metrics: Prometheus.
 * None of them touches the decoder, so they answer while a batch decodes in a worker.
 */
export function healthRouter(deps: {
  postEditor: PostEditor;
  batcher: MicroBatcher;
  metrics: Metrics;
  lifecycle: Lifecycle;
}): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', (_req, res) => {
    const ready = deps.lifecycle.accepting;
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'shutting down',
      model: deps.postEditor.info.name,
      queued: deps.batcher.depth,
    });
  });
  router.get('/metrics', (_req, res) => {
    deps.metrics.queueDepth.set(deps.batcher.depth);
    res.type('text/plain; version=0.0.4; charset=utf-8').send(deps.metrics.render());
  });
  return router;
}
