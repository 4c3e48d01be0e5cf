import { Worker } from 'node:worker_threads';
import { Router } from 'express';
import type { ServerConfig } from '../config.js';
import type { RequestSchemas } from '../schemas.js';
import { jsonBody, parseBody, refuseWhenStopping } from '../validate.js';
import type { Lifecycle } from './health.js';
import type { DiffJob, DiffReply } from './diff-worker.js';

// Run from source (tsx) the worker is a .ts file and needs tsx's loader, which a worker does
// not inherit (as src/model/explain.ts boots its worker); from dist/ it is the compiled .js.
const fromSource = import.meta.url.endsWith('.ts');
const workerUrl = new URL(fromSource ? './diff-worker.ts' : './diff-worker.js', import.meta.url);

function startWorker(): Worker {
  if (!fromSource) return new Worker(workerUrl);
  const boot = `import('tsx/esm/api').then((tsx) => tsx.tsImport(${JSON.stringify(workerUrl.href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(boot, { eval: true });
}

/**
 * One worker thread that computes the diffs, started on the first request and unref'd (it
 * never keeps the process alive). Requests are diffed one after another in arrival order; a
 * worker that dies fails the requests it held (500) and the next request starts a new one.
 */
class DiffWorker {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve(json: string): void; reject(e: Error): void }
  >();

  private start(): Worker {
    const worker = startWorker();
    worker.on('message', (reply: DiffReply) => {
      const job = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (reply.type === 'result') job?.resolve(reply.json);
      else job?.reject(new Error(`diff failed: ${reply.message}`));
    });
    const fail = (err: Error): void => {
      if (this.worker === worker) this.worker = undefined;
      for (const job of this.pending.values()) job.reject(err);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`diff worker exited with code ${code}`)));
    // after the listeners: adding a 'message' listener refs the worker again
    worker.unref();
    return worker;
  }

  /** The JSON of the answer `{ pairs: WordDiff[] }` (word-diff.ts) for these pairs. */
  run(pairs: DiffJob['pairs']): Promise<string> {
    this.worker ??= this.start();
    const worker = this.worker;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, pairs } satisfies DiffJob);
    });
  }
}

/**
 * POST /v1/diff: the TER word diff of each mt against its pe (word-diff.ts), for the web page.
 * No model is involved. Validation and errors as /v1/postedit's, plus the size bounds of the
 * schema (pairs, words per side, words in all): 400 naming the field. The diffs run in a
 * worker thread, so the largest allowed request never holds the event loop
 * (docs/http-api.md).
 */
export function diffRouter(
  config: ServerConfig,
  schemas: RequestSchemas,
  lifecycle: Lifecycle,
): Router {
  const schema = schemas.diff;
  const worker = new DiffWorker();
  const router = Router();
  // Refused with 503 while shutting down, and waited for (or cut) like every other /v1 request.
  router.post(
    '/v1/diff',
    refuseWhenStopping(lifecycle, config),
    ...jsonBody(config),
    async (req, res) => {
      const body = parseBody(schema, req);
      const json = await worker.run(body.pairs);
      res.type('application/json').send(json);
    },
  );
  return router;
}
