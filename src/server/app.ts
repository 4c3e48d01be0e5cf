import type { Server } from 'node:http';
import express, { type Express } from 'express';
import type { PostEditor } from '../model/post-editor.js';
import { apiKeyAuth } from './auth.js';
import { serverConfig, type ServerConfig } from './config.js';
import { cors } from './cors.js';
import { silentLogger, type Logger } from './logger.js';
import { Metrics } from './metrics.js';
import { ModelSet, type ModelEntry } from './models.js';
import { openApiDocument } from './openapi.js';
import { requestSchemas } from './schemas.js';
import { notFound, problemHandler } from './problem.js';
import { requestLog } from './request-log.js';
import { healthRouter, type Lifecycle } from './routes/health.js';
import { modelsRouter } from './routes/models.js';
import { posteditRouter } from './routes/postedit.js';
import { explainRouter } from './routes/explain.js';
import { diffRouter } from './routes/diff.js';
import { webPage } from './routes/web.js';
import { mtCompatRouter } from './compat/mt-compat.js';
import type { UpstreamMt } from './compat/upstream.js';

export type { Lifecycle };

/** The models to serve: one post-editor, or several (`models`, the first being the default). */
export type AppModels =
  | { postEditor: PostEditor; models?: undefined }
  | { models: readonly ModelEntry[]; postEditor?: undefined };

export type AppDeps = AppModels & {
  config?: Partial<ServerConfig>;
  logger?: Logger;
  /** Upstream MT engines: enables the APy/LibreTranslate-compatible routes (src/server/compat/). */
  upstream?: UpstreamMt[];
};

/** The HTTP API and what runs behind it: what createApp returns. */
export interface ApeApp {
  /** The express app: `app.listen(port)`, mount it in another app, or drive it with supertest. */
  readonly app: Express;
  /** Every served model with its micro-batcher, the default first. */
  readonly models: ModelSet;
  /** The Prometheus counters behind GET /metrics. */
  readonly metrics: Metrics;
  /** The config in force, defaults filled in. */
  readonly config: ServerConfig;
  /** `accepting: false` turns new /v1 and MT-compatible work away (503) and /readyz to 503. */
  readonly lifecycle: Lifecycle;
  /**
   * Graceful stop, as `ape serve` does on SIGTERM: stop accepting work (503, /readyz 503);
   * when given the http.Server the app listens on, stop taking connections and close idle
   * ones; wait until every queued segment is decoded and answered; cut connections still open
   * `graceMs` (default 2000) after that; then close the models' post-editors (their worker
   * threads). Resolves when all of it is done.
   */
  shutdown(server?: Server, options?: { graceMs?: number }): Promise<void>;
}

/**
 * The HTTP API as an express app, built from its dependencies; it never listens (src/cli/
 * serve.ts does), so tests drive `.app` with supertest. Routes: docs/http-api.md.
 */
export function createApp(deps: AppDeps): ApeApp {
  const config = serverConfig(deps.config ?? {});
  const logger = deps.logger ?? silentLogger;
  const metrics = new Metrics();
  const models = new ModelSet(deps.models ?? [{ postEditor: deps.postEditor }], config, metrics);
  const lifecycle: Lifecycle = { accepting: true };
  const app = express();
  app.disable('x-powered-by');
  app.use(requestLog(logger, metrics));
  app.use(cors(config.corsOrigins));
  app.use(webPage());
  app.use(healthRouter({ models, metrics, lifecycle }));
  const schemas = requestSchemas(config, models);
  const openapi = openApiDocument(config, models, schemas);
  app.get('/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  app.use('/v1', apiKeyAuth(config.apiKeys));
  app.use(posteditRouter({ models, config, lifecycle, schemas }));
  app.use(modelsRouter(models, config));
  app.use(explainRouter({ models, config, lifecycle, schemas }));
  app.use(diffRouter(config, schemas));
  if (deps.upstream !== undefined)
    app.use(mtCompatRouter({ models, config, lifecycle, upstream: deps.upstream, logger }));
  app.use(notFound);
  app.use(problemHandler(logger));
  return {
    app,
    models,
    metrics,
    config,
    lifecycle,
    shutdown: (server, options) => shutdown(lifecycle, models, server, options?.graceMs ?? 2000),
  };
}

async function shutdown(
  lifecycle: Lifecycle,
  models: ModelSet,
  server: Server | undefined,
  graceMs: number,
): Promise<void> {
  lifecycle.accepting = false;
  const closed =
    server === undefined
      ? Promise.resolve()
      : new Promise<void>((resolve) => server.close(() => resolve()));
  server?.closeIdleConnections();
  await models.drain();
  // The last batch's responses are written now; keep-alive sockets left open are cut after a grace period.
  server?.closeIdleConnections();
  const grace = setTimeout(() => server?.closeAllConnections(), graceMs);
  await closed;
  clearTimeout(grace);
  await models.close();
}
