import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { UsageError } from '../errors.js';
import { loadModelDir, modelName } from '../model/model-dir.js';
import { OnnxPostEditor } from '../model/post-editor.js';
import { createApp } from '../server/app.js';
import type { ModelEntry } from '../server/models.js';
import { ServerConfigSchema, type ServerConfig } from '../server/config.js';
import { jsonLogger } from '../server/logger.js';
import type { Command } from './main.js';
import { EXIT } from './exit-codes.js';
import { intFlag, parseFlags } from './flags.js';

/** `ape serve`'s shutdown defaults: inside Kubernetes' default 30 s termination grace. */
const DRAIN_MS = 5000;
const GRACE_MS = 20_000;

const HELP = `usage: ape serve --model [NAME=]DIR [--model [NAME=]DIR]... [--port N] [--host ADDR]
                 [--workers N] [--threads N] [--max-wait-ms N] [--max-batch-tokens N]
                 [--max-queue N] [--max-queue-wait-ms N] [--timeout-ms N] [--body-limit BYTES]
                 [--cors-origin ORIGIN]... [--mt ENGINE]... [--full-vocab] [--no-lexicon]
                 [--no-gate] [--draft] [--drain-ms N] [--grace-ms N] [--max-segments N]
                 [--max-beam N] [--max-explain-queue N] [--max-diff-words N]
                 [--max-diff-words-per-side N] [--receive-timeout-ms N]

Serves the HTTP API (docs/http-api.md) on ADDR:N (default 127.0.0.1:8080; --port 0 picks a
free port). API keys: APE_API_KEYS=key1,key2 in the environment (none: no auth).
SIGTERM/SIGINT: /readyz and new work answer 503 at once; the port stays open --drain-ms
(default ${DRAIN_MS}) for a load balancer to notice; work in flight has --grace-ms (default
${GRACE_MS}, from the signal) to be answered, then gets 503; exit 0. A second signal ends the
process at once, killed by that signal (status 130 for SIGINT, 143 for SIGTERM; docs/http-api.md,
"Shutdown").

Limits (defaults in src/server/config.ts, all in docs/http-api.md): --max-segments per
/v1/postedit request and lines per compatible-route request (128), --max-beam (8),
--max-explain-queue explanations admitted at once (4), --max-diff-words per /v1/diff request
(10000) and --max-diff-words-per-side in one mt or pe (500). --receive-timeout-ms (60000):
a request's headers and body must have arrived within it (headers within 20 s at most), else
408 and the connection is closed (a slow client cannot hold a connection for long).
Overload: a request that would wait more than --max-queue-wait-ms (20000) behind the work
already queued (estimated from the measured decoding rate), or find --max-queue (2048)
segments queued, gets 503 with Retry-After at once rather than a 504 after --timeout-ms (30000).

Several --model flags serve several models; the first is the default, the others are picked
by name ("model" in a request; the names are the manifests' "name", or NAME in NAME=DIR).
Each model gets its own --workers worker threads of --threads threads each, and its own
queue: memory and CPU add up over the models. --full-vocab scores the whole output vocabulary
even for a model with a shortlist (docs/model-format.md, "Output-vocabulary shortlist");
--no-lexicon decodes without the model's target lexicon (docs/model-format.md, "Target
lexicon"). Both apply to every served model, /v1/explain included. --no-gate decodes every
segment even for a model with a keep-or-edit gate (format version 6; docs/model-format.md,
"Keep-or-edit gate"; on by default: a segment the gate keeps is answered with its mt, not
decoded; a request may turn it off with options.gate false). --draft turns on
mt-drafted greedy decoding for beam-1 requests to format version 5 models (docs/model-format.md,
"Drafted decoding": the same output up to float rounding; off by default, no gain measured on
a 2-core CPU).`;

/** One `--model` flag: `DIR`, or `NAME=DIR` to serve the model under another name. */
export interface ModelSpec {
  dir: string;
  name: string | undefined;
}

