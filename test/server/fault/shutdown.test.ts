/**
 * Issue 18, item 1: shutdown of a real `ape serve` process with work in flight. SIGTERM turns
 * /readyz to 503 at once while the port stays open (--drain-ms) and new work gets 503 with
 * Retry-After in its route family's shape; an explanation or a LibreTranslate request in flight
 * is answered in full within --grace-ms, or with a clear 503 once the grace is over; the
 * process exits 0 and never aborts (onnxruntime's "terminate called after throwing an instance
 * of 'Napi::Error'", exit 134, when a worker was torn down mid-run). A second signal ends it at
 * once, killed by that signal. Every wait has a deadline.
 *
 * /v1/explain runs on the default model (models/default): only a real model's explanation of
 * a long segment takes seconds, long enough to be inside an onnxruntime run when the signal
 * comes. The LibreTranslate requests use the tiny fixture model behind `apertium spa-eng`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../../helpers/paths.js';
import { startServe, type ServeProcess } from '../../helpers/serve.js';
import { skipUnless } from '../../helpers/skip.js';
import { waitUntil, withDeadline } from '../../helpers/wait.js';
import { MODEL } from '../fixture-app.js';

const DEFAULT_MODEL = join(repoRoot, 'models', 'default');
const hasDefault = existsSync(join(DEFAULT_MODEL, 'ape.json'));
const hasApertium = spawnSync('apertium', ['-l'], { encoding: 'utf8' }).stdout?.includes('spa-eng');

/** A segment long enough that the default model explains it for seconds (beam 8). */
const LONG = {
  src: Array(8).fill('el gato negro come pescado en la casa grande').join(' '),
  mt: Array(8).fill('the black cat eats fish in the big house').join(' '),
  options: { beam: 8 },
};

const ABORTED = /terminate called|Napi::Error/;

function post(base: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(120_000),
  });
}

/** Resolves once `n` requests besides the scrape itself are inside the server. */
async function inFlight(server: ServeProcess, n: number, what: string): Promise<void> {
  await waitUntil(
    `${what} in flight (ape_http_requests_in_flight >= ${n + 1})`,
    async () => {
      const m = /ape_http_requests_in_flight (\d+)/.exec(
        await (await fetch(`${server.base}/metrics`)).text(),
      );
      return Number(m?.[1] ?? 0) >= n + 1;
    },
    { timeoutMs: 60_000, intervalMs: 10 },
  ).catch((err: unknown) => {
    server.child.kill('SIGKILL');
    throw err;
  });
}

/** The child's exit code and signal, or a rejection (after killing it) past 90 s. */
async function exited(
  server: ServeProcess,
): Promise<{ code: number | null; signal: string | null }> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null)
    return { code: child.exitCode, signal: child.signalCode };
  const [code, signal] = (await withDeadline(
    'ape serve to exit after the signal',
    once(child, 'exit'),
    90_000,
    () => child.kill('SIGKILL'),
  )) as [number | null, string | null];
  return { code, signal };
}

/** /readyz right after the signal: 503 "shutting down" (the port is still open). */
async function assertNotReady(base: string): Promise<void> {
  await waitUntil(
    '/readyz to answer 503',
    async () => (await fetch(`${base}/readyz`)).status === 503,
    { timeoutMs: 5_000, intervalMs: 5 },
  );
  const ready = await fetch(`${base}/readyz`);
  assert.equal(ready.status, 503);
  assert.equal(((await ready.json()) as { status: string }).status, 'shutting down');
}

test(
  'SIGTERM mid-explain (default model): /readyz 503 at once, new work 503 + Retry-After, the explanation arrives whole, exit 0',
  { skip: skipUnless(hasDefault, 'models/default is not in this checkout'), timeout: 180_000 },
  async () => {
    const server = await startServe([
      '--model',
      DEFAULT_MODEL,
      '--threads',
      '1',
      '--drain-ms',
      '1500',
      '--grace-ms',
      '120000',
    ]);
    const { base, child } = server;
    const answer = post(base, '/v1/explain', LONG);
    await inFlight(server, 1, 'the explanation');
    child.kill('SIGTERM');
    await assertNotReady(base);
    const late = await post(base, '/v1/postedit', { segments: [{ src: 'hola', mt: 'hello' }] });
    assert.equal(late.status, 503);
    assert.match(late.headers.get('content-type') ?? '', /application\/problem\+json/);
    assert.ok(Number(late.headers.get('retry-after')) > 0, 'Retry-After on the 503');
    assert.equal(late.headers.get('connection'), 'close');

    const res = await answer;
    assert.equal(res.status, 200, server.log);
    const body = (await res.json()) as { pe: string; output: { attention: number[][][] }[] };
    assert.equal(typeof body.pe, 'string');
    assert.ok(body.output.length > 0, 'the explanation has its output tokens');
    assert.ok(body.output.every((s) => s.attention.length > 0));

    const { code } = await exited(server);
    assert.equal(code, 0, server.log);
    assert.doesNotMatch(server.log, ABORTED);
    assert.match(server.log, /"msg":"stopped"/);
    await assert.rejects(fetch(`${base}/healthz`), 'no longer listening after the drain window');
  },
);

