/**
 * Worker-thread entry of src/server/routes/diff.ts: the TER word diffs of one request, and the
 * JSON of its answer, computed off the event loop (a 1,000-word pair takes most of a second).
 */
import { parentPort } from 'node:worker_threads';
import { wordDiff } from './word-diff.js';

export interface DiffJob {
  id: number;
  pairs: { mt: string; pe: string }[];
}

export type DiffReply =
  { type: 'result'; id: number; json: string } | { type: 'error'; id: number; message: string };

const port = parentPort;
if (port === null) throw new Error('diff-worker.ts must run as a worker thread');

port.on('message', (job: DiffJob) => {
  try {
    const json = JSON.stringify({ pairs: job.pairs.map((p) => wordDiff(p.mt, p.pe)) });
    port.postMessage({ type: 'result', id: job.id, json } satisfies DiffReply);
  } catch (err) {
    port.postMessage({
      type: 'error',
      id: job.id,
      message: err instanceof Error ? err.message : String(err),
    } satisfies DiffReply);
  }
});