const MODEL_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function parseModelSpec(spec: string): ModelSpec {
  // A directory that exists is a directory, even with a '=' in its name.
  const eq = spec.indexOf('=');
  if (eq < 0 || existsSync(spec)) return { dir: spec, name: undefined };
  const name = spec.slice(0, eq);
  const dir = spec.slice(eq + 1);
  if (!MODEL_NAME.test(name) || dir === '')
    throw new UsageError(
      `--model '${spec}': expected DIR or NAME=DIR with NAME made of letters, digits, '.', '_' and '-' (e.g. --model es-en-small=models/small)`,
    );
  return { dir, name };
}

/**
 * The name each model will be served under (NAME, else the manifest's name), read from the
 * manifests before any model is loaded, so two that clash are refused at once.
 */
async function servedNames(specs: readonly ModelSpec[]): Promise<string[]> {
  const names: string[] = [];
  for (const spec of specs)
    names.push(spec.name ?? modelName(await loadModelDir(spec.dir, { verify: false })));
  names.forEach((name, i) => {
    const first = names.indexOf(name);
    if (first === i) return;
    const a = specs[first]?.dir ?? '';
    const b = specs[i]?.dir ?? '';
    throw new UsageError(
      `--model ${a} and --model ${b} would both be served as '${name}' (the manifest's "name" in ape.json, or NAME in NAME=DIR); give one another name with --model NAME=DIR, e.g. --model ${name}-2=${b}`,
    );
  });
  return names;
}