test(
  'SIGTERM mid-explain with a short grace (default model): the explanation gets a clear 503, the worker stops between runs, exit 0',
  { skip: skipUnless(hasDefault, 'models/default is not in this checkout'), timeout: 180_000 },
  async () => {
    const server = await startServe([
      '--model',
      DEFAULT_MODEL,
      '--threads',
      '1',
      '--drain-ms',
      '0',
      '--grace-ms',
      '300',
    ]);
    const answer = post(server.base, '/v1/explain', {
      ...LONG,
      src: `${LONG.src} ${LONG.src}`,
      mt: `${LONG.mt} ${LONG.mt}`,
    });
    await inFlight(server, 1, 'the explanation');
    server.child.kill('SIGTERM');
    const res = await answer;
    assert.equal(res.status, 503, server.log);
    assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
    assert.ok(Number(res.headers.get('retry-after')) > 0, 'Retry-After on the 503');
    const problem = (await res.json()) as { status: number; detail: string };
    assert.equal(problem.status, 503);
    assert.match(problem.detail, /shut down before this request was answered/);
    const { code } = await exited(server);
    assert.equal(code, 0, server.log);
    assert.doesNotMatch(server.log, ABORTED);
  },
);

test(
  'a second signal during a long explanation ends ape serve at once, killed by it (no abort)',
  { skip: skipUnless(hasDefault, 'models/default is not in this checkout'), timeout: 180_000 },
  async () => {
    const server = await startServe(['--model', DEFAULT_MODEL, '--threads', '1']);
    const answer = post(server.base, '/v1/explain', LONG).then(
      (r) => r.status,
      () => 'connection closed',
    );
    await inFlight(server, 1, 'the explanation');
    server.child.kill('SIGTERM');
    await assertNotReady(server.base);
    server.child.kill('SIGINT');
    const { code, signal } = await exited(server);
    assert.deepEqual({ code, signal }, { code: null, signal: 'SIGINT' }, server.log);
    assert.doesNotMatch(server.log, ABORTED);
    assert.match(server.log, /"msg":"second signal, exiting now"/);
    assert.equal(await answer, 'connection closed');
  },
);

/**
 * A LibreTranslate request Apertium takes about a second over (under the routes' line limit);
 * four at once keep the server busy in the upstream step and the model's queue.
 */
const LINES = Array.from(
  { length: 120 },
  (_, i) => `El gato número ${i} come pescado en la casa grande con su amigo el perro.`,
);
const LT = { q: LINES.join('\n'), source: 'es', target: 'en' };
const CONCURRENT = 4;

test(
  'SIGTERM mid-LibreTranslate request (in its Apertium step): answered in full, new ones get LibreTranslate 503s, exit 0',
  { skip: skipUnless(hasApertium, 'apertium spa-eng is not installed'), timeout: 180_000 },
  async () => {
    const server = await startServe([
      '--model',
      MODEL,
      '--threads',
      '1',
      '--mt',
      'apertium:spa-eng',
      '--drain-ms',
      '1000',
      '--grace-ms',
      '120000',
    ]);
    const { base, child } = server;
    const answers = Array.from({ length: CONCURRENT }, () =>
      post(base, '/libretranslate/translate', LT),
    );
    await inFlight(server, CONCURRENT, 'the LibreTranslate requests');
    child.kill('SIGTERM');
    await assertNotReady(base);
    const late = await post(base, '/libretranslate/translate', {
      q: 'hola',
      source: 'es',
      target: 'en',
    });
    assert.equal(late.status, 503);
    assert.ok(Number(late.headers.get('retry-after')) > 0, 'Retry-After on the 503');
    assert.match(((await late.json()) as { error: string }).error, /shutting down/);

    for (const res of await Promise.all(answers)) {
      assert.equal(res.status, 200, server.log);
      const text = ((await res.json()) as { translatedText: string }).translatedText;
      const lines = text.split('\n');
      assert.equal(lines.length, LINES.length, 'one translated line per line sent');
      assert.ok(
        lines.every((l, i) => / dog\.$/.test(l) && l.includes(String(i))),
        'every line translated',
      );
    }
    const { code } = await exited(server);
    assert.equal(code, 0, server.log);
    assert.doesNotMatch(server.log, ABORTED);
  },
);

test(
  'SIGTERM mid-LibreTranslate request with a short grace: a LibreTranslate-shaped 503, exit 0',
  { skip: skipUnless(hasApertium, 'apertium spa-eng is not installed'), timeout: 180_000 },
  async () => {
    const server = await startServe([
      '--model',
      MODEL,
      '--threads',
      '1',
      '--mt',
      'apertium:spa-eng',
      '--drain-ms',
      '0',
      '--grace-ms',
      '0',
    ]);
    const answers = Array.from({ length: CONCURRENT }, () =>
      post(server.base, '/libretranslate/translate', LT),
    );
    await inFlight(server, CONCURRENT, 'the LibreTranslate requests');
    server.child.kill('SIGTERM');
    for (const res of await Promise.all(answers)) {
      assert.equal(res.status, 503, server.log);
      assert.ok(Number(res.headers.get('retry-after')) > 0, 'Retry-After on the 503');
      const body = (await res.json()) as { error: string };
      assert.match(body.error, /shut down before this request was answered/);
    }
    const { code } = await exited(server);
    assert.equal(code, 0, server.log);
    assert.doesNotMatch(server.log, ABORTED);
  },
);
