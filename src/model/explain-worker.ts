/**
 * Worker-thread entry of src/model/explain.ts: its own sessions (one intra-op thread) run the
 * explain decode, so a long explanation never blocks the server's event loop (onnxruntime-node
 * runs a session on the calling thread; see decode-worker.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { explainIds, type ExplainReply, type ExplainRequest } from './explain.js';
import { loadModelDir } from './model-dir.js';
import { createSessions } from './sessions.js';

const port = parentPort;
if (port === null) throw new Error('explain-worker.ts must run as a worker thread');
const { modelDir, shortlist } = workerData as { modelDir: string; shortlist: boolean };
const model = await loadModelDir(modelDir, { verify: false });
const sessions = await createSessions(model, { intraOpThreads: 1, shortlist });
port.postMessage({ type: 'ready' } satisfies ExplainReply);

port.on('message', (req: ExplainRequest) => {
  explainIds(sessions, req.input, model.manifest.specialTokens, req.options).then(
    (result) => port.postMessage({ type: 'result', id: req.id, result } satisfies ExplainReply),
    (err: unknown) =>
      port.postMessage({
        type: 'error',
        id: req.id,
        message: err instanceof Error ? err.message : String(err),
      } satisfies ExplainReply),
  );
});
