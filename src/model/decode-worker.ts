/**
 * Worker-thread entry: owns one encoder and one decoder session and runs beam search for
 * the pool (src/model/worker-pool.ts). onnxruntime-node 1.30's run() returns a Promise but
 * executes synchronously on the calling thread (docs/serving.md: a 5 ms timer stalled for up
 * to 42 ms during 22.5 ms runs), so this is what keeps the server's event loop free while a
 * batch decodes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { beamSearch } from './beam-search.js';
import { ForcedTarget } from './forced.js';
import { loadModelDir } from './model-dir.js';
import { createSessions } from './sessions.js';
import {
  DecodeCancelled,
  type WorkerInit,
  type WorkerReply,
  type WorkerRequest,
} from './worker-protocol.js';

const port = parentPort;
if (port === null) throw new Error('decode-worker.ts must run as a worker thread');
const init = workerData as WorkerInit;
// The parent verified every sha256 already; reading 100 MB again per worker buys nothing.
const model = await loadModelDir(init.modelDir, { verify: false });
const sessions = await createSessions(model, {
  intraOpThreads: init.intraOpThreads,
  shortlist: init.shortlist,
  gate: init.gate,
});
port.postMessage({ type: 'ready' } satisfies WorkerReply);

port.on('message', (req: WorkerRequest) => {
  const started = performance.now();
  const { bos, eos } = model.manifest.specialTokens;
  const forced = req.forced?.map((ids) => new ForcedTarget(ids, eos, bos));
  const flag = req.cancel;
  const cancelled = flag === undefined ? undefined : () => Atomics.load(flag, 0) !== 0;
  beamSearch(
    sessions,
    req.inputs,
    model.manifest.specialTokens,
    req.options,
    forced,
    cancelled,
  ).then(
    ({ hypotheses, stats, gated }) =>
      port.postMessage({
        type: 'result',
        id: req.id,
        hypotheses,
        stats,
        decodeMs: performance.now() - started,
        ...(forced === undefined
          ? {}
          : {
              // a gated input's mt was never scored: no decoder row was its
              mtScores: forced.map((f, i) => (gated?.[i] === true ? null : f.score(req.options))),
            }),
        ...(gated === undefined ? {} : { gated }),
      } satisfies WorkerReply),
    (err: unknown) =>
      port.postMessage(
        err instanceof DecodeCancelled
          ? ({ type: 'cancelled', id: req.id, steps: err.steps } satisfies WorkerReply)
          : ({
              type: 'error',
              id: req.id,
              message: err instanceof Error ? err.message : String(err),
            } satisfies WorkerReply),
      ),
  );
});
