import type { Server } from 'node:http';
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { OnnxPostEditor } from '../model/post-editor.js';
import { appControl, createApp } from '../server/app.js';
import { ServerConfigSchema, type ServerConfig } from '../server/config.js';
import { jsonLogger } from '../server/logger.js';
import type { Command } from './main.js';
import { EXIT } from './exit-codes.js';

const HELP = `usage: ape serve --model DIR [--port N] [--host ADDR] [--workers N] [--threads N]
                 [--max-wait-ms N] [--max-batch-tokens N] [--max-queue N] [--timeout-ms N]
                 [--body-limit BYTES] [--cors-origin ORIGIN]... [--mt ENGINE]...

Serves the HTTP API (docs/http-api.md) on ADDR:N (default 127.0.0.1:8080; --port 0 picks a
free port). API keys: APE_API_KEYS=key1,key2 in the environment (none: no auth).
SIGTERM/SIGINT stop accepting requests, finish those in flight, then exit.`;

function int(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`--${name} must be an integer >= ${min}, got '${value}'`);
  return n;
}

function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export const command: Command = {
  summary: 'serve the post-editing HTTP API for a model directory',
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        model: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        workers: { type: 'string' },
        threads: { type: 'string' },
        'max-wait-ms': { type: 'string' },
        'max-batch-tokens': { type: 'string' },
        'max-queue': { type: 'string' },
        'timeout-ms': { type: 'string' },
        'body-limit': { type: 'string' },
        'cors-origin': { type: 'string', multiple: true },
        // Upstream MT for the APy/LibreTranslate-compatible routes (docs/cat-tools.md), e.g. apertium:spa-eng.
        mt: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
    if (values.help === true) {
      process.stdout.write(HELP + '\n');
      return EXIT.ok;
    }
    if (values.model === undefined) throw new UsageError('--model DIR is required');
    const port = int('port', values.port, 0) ?? 8080;
    const host = values.host ?? '127.0.0.1';
    const apiKeys = (process.env.APE_API_KEYS ?? '')
      .split(',')
      .map((k) => k.trim())
      .filter((k) => k !== '');
    const config: ServerConfig = ServerConfigSchema.parse(
      defined({
        maxWaitMs: int('max-wait-ms', values['max-wait-ms'], 0),
        maxBatchTokens: int('max-batch-tokens', values['max-batch-tokens'], 1),
        maxQueueSegments: int('max-queue', values['max-queue'], 1),
        requestTimeoutMs: int('timeout-ms', values['timeout-ms'], 1),
        bodyLimitBytes: int('body-limit', values['body-limit'], 1),
        corsOrigins: values['cors-origin'],
        apiKeys,
      }),
    );
    const upstream =
      values.mt === undefined
        ? undefined
        : await Promise.all(
            values.mt.map((spec) =>
              import('../integrations/compat/upstream.js').then((m) => m.upstreamFromSpec(spec)),
            ),
          );
    const logger = jsonLogger(process.stderr);
    const started = performance.now();
    const threads = int('threads', values.threads, 1);
    const postEditor = await OnnxPostEditor.load(values.model, {
      workers: int('workers', values.workers, 1) ?? 1,
      ...(threads === undefined ? {} : { intraOpThreads: threads }),
    });
    logger.info('model loaded', {
      model: postEditor.info.name,
      dir: values.model,
      workers: postEditor.concurrency,
      ms: Math.round(performance.now() - started),
    });
    const app = createApp({
      postEditor,
      config,
      logger,
      ...(upstream === undefined ? {} : { upstream }),
    });
    const server: Server = app.listen(port, host);
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    const address = server.address();
    const actualPort = typeof address === 'object' && address !== null ? address.port : port;
    logger.info('listening', { url: `http://${host}:${actualPort}`, port: actualPort });

    // Graceful shutdown: readiness goes to 503, no new connections, in-flight requests finish.
    const signal = await new Promise<string>((resolve) => {
      let stopping = false;
      const stop = (name: string) => {
        if (stopping) {
          logger.info('second signal, exiting now', { signal: name });
          process.exit(EXIT.interrupted);
        }
        stopping = true;
        resolve(name);
      };
      process.on('SIGTERM', () => stop('SIGTERM'));
      process.on('SIGINT', () => stop('SIGINT'));
    });
    const control = appControl(app);
    logger.info('shutting down', { signal, queued: control.batcher.depth });
    control.lifecycle.accepting = false;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    await control.batcher.drain();
    // Responses of the last batch are written now; keep-alive sockets left open are cut after a grace period.
    server.closeIdleConnections();
    const grace = setTimeout(() => server.closeAllConnections(), 2000);
    await closed;
    clearTimeout(grace);
    await postEditor.close();
    logger.info('stopped', {});
    return EXIT.ok;
  },
};
