/**
 * Issue 18, item 3: abandoned work is cancelled. A request whose client has gone (or whose
 * timeout fired) has its queued segments dropped from the micro-batcher's queue, and a batch
 * that holds only abandoned segments stops at its next decoder step (a shared flag the
 * worker's beam search reads between steps); segments of other requests are answered as
 * before. Everything runs the real fixture model: the beam search and the batcher in this
 * process, then a real `ape serve` child. Expected answers come from the Python reference
 * decoder (test/fixtures/model-tiny-softmax/reference.json via fixture-app.ts); every wait
 * has a deadline.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { beamSearch, type BeamOptions } from '../../../src/model/beam-search.js';
import { loadModelDir } from '../../../src/model/model-dir.js';
import type { OnnxPostEditor } from '../../../src/model/post-editor.js';
import { prepareSegment, type PreparedSegment } from '../../../src/model/segment.js';
import { createSessions, releaseSessions } from '../../../src/model/sessions.js';
import { ApeTokenizer } from '../../../src/model/tokenizer.js';
import { DecodeCancelled } from '../../../src/model/worker-protocol.js';
import { ClientGone, MicroBatcher, QueueFullError } from '../../../src/server/batcher.js';
import { Metrics } from '../../../src/server/metrics.js';
import { createApp } from '../../../src/server/app.js';
import { metric } from '../../helpers/metrics.js';
import { startServe, type ServeProcess } from '../../helpers/serve.js';
import { waitUntil, withDeadline } from '../../helpers/wait.js';
import { defaultRun, loadReference } from '../../model/reference.js';
import { expectations, loadPostEditor, MODEL, type Expected } from '../fixture-app.js';

let beam4: Expected[];
before(async () => {
  beam4 = (await expectations()).filter((e) => e.beam === 4);
  assert.ok(beam4.length >= 10, 'the reference has at least 10 beam-4 cases');
});

describe('beam search: the cancellation check between decoder steps', () => {
  const name = 'model-tiny-softmax';
  const options = (beam: number): BeamOptions => {
    const run = defaultRun(loadReference(name).cases[0] ?? assert.fail('no case'), beam);
    if (run === undefined) assert.fail(`no beam-${beam} reference run`);
    return { ...run.options, nbest: 1 };
  };

  it('stops before the step after the check says so, and an unset check changes nothing', async () => {
    const model = await loadModelDir(MODEL);
    const tokenizer = await ApeTokenizer.fromFile(model.tokenizerPath);
    const sessions = await createSessions(model, { intraOpThreads: 1 });
    try {
      const cases = loadReference(name).cases;
      const inputs = cases.map(
        (c) => prepareSegment({ src: c.src, mt: c.mt }, tokenizer, model.manifest).input,
      );
      const special = model.manifest.specialTokens;
      // The check is asked before the encoder and before each step: true at the 4th ask
      // means steps 0 and 1 ran.
      let asked = 0;
      await assert.rejects(
        beamSearch(sessions, inputs, special, options(4), [], () => ++asked >= 4),
        (err: unknown) => err instanceof DecodeCancelled && err.steps === 2,
      );
      assert.equal(asked, 4);
      await assert.rejects(
        beamSearch(sessions, inputs, special, options(4), [], () => true),
        (err: unknown) => err instanceof DecodeCancelled && err.steps === 0,
      );
      const { hypotheses } = await beamSearch(sessions, inputs, special, options(4), [], () => {
        return false;
      });
      cases.forEach((c, i) => {
        const want = defaultRun(c, 4)?.hypotheses[0]?.ids;
        assert.deepEqual(hypotheses[i]?.[0]?.tokens, want, c.src);
      });
    } finally {
      await releaseSessions(sessions);
    }
  });
});

describe('MicroBatcher with the fixture model (one worker): abandoned requests', () => {
  let pe: OnnxPostEditor;
  before(async () => {
    pe = await loadPostEditor();
  });
  after(async () => {
    await pe.close();
  });
  const prep = (e: Expected): PreparedSegment => pe.prepare({ src: e.c.src, mt: e.c.mt });
  const batcher = (
    metrics: Metrics,
    config: Partial<ConstructorParameters<typeof MicroBatcher>[1]> = {},
  ) =>
    new MicroBatcher(
      pe,
      {
        maxWaitMs: 0,
        maxBatchTokens: 1_000_000,
        maxBatchSegments: 1_000,
        maxQueueSegments: 10_000,
        ...config,
      },
      metrics,
      'tiny',
    );
  const opts = { beam: 4, nbest: 1 };

  it('drops the queued segments of an abandoned request; the others are answered as the reference', async () => {
    const metrics = new Metrics();
    const b = batcher(metrics);
    const [first, ...rest] = beam4;
    if (first === undefined) assert.fail('no case');
    // The only worker takes the first request at once; the second waits in the queue.
    const answered = b.submit([prep(first)], opts);
    assert.equal(b.depth, 0);
    const abort = new AbortController();
    const abandoned = b.submit(rest.map(prep), opts, abort.signal);
    assert.equal(b.depth, rest.length);
    abort.abort(new ClientGone());
    assert.equal(b.depth, 0, 'the abandoned segments left the queue at once');
    await assert.rejects(abandoned, ClientGone);
    const [r] = await withDeadline('the first request', answered, 60_000);
    assert.equal(r?.pe, first.pe);
    // A request after it is decoded as usual.
    const after = await withDeadline('a request after', b.submit(rest.map(prep), opts), 60_000);
    assert.deepEqual(
      after.map((x) => x.pe),
      rest.map((e) => e.pe),
    );
    await withDeadline('the queue to drain', b.drain(), 60_000);
    const text = metrics.render();
    assert.equal(metric(text, 'ape_cancelled_segments_total', { stage: 'queued' }), rest.length);
    assert.equal(metric(text, 'ape_cancelled_segments_total', { stage: 'decoding' }), 0);
    assert.equal(
      metric(text, 'ape_model_cancelled_segments_total', { model: 'tiny', stage: 'queued' }),
      rest.length,
    );
    assert.equal(metric(text, 'ape_segments_total'), 1 + rest.length);
    assert.equal(metric(text, 'ape_queue_segments'), 0);
  });

  it('a request abandoned before it is submitted is never queued', async () => {
    const metrics = new Metrics();
    const b = batcher(metrics);
    const abort = new AbortController();
    abort.abort(new ClientGone());
    await assert.rejects(b.submit(beam4.slice(0, 3).map(prep), opts, abort.signal), ClientGone);
    assert.equal(b.depth, 0);
    await withDeadline('the queue to drain', b.drain(), 60_000);
    const text = metrics.render();
    assert.equal(metric(text, 'ape_cancelled_segments_total', { stage: 'queued' }), 3);
    assert.equal(metric(text, 'ape_segments_total'), 0);
  });

  it('stops a batch in the worker once every request in it has gone', async () => {
    const metrics = new Metrics();
    const b = batcher(metrics);
    const segs = Array.from({ length: 64 }, (_, i) => beam4[i % beam4.length] as Expected);
    const abort = new AbortController();
    // maxWaitMs 0 and a free worker: the batch is posted to the worker within submit().
    const abandoned = b.submit(segs.map(prep), { beam: 8, nbest: 1 }, abort.signal);
    assert.equal(b.depth, 0, 'the batch left the queue for the worker');
    abort.abort(new ClientGone());
    await assert.rejects(abandoned, ClientGone);
    await withDeadline('the cancelled batch to end', b.drain(), 60_000);
    const text = metrics.render();
    // The worker answered "cancelled", not a result: no batch was recorded as decoded.
    assert.equal(metric(text, 'ape_cancelled_segments_total', { stage: 'decoding' }), 64);
    assert.equal(metric(text, 'ape_segments_total'), 0);
    assert.equal(metric(text, 'ape_batch_segments_count'), 0);
    // The worker is free and decodes the next request as the reference says.
    const [first] = beam4;
    if (first === undefined) assert.fail('no case');
    const [r] = await withDeadline('a request after', b.submit([prep(first)], opts), 60_000);
    assert.equal(r?.pe, first.pe);
  });

  it('a batch shared with a live request decodes on: its answers are the reference', async () => {
    const metrics = new Metrics();
    const half = Math.floor(beam4.length / 2);
    const mine = beam4.slice(0, half);
    const theirs = beam4.slice(half);
    // The batch is cut when it is full (both requests), not after the long wait.
    const b = batcher(metrics, { maxWaitMs: 60_000, maxBatchSegments: beam4.length });
    const answered = b.submit(mine.map(prep), opts);
    assert.equal(b.depth, mine.length);
    const abort = new AbortController();
    const abandoned = b.submit(theirs.map(prep), opts, abort.signal);
    assert.equal(b.depth, 0, 'both requests went to the worker as one batch');
    abort.abort(new ClientGone());
    await assert.rejects(abandoned, ClientGone);
    const got = await withDeadline('the live request', answered, 60_000);
    assert.deepEqual(
      got.map((r) => [r.pe, r.changed]),
      mine.map((e) => [e.pe, e.changed]),
    );
    got.forEach((r, i) => assert.ok(Math.abs((r.score ?? NaN) - (mine[i]?.score ?? NaN)) < 1e-4));
    await withDeadline('the queue to drain', b.drain(), 60_000);
    const text = metrics.render();
    assert.equal(metric(text, 'ape_cancelled_segments_total'), 0);
    assert.equal(metric(text, 'ape_segments_total'), beam4.length);
  });
});

describe('ape serve: an abandoned large request, then a one-segment request', () => {
  let server: ServeProcess;
  before(async () => {
    server = await startServe(['--model', MODEL, '--threads', '1', '--workers', '1']);
  });
  after(async () => {
    server.child.kill('SIGTERM');
    await withDeadline('ape serve to exit', once(server.child, 'exit'), 60_000, () =>
      server.child.kill('SIGKILL'),
    );
  });
  const scrape = async () => (await fetch(`${server.base}/metrics`)).text();

  it('drops the abandoned segments; the next request is answered 200 with the reference output', async () => {
    const { base } = server;
    // 8 requests of 128 segments at beam 8 (the limits): about 20 batches of decoding.
    const cases = loadReference('model-tiny-softmax').cases;
    const segments = Array.from({ length: 128 }, (_, i) => ({
      src: cases[i % cases.length]?.src ?? '',
      mt: cases[i % cases.length]?.mt ?? '',
    }));
    const body = JSON.stringify({ segments, options: { beam: 8 } });
    const client = new AbortController();
    const large = Array.from({ length: 8 }, () =>
      fetch(`${base}/v1/postedit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        signal: client.signal,
      }).then(
        (res) => res.status,
        (err: unknown) => (err instanceof Error ? err.name : String(err)),
      ),
    );
    // All submitted, some still queued. One worker decodes at most one batch (at most 64
    // segments) at a time, so queued + decoded within 64 of the total means every request
    // is in the queue or the worker.
    const total = large.length * segments.length;
    await waitUntil(
      'all the large requests queued, some segments still waiting (ape_queue_segments on /metrics)',
      async () => {
        const text = await scrape();
        const queued = metric(text, 'ape_queue_segments');
        return queued > 0 && queued + metric(text, 'ape_segments_total') >= total - 64;
      },
      { timeoutMs: 60_000, intervalMs: 10 },
    );
    client.abort();
    // The client saw its own abort, never an answer.
    for (const outcome of await withDeadline('the aborted fetches', Promise.all(large), 60_000))
      assert.equal(outcome, 'AbortError');

    const probe = beam4[0];
    if (probe === undefined) assert.fail('no case');
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

    // Every abandoned segment was either decoded before its client left or cancelled, and
    // the queue is empty.
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
    ).catch((err: unknown) => {
      throw new Error(`${String(err)}; last /metrics:\n${text}`);
    });
    assert.ok(
      metric(text, 'ape_cancelled_segments_total', { stage: 'queued' }) > 0,
      `some segments were dropped from the queue:\n${text}`,
    );
    assert.ok(
      metric(text, 'ape_model_cancelled_segments_total', { model: 'model-tiny-softmax' }) > 0,
      text,
    );
    // A client that left is not a server error.
    assert.doesNotMatch(server.log, /"level":"error"/);
  });
});

describe('shutdown: requests answered 503 at the end of the grace leave the queue', () => {
  it('drops their queued segments instead of decoding them for nobody', async () => {
    const pe = await loadPostEditor();
    const ape = createApp({ postEditor: pe, config: { requestTimeoutMs: 120_000 } });
    const server = ape.app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const cases = loadReference('model-tiny-softmax').cases;
    const segments = Array.from({ length: 128 }, (_, i) => ({
      src: cases[i % cases.length]?.src ?? '',
      mt: cases[i % cases.length]?.mt ?? '',
    }));
    const body = JSON.stringify({ segments, options: { beam: 8 } });
    const requests = Array.from({ length: 8 }, () =>
      fetch(`http://127.0.0.1:${port}/v1/postedit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        signal: AbortSignal.timeout(120_000),
      }),
    );
    const total = requests.length * segments.length;
    await waitUntil(
      'all eight requests in the queue or the worker',
      () => {
        const text = ape.metrics.render();
        const queued = metric(text, 'ape_queue_segments');
        return queued > 0 && queued + metric(text, 'ape_segments_total') >= total - 64;
      },
      { timeoutMs: 60_000, intervalMs: 5 },
    );
    await withDeadline('the shutdown', ape.shutdown(server, { drainMs: 0, graceMs: 50 }), 120_000);
    for (const res of await withDeadline('the answers', Promise.all(requests), 60_000)) {
      assert.equal(res.status, 503);
      const problem = (await res.json()) as { detail: string };
      assert.match(problem.detail, /shut down before this request was answered/);
    }
    const text = ape.metrics.render();
    // what was queued at the end of the grace was dropped, not decoded before the exit
    assert.ok(metric(text, 'ape_cancelled_segments_total', { stage: 'queued' }) > 0, text);
    assert.equal(
      metric(text, 'ape_segments_total') + metric(text, 'ape_cancelled_segments_total'),
      total,
    );
    assert.equal(metric(text, 'ape_queue_segments'), 0);
  });
});

describe('MicroBatcher load shedding (maxQueueWaitMs), the fixture model with one worker', () => {
  it('refuses a request at once when the work queued ahead would outlast maxQueueWaitMs', async () => {
    const pe = await loadPostEditor();
    try {
      const metrics = new Metrics();
      const b = new MicroBatcher(
        pe,
        {
          maxWaitMs: 0,
          maxBatchTokens: 1_000_000,
          maxBatchSegments: 64,
          maxQueueSegments: 10_000,
          maxQueueWaitMs: 1,
        },
        metrics,
        'tiny',
      );
      const prep = (e: Expected): PreparedSegment => pe.prepare({ src: e.c.src, mt: e.c.mt });
      const [first] = beam4;
      if (first === undefined) assert.fail('no case');
      // no rate is known before a batch has ended: an empty queue admits anything
      assert.equal(b.estimatedWaitMs(), undefined);
      const [r] = await withDeadline('a first request', b.submit([prep(first)], opts4), 60_000);
      assert.equal(r?.pe, first.pe);
      // 128 segments: the worker takes 64, the other 64 wait in the queue
      const many = Array.from({ length: 128 }, (_, i) => beam4[i % beam4.length] as Expected);
      const abort = new AbortController();
      const big = b.submit(many.map(prep), { beam: 8, nbest: 1 }, abort.signal);
      big.catch(() => undefined);
      assert.equal(b.depth, 64);
      const wait = b.estimatedWaitMs();
      assert.ok(wait !== undefined && wait > 1, `estimated wait ${String(wait)} ms`);
      await assert.rejects(b.submit([prep(first)], opts4), QueueFullError);
      assert.equal(metric(metrics.render(), 'ape_shed_segments_total', { model: 'tiny' }), 1);
      abort.abort(new ClientGone());
      await withDeadline('the queue to drain', b.drain(), 60_000);
      // with nothing queued ahead the next request is admitted and answered
      const [again] = await withDeadline('a request after', b.submit([prep(first)], opts4), 60_000);
      assert.equal(again?.pe, first.pe);
    } finally {
      await pe.close();
    }
  });
});

const opts4 = { beam: 4, nbest: 1 };
