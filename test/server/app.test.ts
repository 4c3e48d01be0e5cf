import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import request from 'supertest';
import type { Express } from 'express';
import type { OnnxPostEditor } from '../../src/model/post-editor.js';
import { createApp } from '../../src/server/app.js';
import type { ServerConfig } from '../../src/server/config.js';
import { expectations, loadPostEditor, type Expected } from './fixture-app.js';

let pe: OnnxPostEditor;
let expected: Expected[];
before(async () => {
  pe = await loadPostEditor();
  expected = await expectations();
});
after(() => pe.close());

const app = (config: Partial<ServerConfig> = {}): Express =>
  createApp({ postEditor: pe, config }).app;

function isProblem(res: request.Response, status: number, field?: string): void {
  assert.equal(res.status, status, JSON.stringify(res.body));
  assert.match(res.headers['content-type'] ?? '', /^application\/problem\+json/);
  assert.equal(res.body.status, status);
  assert.equal(typeof res.body.title, 'string');
  assert.equal(typeof res.body.detail, 'string');
  if (field !== undefined) {
    assert.equal(res.body.field, field);
    assert.ok((res.body.detail as string).includes(field), res.body.detail);
  }
}

test("200: segments come back in request order with the reference decoder's output", async () => {
  for (const beam of [1, 4]) {
    const cases = expected.filter((e) => e.beam === beam);
    const res = await request(app())
      .post('/v1/postedit')
      .send({ segments: cases.map((e) => ({ src: e.c.src, mt: e.c.mt })), options: { beam } });
    assert.equal(res.status, 200);
    assert.equal(res.body.model, pe.info.name);
    assert.equal(res.body.segments.length, cases.length);
    cases.forEach((e, i) => {
      const got = res.body.segments[i];
      assert.equal(got.pe, e.pe, `segment ${i}`);
      assert.equal(got.changed, e.changed);
      assert.ok(Math.abs(got.score - e.score) < 1e-4);
      assert.equal(got.nbest, undefined);
    });
  }
});

test('200: nbest returns the reference n-best list', async () => {
  const e = expected.find((x) => x.beam === 3 && x.nbest.length === 3);
  assert.ok(e);
  const res = await request(app())
    .post('/v1/postedit')
    .send({ segments: [{ src: e.c.src, mt: e.c.mt }], options: { beam: 3, nbest: 3 } });
  assert.equal(res.status, 200);
  assert.deepEqual(
    res.body.segments[0].nbest.map((h: { pe: string }) => h.pe),
    e.nbest.map((h) => h.pe),
  );
});

test('400 names the bad field', async () => {
  const good = { src: 'el gato', mt: 'the cat' };
  const cases: [unknown, string][] = [
    [{}, 'segments'],
    [{ segments: [] }, 'segments'],
    [{ segments: [good, { src: 'x', mt: 3 }] }, 'segments[1].mt'],
    [{ segments: [{ src: 'x' }] }, 'segments[0].mt'],
    [{ segments: [good], options: { beam: 0 } }, 'options.beam'],
    [{ segments: [good], options: { beam: 99 } }, 'options.beam'],
    [{ segments: [good], options: { beem: 2 } }, 'options'],
    [{ segments: [good], options: { beam: 2, nbest: 3 } }, 'options.nbest'],
    [[good], 'body'],
  ];
  for (const [body, field] of cases)
    isProblem(
      await request(app())
        .post('/v1/postedit')
        .send(body as object),
      400,
      field,
    );
  isProblem(
    await request(app())
      .post('/v1/postedit')
      .set('content-type', 'application/json')
      .send('{"segments": ['),
    400,
    'body',
  );
});

test('401 without a valid API key; the key works in either header', async () => {
  const a = app({ apiKeys: ['k-one', 'k-two'] });
  const body = { segments: [{ src: 'el gato', mt: 'the cat' }], options: { beam: 1 } };
  isProblem(await request(a).post('/v1/postedit').send(body), 401);
  isProblem(await request(a).post('/v1/postedit').set('x-api-key', 'k-three').send(body), 401);
  isProblem(await request(a).get('/v1/models').set('authorization', 'Bearer k-on'), 401);
  assert.equal(
    (await request(a).post('/v1/postedit').set('x-api-key', 'k-two').send(body)).status,
    200,
  );
  assert.equal(
    (await request(a).get('/v1/models').set('authorization', 'Bearer k-one')).status,
    200,
  );
  assert.equal((await request(a).get('/healthz')).status, 200, 'probes need no key');
});

test('404 for an unknown route', async () => {
  isProblem(await request(app()).get('/v1/nothing'), 404);
});

test('413 over the body limit', async () => {
  const res = await request(app({ bodyLimitBytes: 200 }))
    .post('/v1/postedit')
    .send({ segments: [{ src: 'x'.repeat(300), mt: 'y' }] });
  isProblem(res, 413);
});

test('415 for a body that is not JSON', async () => {
  isProblem(
    await request(app())
      .post('/v1/postedit')
      .set('content-type', 'text/plain')
      .send('el gato\tthe cat'),
    415,
  );
  isProblem(await request(app()).post('/v1/postedit').type('form').send({ segments: 'x' }), 415);
});

