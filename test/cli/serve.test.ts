import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { test } from 'node:test';
import { apeBin } from '../helpers/paths.js';
import { startServe } from '../helpers/serve.js';
import { waitUntil, withDeadline } from '../helpers/wait.js';
import { loadReference } from '../model/reference.js';
import { MODEL } from '../server/fixture-app.js';

test('ape serve on port 0 answers, and SIGTERM lets an in-flight request finish before exiting 0', async () => {
  const server = await startServe(['--model', MODEL, '--threads', '1']);
  const { child, base } = server;
  assert.equal((await fetch(`${base}/readyz`)).status, 200);

  const cases = loadReference('model-tiny-softmax').cases;
  const segments = Array.from({ length: 128 }, (_, i) => ({
    src: cases[i % cases.length]?.src ?? '',
    mt: cases[i % cases.length]?.mt ?? '',
  }));
  const body = JSON.stringify({ segments, options: { beam: 8 } });
  const inFlight = Array.from({ length: 4 }, () =>
    fetch(`${base}/v1/postedit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    }),
  );
  // Signal only once all four are inside the server (the scrape itself counts as one more).
  await waitUntil(
    `ape_http_requests_in_flight >= ${inFlight.length + 1} on /metrics`,
    async () => {
      const m = /ape_http_requests_in_flight (\d+)/.exec(
        await (await fetch(`${base}/metrics`)).text(),
      );
      return Number(m?.[1] ?? 0) >= inFlight.length + 1;
    },
    { timeoutMs: 120_000, intervalMs: 10 },
  ).catch((err: unknown) => {
    child.kill('SIGKILL');
    throw err;
  });
  child.kill('SIGTERM');
  for (const res of await Promise.all(inFlight)) {
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { segments: unknown[] }).segments.length, segments.length);
  }
  const [code] = (await withDeadline(
    'ape serve to exit after SIGTERM',
    once(child, 'exit'),
    120_000,
    () => child.kill('SIGKILL'),
  )) as [number | null];
  const log = server.log;
  assert.equal(code, 0, log);
  const shutdownAt = log.indexOf('"msg":"shutting down","signal":"SIGTERM"');
  assert.ok(shutdownAt > 0, log);
  // At least one request was still decoding when the signal came, and was answered.
  assert.match(log.slice(shutdownAt), /"msg":"request".*"status":200/);
  assert.match(log, /"msg":"stopped"/);
  await assert.rejects(fetch(`${base}/healthz`), 'no longer listening');
});

test('ape serve with no model directory says so and exits 3', () => {
  const r = spawnSync(process.execPath, [apeBin, 'serve', '--model', 'models/does-not-exist'], {
    encoding: 'utf8',
  });
  assert.equal(r.status, 3);
  assert.match(r.stderr, /models\/does-not-exist does not exist/);
});

test('ape serve passes its limit flags to the server: requests over them get 400 naming the field', async () => {
  const server = await startServe([
    '--model',
    MODEL,
    '--threads',
    '1',
    '--drain-ms',
    '0',
    '--max-segments',
    '2',
    '--max-beam',
    '2',
    '--max-diff-words',
    '20',
    '--max-diff-words-per-side',
    '3',
  ]);
  const { child, base } = server;
  try {
    const post = (path: string, body: unknown) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const seg = { src: 'hola', mt: 'hello' };
    const field = async (res: Response) => {
      assert.equal(res.status, 400);
      return ((await res.json()) as { field?: string }).field;
    };
    assert.equal((await post('/v1/postedit', { segments: [seg, seg] })).status, 200);
    assert.equal(
      await field(await post('/v1/postedit', { segments: [seg, seg, seg] })),
      'segments',
    );
    assert.equal(
      await field(await post('/v1/postedit', { segments: [seg], options: { beam: 3 } })),
      'options.beam',
    );
    assert.equal((await post('/v1/diff', { pairs: [{ mt: 'a b c', pe: 'a c' }] })).status, 200);
    assert.equal(
      await field(await post('/v1/diff', { pairs: [{ mt: 'a b c d', pe: 'a c' }] })),
      'pairs[0].mt',
    );
  } finally {
    child.kill('SIGKILL');
  }
});

test('ape serve refuses a limit flag that is not a positive integer (exit 2, the flag named)', () => {
  const r = spawnSync(
    process.execPath,
    [apeBin, 'serve', '--model', MODEL, '--max-explain-queue', '0'],
    { encoding: 'utf8' },
  );
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--max-explain-queue: expected an integer >= 1, got '0'/);
});
