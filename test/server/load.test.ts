import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { after, before, test } from 'node:test';
import type { OnnxPostEditor } from '../../src/model/post-editor.js';
import { createApp, type ApeApp } from '../../src/server/app.js';
import { expectations, loadPostEditor, type Expected } from './fixture-app.js';

// 1200 good and 400 bad requests
const REQUESTS = 1600;
const CONCURRENCY = 64;

let pe: OnnxPostEditor;
let server: Server;
let base: string;
let expected: Expected[];
let ape: ApeApp;

before(async () => {
  pe = await loadPostEditor();
  expected = await expectations();
  ape = createApp({
    postEditor: pe,
    config: {
      maxQueueSegments: 100_000,
      maxQueueWaitMs: 120_000,
      requestTimeoutMs: 120_000,
      maxBeam: 4,
    },
  });
  server = ape.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  await new Promise((resolve) => server.close(resolve));
  await pe.close();
});

type Shot =
  | { kind: 'good'; beam: number; want: Expected[]; init: RequestInit }
  | { kind: 'bad'; status: number; init: RequestInit; path?: string };

/**
 * A deterministic mix: 3 good requests for every bad one. Every 4th request is bad, its kind
 * cycling through 400, 415, 422 and 404; the good ones, counted apart, cycle through beams
 * 1-4 and, independently, 1-3 segments (all 12 combinations every 12 good requests).
 */
function shot(i: number): Shot {
  const json = (body: unknown): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (i % 4 === 3) {
    switch (Math.floor(i / 4) % 4) {
      case 0:
        return { kind: 'bad', status: 400, init: json({ segments: [{ src: 'x', mt: i }] }) };
      case 1:
        return {
          kind: 'bad',
          status: 415,
          init: { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' },
        };
      case 2:
        return {
          kind: 'bad',
          status: 422,
          init: json({ segments: [{ src: 'x', mt: 'cat '.repeat(pe.info.maxMtTokens + 1) }] }),
        };
      default:
        return { kind: 'bad', status: 404, init: { method: 'GET' }, path: '/v1/nope' };
    }
  }
  const k = 3 * Math.floor(i / 4) + (i % 4); // this good request's index among the good ones
  const beam = 1 + (k % 4);
  const pool = expected.filter((e) => e.beam === beam);
  const want = Array.from(
    { length: 1 + (k % 3) },
    (_, j) => pool[(i * 7 + j * 13) % pool.length],
  ).filter((e) => e !== undefined);
  return {
    kind: 'good',
    beam,
    want,
    init: json({
      segments: want.map((e) => ({ src: e.c.src, mt: e.c.mt })),
      options: { beam },
    }),
  };
}

test(`${REQUESTS} mixed requests at concurrency ${CONCURRENCY} on loopback: every good one gets the reference answer`, async () => {
  let next = 0;
  let good = 0;
  let bad = 0;
  const beams = new Set<number>();
  const badStatuses = new Set<number>();
  const failures: string[] = [];
  const started = performance.now();
  async function client(): Promise<void> {
    for (let i = next++; i < REQUESTS; i = next++) {
      const s = shot(i);
      const res = await fetch(
        base + (s.kind === 'bad' ? (s.path ?? '/v1/postedit') : '/v1/postedit'),
        { ...s.init, signal: AbortSignal.timeout(120_000) },
      );
      const body = (await res.json()) as {
        segments?: { pe: string; score: number; changed: boolean }[];
        status?: number;
      };
      if (s.kind === 'bad') {
        bad++;
        badStatuses.add(s.status);
        if (res.status !== s.status || body.status !== s.status)
          failures.push(`request ${i}: expected ${s.status}, got ${res.status}`);
        continue;
      }
      good++;
      beams.add(s.beam);
      if (res.status !== 200) {
        failures.push(`request ${i}: status ${res.status} ${JSON.stringify(body)}`);
        continue;
      }
      s.want.forEach((w, k) => {
        const got = body.segments?.[k];
        if (
          got?.pe !== w.pe ||
          got.changed !== w.changed ||
          Math.abs(got.score - w.score) >= 1e-4
        ) {
          failures.push(
            `request ${i} segment ${k}: got ${JSON.stringify(got)}, want ${w.pe} ${w.score}`,
          );
        }
      });
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
  const seconds = (performance.now() - started) / 1000;
  assert.deepEqual(failures.slice(0, 5), []);
  assert.equal(good + bad, REQUESTS);
  // the mix is what it claims
  assert.equal(good, 3 * bad);
  assert.deepEqual([...beams].sort(), [1, 2, 3, 4]);
  assert.deepEqual([...badStatuses].sort(), [400, 404, 415, 422]);
  // The server is still up and its queue is empty.
  assert.equal((await fetch(base + '/healthz')).status, 200);
  assert.equal(ape.models.depth, 0);
  const metrics = await (await fetch(base + '/metrics')).text();
  const batches = Number(/ape_batch_segments_count (\d+)/.exec(metrics)?.[1]);
  const segments = Number(/ape_batch_segments_sum (\d+)/.exec(metrics)?.[1]);
  process.stderr.write(
    `# ${REQUESTS} requests (${good} good, ${bad} bad) in ${seconds.toFixed(1)} s; ${segments} segments in ${batches} batches\n`,
  );
  assert.ok(batches < good, 'concurrent requests shared decoder batches');
});