test("422 for a segment over the model's token limit, never cut", async () => {
  const long = Array.from({ length: pe.info.maxMtTokens + 1 }, () => 'cat').join(' ');
  isProblem(
    await request(app())
      .post('/v1/postedit')
      .send({
        segments: [
          { src: 'el gato', mt: 'the cat' },
          { src: 'el gato', mt: long },
        ],
      }),
    422,
    'segments[1].mt',
  );
  const longSrc = Array.from({ length: pe.info.maxSrcTokens + 1 }, () => 'gato').join(' ');
  isProblem(
    await request(app())
      .post('/v1/postedit')
      .send({ segments: [{ src: longSrc, mt: 'the cat' }] }),
    422,
    'segments[0].src',
  );
});

test('503 with Retry-After when the queue is full', async () => {
  const res = await request(app({ maxQueueSegments: 2, retryAfterS: 7 }))
    .post('/v1/postedit')
    .send({ segments: [1, 2, 3].map(() => ({ src: 'el gato', mt: 'the cat' })) });
  isProblem(res, 503);
  assert.equal(res.headers['retry-after'], '7');
});

test('504 when a request is not answered within requestTimeoutMs', async () => {
  const ape = createApp({ postEditor: pe, config: { requestTimeoutMs: 1, maxWaitMs: 50 } });
  isProblem(
    await request(ape.app)
      .post('/v1/postedit')
      .send({ segments: [{ src: 'el gato', mt: 'the cat' }] }),
    504,
  );
  assert.equal(ape.models.depth, 0, 'the timed-out segments left the queue');
});

test('readyz is 200 when serving and 503 while shutting down; new work then gets 503', async () => {
  const ape = createApp({ postEditor: pe });
  const a = ape.app;
  assert.equal((await request(a).get('/readyz')).status, 200);
  ape.lifecycle.accepting = false;
  assert.equal((await request(a).get('/readyz')).status, 503);
  isProblem(
    await request(a)
      .post('/v1/postedit')
      .send({ segments: [{ src: 'a', mt: 'b' }] }),
    503,
  );
  const diff = await request(a)
    .post('/v1/diff')
    .send({ pairs: [{ mt: 'a b', pe: 'a c' }] });
  isProblem(diff, 503);
  assert.equal(diff.headers['retry-after'], '1');
  assert.equal((await request(a).get('/healthz')).status, 200);
});

test('shutdown(server): queued work is answered, then the server stops listening', async () => {
  // its own post-editor: shutdown closes the models it serves
  const own = await loadPostEditor();
  const ape = createApp({ postEditor: own, config: { maxWaitMs: 300 } });
  const server = ape.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const e = expected.find((x) => x.beam === 1);
  assert.ok(e);
  const answer = fetch(`${base}/v1/postedit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ segments: [{ src: e.c.src, mt: e.c.mt }], options: { beam: 1 } }),
  });
  const deadline = Date.now() + 10_000;
  while (ape.models.depth < 1) {
    assert.ok(Date.now() < deadline, 'the request was queued within 10 s');
    await new Promise((r) => setTimeout(r, 5));
  }
  await ape.shutdown(server);
  assert.equal(ape.lifecycle.accepting, false);
  const res = await answer;
  assert.equal(res.status, 200);
  assert.equal(((await res.json()) as { segments: { pe: string }[] }).segments[0]?.pe, e.pe);
  assert.equal(server.listening, false);
  await assert.rejects(fetch(`${base}/healthz`), 'no longer listening');
});

test('GET /v1/models describes the loaded model', async () => {
  const res = await request(app()).get('/v1/models');
  assert.equal(res.status, 200);
  assert.equal(res.body.models[0].name, pe.info.name);
  assert.equal(res.body.models[0].maxMtTokens, pe.info.maxMtTokens);
  assert.equal(res.body.models[0].inputLayout, 'bert-pair');
});

test('CORS: an allowed origin gets headers and a 204 preflight; others get none', async () => {
  const a = app({ corsOrigins: ['https://cat.example'] });
  const pre = await request(a)
    .options('/v1/postedit')
    .set('origin', 'https://cat.example')
    .set('access-control-request-method', 'POST');
  assert.equal(pre.status, 204);
  assert.equal(pre.headers['access-control-allow-origin'], 'https://cat.example');
  assert.match(pre.headers['access-control-allow-headers'] ?? '', /Content-Type/);
  const other = await request(a).get('/healthz').set('origin', 'https://evil.example');
  assert.equal(other.headers['access-control-allow-origin'], undefined);
});

test('/metrics: Prometheus text with requests by route and status, latency, batch sizes, queue depth, tokens/s', async () => {
  const a = app();
  await request(a)
    .post('/v1/postedit')
    .send({ segments: [{ src: 'el gato', mt: 'the cat' }] });
  await request(a).post('/v1/postedit').set('content-type', 'text/plain').send('x');
  const res = await request(a).get('/metrics');
  assert.equal(res.status, 200);
  assert.match(res.headers['content-type'] ?? '', /^text\/plain/);
  for (const line of [
    'ape_http_requests_total{route="/v1/postedit",status="200"} 1',
    'ape_http_requests_total{route="/v1/postedit",status="415"} 1',
    'ape_batch_segments_count 1',
    'ape_queue_segments 0',
    '# TYPE ape_http_request_duration_seconds histogram',
    '# TYPE ape_decode_tokens_per_second gauge',
  ]) {
    assert.ok(res.text.includes(line), line);
  }
});