function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export const command: Command = {
  summary: 'serve the post-editing HTTP API for a model directory',
  async run(argv) {
    const { values } = parseFlags('serve', argv, {
      model: { type: 'string', multiple: true },
      port: { type: 'string' },
      host: { type: 'string' },
      workers: { type: 'string' },
      threads: { type: 'string' },
      'full-vocab': { type: 'boolean' },
      'no-lexicon': { type: 'boolean' },
      'no-gate': { type: 'boolean' },
      draft: { type: 'boolean' },
      'max-wait-ms': { type: 'string' },
      'max-batch-tokens': { type: 'string' },
      'max-queue': { type: 'string' },
      'max-queue-wait-ms': { type: 'string' },
      'timeout-ms': { type: 'string' },
      'body-limit': { type: 'string' },
      'cors-origin': { type: 'string', multiple: true },
      'drain-ms': { type: 'string' },
      'grace-ms': { type: 'string' },
      'max-segments': { type: 'string' },
      'max-beam': { type: 'string' },
      'max-explain-queue': { type: 'string' },
      'max-diff-words': { type: 'string' },
      'max-diff-words-per-side': { type: 'string' },
      'receive-timeout-ms': { type: 'string' },
      // Upstream MT for the APy/LibreTranslate-compatible routes (docs/cat-tools.md), e.g. apertium:spa-eng.
      mt: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help === true) {
      process.stdout.write(HELP + '\n');
      return EXIT.ok;
    }
    if (values.model === undefined || values.model.length === 0)
      throw new UsageError('--model DIR is required');
    const specs = values.model.map(parseModelSpec);
    const names = await servedNames(specs);
    const port = intFlag('port', values.port, 0) ?? 8080;
    const host = values.host ?? '127.0.0.1';
    const receiveMs = intFlag('receive-timeout-ms', values['receive-timeout-ms'], 1) ?? 60_000;
    const apiKeys = (process.env.APE_API_KEYS ?? '')
      .split(',')
      .map((k) => k.trim())
      .filter((k) => k !== '');
    const config: ServerConfig = ServerConfigSchema.parse(
      defined({
        maxWaitMs: intFlag('max-wait-ms', values['max-wait-ms'], 0),
        maxBatchTokens: intFlag('max-batch-tokens', values['max-batch-tokens'], 1),
        maxQueueSegments: intFlag('max-queue', values['max-queue'], 1),
        maxQueueWaitMs: intFlag('max-queue-wait-ms', values['max-queue-wait-ms'], 1),
        requestTimeoutMs: intFlag('timeout-ms', values['timeout-ms'], 1),
        bodyLimitBytes: intFlag('body-limit', values['body-limit'], 1),
        maxSegmentsPerRequest: intFlag('max-segments', values['max-segments'], 1),
        maxBeam: intFlag('max-beam', values['max-beam'], 1),
        maxExplainQueue: intFlag('max-explain-queue', values['max-explain-queue'], 1),
        maxDiffWords: intFlag('max-diff-words', values['max-diff-words'], 1),
        maxDiffWordsPerSide: intFlag(
          'max-diff-words-per-side',
          values['max-diff-words-per-side'],
          1,
        ),
        corsOrigins: values['cors-origin'],
        apiKeys,
      }),
    );
    const upstream =
      values.mt === undefined
        ? undefined
        : await Promise.all(
            values.mt.map((spec) =>
              import('../server/compat/upstream.js').then((m) => m.upstreamFromSpec(spec)),
            ),
          );
    const drainMs = intFlag('drain-ms', values['drain-ms'], 0) ?? DRAIN_MS;
    const graceMs = intFlag('grace-ms', values['grace-ms'], 0) ?? GRACE_MS;
    const logger = jsonLogger(process.stderr);
    const threads = intFlag('threads', values.threads, 1);
    const workers = intFlag('workers', values.workers, 1) ?? 1;
    // One after another: each load spawns its worker threads, and a failure closes those loaded.
    const models: ModelEntry[] = [];
    try {
      for (const [i, spec] of specs.entries()) {
        const started = performance.now();
        const postEditor = await OnnxPostEditor.load(spec.dir, {
          workers,
          ...(threads === undefined ? {} : { intraOpThreads: threads }),
          shortlist: values['full-vocab'] !== true,
          lexicon: values['no-lexicon'] !== true,
          gate: values['no-gate'] !== true,
          draft: values.draft === true,
        });
        const name = names[i] ?? postEditor.info.name;
        models.push({ postEditor, name });
        logger.info('model loaded', {
          model: name,
          dir: spec.dir,
          default: i === 0,
          workers: postEditor.concurrency,
          ms: Math.round(performance.now() - started),
        });
      }
    } catch (err) {
      await Promise.all(models.map((m) => m.postEditor.close()));
      throw err;
    }
    const ape = createApp({
      models,
      config,
      logger,
      ...(upstream === undefined ? {} : { upstream }),
    });
    // Slow clients: headers within 20 s and the whole request within --receive-timeout-ms
    // (60 s: a 1 MB body at 17 KB/s), else Node answers 408 and closes the connection (its
    // default waits 300 s). Node looks for such connections every connectionsCheckingInterval,
    // so a cut comes up to a quarter of the timeout (at most 30 s) later.
    const server: Server = createServer(
      {
        headersTimeout: Math.min(20_000, receiveMs),
        requestTimeout: receiveMs,
        connectionsCheckingInterval: Math.min(30_000, Math.max(100, Math.floor(receiveMs / 4))),
      },
      ape.app,
    );
    server.listen(port, host);
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    const address = server.address();
    const actualPort = typeof address === 'object' && address !== null ? address.port : port;
    logger.info('listening', { url: `http://${host}:${actualPort}`, port: actualPort });

    // Graceful shutdown (ApeApp.shutdown): readiness 503 at once, the port open for the drain
    // window, work in flight answered within the grace, the workers stopped between runs.
    const signal = await new Promise<NodeJS.Signals>((resolve) => {
      let stopping = false;
      const stop = (name: NodeJS.Signals) => {
        if (stopping) {
          // Killed by the signal itself (status 128 + its number: 130 SIGINT, 143 SIGTERM), with
          // no exit handlers: process.exit() would tear down a worker mid-run, and onnxruntime
          // then aborts the process (exit 134, "terminate called ... Napi::Error").
          logger.info('second signal, exiting now', { signal: name });
          process.removeAllListeners(name);
          process.kill(process.pid, name);
          return;
        }
        stopping = true;
        resolve(name);
      };
      process.on('SIGTERM', () => stop('SIGTERM'));
      process.on('SIGINT', () => stop('SIGINT'));
    });
    logger.info('shutting down', { signal, queued: ape.models.depth, drainMs, graceMs });
    await ape.shutdown(server, { drainMs, graceMs });
    logger.info('stopped', {});
    return EXIT.ok;
  },
};
