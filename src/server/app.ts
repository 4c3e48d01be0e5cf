import express, { type Express } from 'express';
import type { PostEditor } from '../model/post-editor.js';
import { apiKeyAuth } from './auth.js';
import { MicroBatcher } from './batcher.js';
import { serverConfig, type ServerConfig } from './config.js';
import { cors } from './cors.js';
import { silentLogger, type Logger } from './logger.js';
import { Metrics } from './metrics.js';
import { openApiDocument } from './openapi.js';
import { notFound, problemHandler } from './problem.js';
import { requestLog } from './request-log.js';
import { healthRouter, type Lifecycle } from './routes/health.js';
import { modelsRouter } from './routes/models.js';
import { posteditRouter } from './routes/postedit.js';
import { explainRouter } from './routes/explain.js';
import { webPage } from './routes/web.js';
import { mtCompatRouter } from '../integrations/compat/mt-compat.js';
import type { UpstreamMt } from '../integrations/compat/upstream.js';

export interface AppDeps {
  postEditor: PostEditor;
  config?: Partial<ServerConfig>;
  logger?: Logger;
  /** Upstream MT engines: enables the APy/LibreTranslate-compatible routes (src/integrations/compat/). */
  upstream?: UpstreamMt[];
}

/** What `ape serve` needs besides the app: stop taking work, wait for what is in flight. */
export interface AppControl {
  lifecycle: Lifecycle;
  batcher: MicroBatcher;
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
  const batcher = new MicroBatcher(deps.postEditor, config, metrics);
  const lifecycle: Lifecycle = { accepting: true };
  const app = express();
  app.disable('x-powered-by');
  app.use(requestLog(logger, metrics));
  app.use(cors(config.corsOrigins));
  app.use(webPage());
  app.use(healthRouter({ postEditor: deps.postEditor, batcher, metrics, lifecycle }));
  const openapi = openApiDocument(config, deps.postEditor.info);
  app.get('/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  app.use('/v1', apiKeyAuth(config.apiKeys));
  app.use(posteditRouter({ postEditor: deps.postEditor, batcher, config, lifecycle }));
  app.use(modelsRouter(deps.postEditor));
  app.use(explainRouter({ postEditor: deps.postEditor, config, lifecycle }));
  if (deps.upstream !== undefined)
    app.use(
      mtCompatRouter({
        postEditor: deps.postEditor,
        batcher,
        config,
        lifecycle,
        upstream: deps.upstream,
      }),
    );
  app.use(notFound);
  app.use(problemHandler(logger));
  controls.set(app, { lifecycle, batcher, metrics, config });
  return app;
}
