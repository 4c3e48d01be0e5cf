import type { Server } from 'node:http';
import express, { type ErrorRequestHandler, type Express, type Response } from 'express';
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
import { securityHeaders } from './security-headers.js';
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
   * Graceful stop, as `ape serve` does on SIGTERM (docs/http-api.md, "Shutdown"): at once
   * /readyz and new work answer 503 (Retry-After; responses say `Connection: close`); the
   * http.Server, when given, keeps listening for `drainMs` (default 0) so that a load balancer
   * sees those 503s instead of refused connections, then stops listening. Work in flight and
   * queued has until `graceMs` (default 2000) after the start to be answered; what is not gets
   * a 503 in its route family's error shape then. Open connections are cut once every answer
   * is written (at most 1 s after the grace); the models' post-editors are closed once no
   * batch decodes (an explanation in progress is cancelled at its next decoder step). Resolves
   * when all of it is done.
   */
  shutdown(server?: Server, options?: ShutdownOptions): Promise<void>;
}

export interface ShutdownOptions {
  /** How long the listener stays open, answering 503, after shutdown begins (ms; default 0). */
  drainMs?: number;
  /** How long work in flight may take, from the start of shutdown (ms; default 2000). */
  graceMs?: number;
}

/** The work requests being answered (Lifecycle.admit), and those answered 503 at the grace's end. */
class WorkInFlight {
  readonly open = new Map<Response, (res: Response) => void>();
  readonly cut = new WeakSet<Response>();
  private waiters: (() => void)[] = [];

  admit(res: Response, refuse: (res: Response) => void): void {
    this.open.set(res, refuse);
    res.once('close', () => {
      this.open.delete(res);
      if (this.open.size === 0) for (const w of this.waiters.splice(0)) w();
    });
  }

  /** Resolves once no admitted request is open. */
  idle(): Promise<void> {
    if (this.open.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Answers every open request whose answer has not begun with its route family's 503. */
  cutShort(): number {
    let n = 0;
    for (const [res, refuse] of this.open) {
      if (res.headersSent) continue;
      this.cut.add(res);
      refuse(res);
      n++;
    }
    return n;
  }
}

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

/**
 * The HTTP API as an express app, built from its dependencies; it never listens (src/cli/
 * serve.ts does), so tests drive `.app` with supertest. Routes: docs/http-api.md.
 */
export function createApp(deps: AppDeps): ApeApp {
  const config = serverConfig(deps.config ?? {});
  const logger = deps.logger ?? silentLogger;
  const metrics = new Metrics();
  const models = new ModelSet(deps.models ?? [{ postEditor: deps.postEditor }], config, metrics);
  const work = new WorkInFlight();
  const lifecycle: Lifecycle = { accepting: true, admit: (res, refuse) => work.admit(res, refuse) };
  const app = express();
  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    // Shutting down: a keep-alive client reconnects, and so reaches another instance.
    if (!lifecycle.accepting) res.set('Connection', 'close');
    next();
  });
  app.use(requestLog(logger, metrics));
  app.use(securityHeaders());
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
  app.use(diffRouter(config, schemas, lifecycle));
  if (deps.upstream !== undefined)
    app.use(mtCompatRouter({ models, config, lifecycle, upstream: deps.upstream, logger }));
  app.use(notFound);
  // A request answered 503 when the shutdown grace ended: its route's late outcome has nowhere to go.
  const afterCut: ErrorRequestHandler = (err, _req, res, next) => {
    if (!work.cut.has(res)) next(err);
  };
  app.use(afterCut);
  app.use(problemHandler(logger));
  return {
    app,
    models,
    metrics,
    config,
    lifecycle,
    shutdown: (server, options) =>
      shutdown({ lifecycle, models, work, logger }, server, {
        drainMs: options?.drainMs ?? 0,
        graceMs: options?.graceMs ?? 2000,
      }),
  };
}

async function shutdown(
  state: { lifecycle: Lifecycle; models: ModelSet; work: WorkInFlight; logger: Logger },
  server: Server | undefined,
  { drainMs, graceMs }: Required<ShutdownOptions>,
): Promise<void> {
  const { lifecycle, models, work, logger } = state;
  lifecycle.accepting = false;
  for (const res of work.open.keys()) if (!res.headersSent) res.setHeader('Connection', 'close');
  server?.closeIdleConnections();
  // The drain window: the listener stays open (answering 503) while the work goes on.
  let closed = Promise.resolve();
  const drainOver = sleep(drainMs).then(() => {
    if (server?.listening === true)
      closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server?.closeIdleConnections();
  });
  const done = Promise.all([work.idle(), models.drain()]).then(() => true);
  let graceTimer: NodeJS.Timeout | undefined;
  const graceOver = new Promise<false>((resolve) => {
    graceTimer = setTimeout(() => resolve(false), graceMs);
  });
  const inTime = await Promise.race([done, graceOver]);
  clearTimeout(graceTimer);
  if (!inTime) {
    const n = work.cutShort();
    logger.info('shutdown grace over: unanswered requests get 503', {
      graceMs,
      requests: n,
      queued: models.depth,
    });
    // Answers being written (a streamed explanation) get a second to finish.
    await Promise.race([work.idle(), sleep(1000)]);
  }
  await drainOver;
  server?.closeAllConnections();
  await closed;
  // No post-editor closes while a batch decodes: a worker cut mid-run aborts the process.
  await models.drain();
  await models.close();
}
