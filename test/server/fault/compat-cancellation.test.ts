/**
 * Issue 18, item 3, on the MT-compatible routes: "A 1,000-line LibreTranslate request whose
 * client left after 2 s was still decoded for nobody (794 segments), and a one-segment
 * `/v1/postedit` sent after it got 504 after 30 s." A real `ape serve --mt apertium:spa-eng`
 * with the tiny fixture model: eight LibreTranslate requests of 128 lines each (the
 * per-request line limit) at beam 8 are abandoned by their client once their segments are
 * queued; then a one-segment `/v1/postedit` must be answered 200 with the Python reference's
 * output, and every abandoned segment must have been decoded before the client left or
 * counted as cancelled (/metrics). Every wait has a deadline.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { after, before, test } from 'node:test';
import { metric } from '../../helpers/metrics.js';
import { startServe, type ServeProcess } from '../../helpers/serve.js';
import { waitUntil, withDeadline } from '../../helpers/wait.js';
import { loadReference } from '../../model/reference.js';
import { expectations, MODEL } from '../fixture-app.js';

let server: ServeProcess;
before(async () => {
  server = await startServe([
    '--model',
    MODEL,
    '--mt',
    'apertium:spa-eng',
    '--threads',
    '1',
    '--workers',
    '1',
  ]);
});
after(async () => {
  server.child.kill('SIGTERM');
  await withDeadline('ape serve to exit', once(server.child, 'exit'), 60_000, () =>
    server.child.kill('SIGKILL'),
  );
});

test('abandoned LibreTranslate requests are dropped; a /v1 request after them is answered', async () => {
  const { base } = server;
  const scrape = async () => (await fetch(`${base}/metrics`)).text();
  const sources = loadReference('model-tiny-softmax').cases.map((c) => c.src);
  const lines = Array.from({ length: 128 }, (_, i) => sources[i % sources.length] ?? '');
  // LibreTranslate's clients send one text; its lines are post-edited one by one
  const body = JSON.stringify({ q: lines.join('\n'), source: 'es', target: 'en' });
  const client = new AbortController();
  const large = Array.from({ length: 8 }, () =>
    fetch(`${base}/libretranslate/translate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: client.signal,
    }).then(
      (res) => res.status,
      (err: unknown) => (err instanceof Error ? err.name : String(err)),
    ),
  );
  // Apertium first, then the post-editor's queue: wait until every request has reached the
  // queue or the worker (one worker decodes at most 64 segments at a time).
  const total = large.length * lines.length;
  await waitUntil(
    'all the LibreTranslate requests queued for the post-editor (ape_queue_segments)',
    async () => {
      const text = await scrape();
      const queued = metric(text, 'ape_queue_segments');
      return queued > 0 && queued + metric(text, 'ape_segments_total') >= total - 64;
    },
    { timeoutMs: 120_000, intervalMs: 10 },
  );
  client.abort();
  for (const outcome of await withDeadline('the aborted fetches', Promise.all(large), 60_000))
    assert.equal(outcome, 'AbortError');

  const probe = (await expectations()).find((e) => e.beam === 4);
  if (probe === undefined) assert.fail('no beam-4 reference case');
  const res = await withDeadline(
    'the one-segment /v1/postedit',
    fetch(`${base}/v1/postedit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        segments: [{ src: probe.c.src, mt: probe.c.mt }],
        options: { beam: 4 },
      }),
    }),
    60_000,
  );
  assert.equal(res.status, 200, await res.clone().text());
  const answer = (await res.json()) as { segments: { pe: string }[] };
  assert.equal(answer.segments[0]?.pe, probe.pe);

  let text = '';
  await waitUntil(
    'every abandoned segment counted as decoded or cancelled, and an empty queue',
    async () => {
      text = await scrape();
      return (
        metric(text, 'ape_queue_segments') === 0 &&
        metric(text, 'ape_segments_total') - 1 + metric(text, 'ape_cancelled_segments_total') ===
          total
      );
    },
    { timeoutMs: 60_000, intervalMs: 50 },
  );
  // some of the abandoned work was never decoded (how much depends on the machine's speed)
  assert.ok(metric(text, 'ape_cancelled_segments_total') > 0, text);
});
