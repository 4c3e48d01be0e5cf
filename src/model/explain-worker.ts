/**
 * Worker-thread entry of src/model/explain.ts: its own sessions (one intra-op thread) run the
 * explain decode, so a long explanation never blocks the server's event loop (onnxruntime-node
 * runs a session on the calling thread; see decode-worker.ts).
 *
 * Stopping (Explainer.close): the parent sets the shared `stop` flag, which every explanation
 * in progress polls before each decoder step (it then answers `cancelled`), and once all have
 * answered it sends `close`: the worker releases its sessions and closes its port, so the
 * thread ends on its own. Terminating it instead while a session runs aborts the whole process
 * (onnxruntime-node throws a C++ Napi::Error into a dying environment: "terminate called after
 * throwing an instance of 'Napi::Error'", exit 134).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DecodeCancelled } from './worker-protocol.js';
import {
  explainIds,
  type ExplainReply,
  type ExplainRequest,
  type ExplainWorkerData,
} from './explain.js';
import { loadModelDir } from './model-dir.js';
import { createSessions, releaseSessions } from './sessions.js';

const port = parentPort;
if (port === null) throw new Error('explain-worker.ts must run as a worker thread');
const { modelDir, shortlist, stop } = workerData as ExplainWorkerData;
const model = await loadModelDir(modelDir, { verify: false });
// No gate: an explanation always decodes (explainIds never sets BeamOptions.gate).
const sessions = await createSessions(model, { intraOpThreads: 1, shortlist, gate: false });
port.postMessage({ type: 'ready' } satisfies ExplainReply);
const stopping = () => Atomics.load(stop, 0) !== 0;

port.on('message', (req: ExplainRequest | { type: 'close' }) => {
  if ('type' in req) {
    // Every explanation has answered (the parent waits for that): no session is running.
    void releaseSessions(sessions).finally(() => port.close());
    return;
  }
  explainIds(sessions, req.input, model.manifest.specialTokens, req.options, stopping).then(
    (result) => port.postMessage({ type: 'result', id: req.id, result } satisfies ExplainReply),
    (err: unknown) =>
      port.postMessage(
        err instanceof DecodeCancelled
          ? ({ type: 'cancelled', id: req.id } satisfies ExplainReply)
          : ({
              type: 'error',
              id: req.id,
              message: err instanceof Error ? err.message : String(err),
            } satisfies ExplainReply),
      ),
  );
});
