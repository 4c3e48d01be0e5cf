import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import request from 'supertest';
import type { OnnxPostEditor } from '../../src/model/post-editor.js';
import { createApp } from '../../src/server/app.js';
import { loadReference } from '../model/reference.js';
import { loadPostEditor } from './fixture-app.js';

let pe: OnnxPostEditor;
before(async () => {
  pe = await loadPostEditor();
});
after(() => pe.close());

test('/healthz and /metrics answer while a long decode runs (inference is off the event loop)', async () => {
  const app = createApp({
    postEditor: pe,
    config: { maxSegmentsPerRequest: 1024, maxBatchSegments: 1024, maxBatchTokens: 1e9 },
  }).app;
  const cases = loadReference('model-tiny-softmax').cases;
  const segments = Array.from({ length: 768 }, (_, i) => {
    const c = cases[i % cases.length];
    return { src: c?.src ?? '', mt: c?.mt ?? '' };
  });
  let decoding = true;
  const started = performance.now();
  const long = request(app)
    .post('/v1/postedit')
    .send({ segments, options: { beam: 8 } })
    .then((r) => r) // a real Promise (supertest has no .finally): a failed request also ends the probes
    .finally(() => {
      decoding = false;
    });
  // Probe while the batch decodes in the worker: each probe is answered before the decode ends.
  let answeredDuring = 0;
  const maxProbeMs: number[] = [];
  const deadline = Date.now() + 180_000;
  while (decoding) {
    if (Date.now() > deadline)
      throw new Error('timed out after 180 s waiting for the 768-segment batch to decode');
    const t0 = performance.now();
    const [h, m] = await Promise.all([request(app).get('/healthz'), request(app).get('/metrics')]);
    assert.equal(h.status, 200);
    assert.equal(m.status, 200);
    if (decoding) {
      answeredDuring++;
      maxProbeMs.push(performance.now() - t0);
    }
  }
  const res = await long;
  assert.equal(res.status, 200);
  assert.equal(res.body.segments.length, segments.length);
  const decodeMs = performance.now() - started;
  // Probes keep completing while one large batch decodes: the loop is never held for the batch.
  assert.ok(
    answeredDuring >= 3,
    `only ${answeredDuring} probes answered during a ${decodeMs.toFixed(0)} ms decode`,
  );
  process.stderr.write(
    `# ${answeredDuring} probe pairs answered during a ${decodeMs.toFixed(0)} ms decode; slowest ${Math.max(...maxProbeMs).toFixed(1)} ms\n`,
  );
});
