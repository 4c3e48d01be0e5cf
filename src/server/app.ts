import express, { type Express } from 'express';
import type { PostEditor } from '../model/post-editor.js';
import { apiKeyAuth } from './auth.js';
import { serverConfig, type ServerConfig } from './config.js';
import { cors } from './cors.js';
import { silentLogger, type Logger } from './logger.js';
import { Metrics } from './metrics.js';
import { ModelSet, type ModelEntry } from './models.js';
import { openApiDocument } from './openapi.js';
import { notFound, problemHandler } from './problem.js';
import { requestLog } from './request-log.js';
import { healthRouter, type Lifecycle } from './routes/health.js';
import { modelsRouter } from './routes/models.js';
import { posteditRouter } from './routes/postedit.js';
import { explainRouter } from './routes/explain.js';
import { webPage } from './routes/web.js';
import { mtCompatRouter } from './compat/mt-compat.js';
import type { UpstreamMt } from './compat/upstream.js';

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

/** What `ape serve` needs besides the app: stop taking work, wait for what is in flight. */
export interface AppControl {
  lifecycle: Lifecycle;
  /** Every served model with its batcher: drain them, then close them. */
  models: ModelSet;
  metrics: Metrics;
  config: ServerConfig;
}

const controls = new WeakMap<Express, AppControl>();

export function appControl(app: Express): AppControl {
  const c = controls.get(app);
  if (c === undefined) throw new Error('not an app made by createApp');
  return c;
}

/**
 * The HTTP API as an express app, built from its dependencies; it never listens (src/cli/
 * serve.ts does), so tests drive it with supertest. Routes: docs/http-api.md.
 */
export function createApp(deps: AppDeps): Express {
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
  const openapi = openApiDocument(config, models);
  app.get('/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  app.use('/v1', apiKeyAuth(config.apiKeys));
  app.use(posteditRouter({ models, config, lifecycle }));
  app.use(modelsRouter(models, config));
  app.use(explainRouter({ models, config, lifecycle }));
  if (deps.upstream !== undefined)
    app.use(mtCompatRouter({ models, config, lifecycle, upstream: deps.upstream, logger }));
  app.use(notFound);
  app.use(problemHandler(logger));
  controls.set(app, { lifecycle, models, metrics, config });
  return app;
}
