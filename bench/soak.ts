/**
 * Soak run (issue 18): a real `ape serve` under minutes of mixed good, bad and abandoned
 * requests at high concurrency. Not a test: it reports, it never gates.
 *
 *   nice -n 10 node --import tsx bench/soak.ts [--model models/default] [--mt apertium:spa-eng]
 *       [--seconds 600] [--concurrency 64] [--pairs 400] [--seed 1]
 *
 * 1. Starts `ape serve --model MODEL --mt MT --port 0`.
 * 2. Reference: every one of --pairs test pairs (synthetic-data/es-en/test) post-edited alone,
 *    one request at a time.
 * 3. Soak: --concurrency clients for --seconds, each drawing a request kind at random
 *    (weights below) and checking the answer: good /v1/postedit requests of 1-8 pairs (each
 *    answer compared with the same pair's answer alone), LibreTranslate and APy translations,
 *    /v1/explain and /v1/diff, bad requests that must get their 4xx, and abandoned requests
 *    (a 32-pair post-edit whose client goes away after 50-500 ms). The server's RSS is read
 *    from /proc every 5 s; /healthz latency is probed once a second by a client of its own.
 * 4. SIGTERM; waits for the exit and its code.
 *
 * Prints per kind: requests, statuses, unexpected answers, p50/p95/p99 latency; 503s
 * ("at capacity", shed load) are counted apart from failures; answers that differ from the same
 * pair alone are counted (docs/http-api.md, "Batch invariance", says why there can be some);
 * RSS over time; /healthz p50/p99/max; the exit code.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { testPairs } from './test-pairs.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    model: { type: 'string', default: join(root, 'models/default') },
    mt: { type: 'string', default: 'apertium:spa-eng' },
    seconds: { type: 'string', default: '600' },
    concurrency: { type: 'string', default: '64' },
    pairs: { type: 'string', default: '400' },
    seed: { type: 'string', default: '1' },
  },
});
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);
const nPairs = Number(values.pairs);

const pairs = testPairs(nPairs);

// a small deterministic generator (mulberry32), so that two runs send the same mix
let state = Number(values.seed) >>> 0;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}

interface Server {
  base: string;
  pid: number;
  stop(): Promise<{ code: number | null; signal: string | null; ms: number }>;
}

async function startServer(): Promise<Server> {
  const child = spawn(
    process.execPath,
    [
      join(root, 'bin/ape.js'),
      'serve',
      '--model',
      resolve(values.model),
      '--mt',
      values.mt,
      '--port',
      '0',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr.setEncoding('utf8');
  const port = await new Promise<number>((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`no "listening" in 120 s:\n${log}`)), 120_000);
    child.stderr.on('data', (c: string) => {
      log = (log + c).slice(-20_000);
      const m = /"msg":"listening".*"port":(\d+)/.exec(log);
      if (m?.[1] !== undefined) {
        clearTimeout(timer);
        res(Number(m[1]));
      }
    });
    child.once('exit', () => rej(new Error(log)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    pid: child.pid ?? -1,
    stop: () =>
      new Promise((res) => {
        const t0 = performance.now();
        child.once('exit', (code, signal) => res({ code, signal, ms: performance.now() - t0 }));
        child.kill('SIGTERM');
      }),
  };
}

function rssMiB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m?.[1] === undefined ? NaN : Number(m[1]) / 1024;
}

interface Outcome {
  status: number; // 0: the client gave up (abandoned) or the connection failed
  ok: boolean; // the answer is what this kind of request must get
  note?: string;
}

type Kind = (base: string) => Promise<Outcome>;

const alone = new Map<string, string>();
const key = (p: { src: string; mt: string }): string => `${p.src}\u0000${p.mt}`;
let compared = 0;
let differing = 0;

async function post(
  base: string,
  path: string,
  body: unknown,
  signal?: AbortSignal,
): Promise<Response> {
  return fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...(signal === undefined ? {} : { signal }),
  });
}

const kinds: Record<string, { weight: number; run: Kind }> = {
  postedit: {
    weight: 40,
    run: async (base) => {
      const segs = Array.from({ length: 1 + Math.floor(random() * 8) }, () => pick(pairs));
      const res = await post(base, '/v1/postedit', { segments: segs });
      if (res.status !== 200) return { status: res.status, ok: false, note: await res.text() };
      const body = (await res.json()) as { segments: { pe: string }[] };
      segs.forEach((s, i) => {
        const want = alone.get(key(s));
        if (want === undefined) return;
        compared++;
        if (body.segments[i]?.pe !== want) differing++;
      });
      return { status: 200, ok: body.segments.length === segs.length };
    },
  },
  libretranslate: {
    weight: 10,
    run: async (base) => {
      const q = pick(pairs).src;
      const res = await post(base, '/libretranslate/translate', { q, source: 'es', target: 'en' });
      const body = (await res.json()) as { translatedText?: unknown };
      return {
        status: res.status,
        ok: res.status === 200 && typeof body.translatedText === 'string',
      };
    },
  },
  apy: {
    weight: 10,
    run: async (base) => {
      const q = encodeURIComponent(pick(pairs).src);
      const res = await fetch(`${base}/apy/translate?langpair=es|en&q=${q}`);
      const body = (await res.json()) as { responseData?: { translatedText?: unknown } };
      return {
        status: res.status,
        ok: res.status === 200 && typeof body.responseData?.translatedText === 'string',
      };
    },
  },
  explain: {
    weight: 3,
    run: async (base) => {
      const res = await post(base, '/v1/explain', {
        ...pick(pairs),
        options: { attention: 'none' },
      });
      await res.arrayBuffer();
      return { status: res.status, ok: res.status === 200 };
    },
  },
  diff: {
    weight: 3,
    run: async (base) => {
      const p = pick(pairs);
      const res = await post(base, '/v1/diff', { pairs: [{ mt: p.mt, pe: p.src }] });
      await res.arrayBuffer();
      return { status: res.status, ok: res.status === 200 };
    },
  },
  bad: {
    weight: 20,
    run: async (base) => {
      // each must get the answer named beside it: a 4xx with the route's own error shape for
      // what is wrong, 200 for input that is odd but valid (a CR inside q) — never a 5xx
      const cases: [string, string | object, '4xx' | '200'][] = [
        ['/v1/postedit', '{"segments": [{"src": "a"', '4xx'], // truncated JSON
        ['/v1/postedit', 'null', '4xx'],
        ['/v1/postedit', { segments: [{ src: 'hola' }] }, '4xx'], // no mt
        ['/v1/postedit', { segments: [{ src: '', mt: '' }] }, '4xx'],
        ['/v1/postedit', { segments: 'hola' }, '4xx'],
        ['/v1/postedit', { segments: [{ src: 'a', mt: 'a' }], options: { beam: 999 } }, '4xx'],
        ['/libretranslate/translate', { q: 'hola\rmundo', source: 'es', target: 'en' }, '200'],
        ['/libretranslate/translate', { q: 'hola', source: 'xx', target: 'en' }, '4xx'],
        ['/libretranslate/translate', '{not json', '4xx'],
        ['/v1/explain', { src: 'hola' }, '4xx'],
      ];
      const [path, body, want] = pick(cases);
      const res = await post(base, path, body);
      await res.arrayBuffer();
      const ok = want === '200' ? res.status === 200 : res.status >= 400 && res.status < 500;
      return { status: res.status, ok, note: `${path} ${JSON.stringify(body).slice(0, 80)}` };
    },
  },
  abandoned: {
    weight: 8,
    run: async (base) => {
      const segs = Array.from({ length: 32 }, () => pick(pairs));
      const ctl = new AbortController();
      const timer = setTimeout(() => ctl.abort(), 50 + Math.floor(random() * 450));
      try {
        const res = await post(base, '/v1/postedit', { segments: segs }, ctl.signal);
        await res.arrayBuffer();
        return { status: res.status, ok: res.status === 200 }; // answered before the client left
      } catch {
        return { status: 0, ok: true };
      } finally {
        clearTimeout(timer);
      }
    },
  },
};
const table = Object.entries(kinds).flatMap(([name, k]) => Array<string>(k.weight).fill(name));

interface Stats {
  n: number;
  unexpected: number;
  shed: number;
  statuses: Map<number, number>;
  latencies: number[];
  notes: string[];
}

async function main(): Promise<void> {
  process.stderr.write(`soak: starting ape serve --model ${values.model} --mt ${values.mt}\n`);
  const server = await startServer();
  const t0 = performance.now();
  for (const p of pairs) {
    const res = await post(server.base, '/v1/postedit', { segments: [p] });
    const body = (await res.json()) as { segments?: { pe: string }[] };
    const pe = body.segments?.[0]?.pe;
    if (res.status === 200 && pe !== undefined) alone.set(key(p), pe);
  }
  process.stderr.write(
    `soak: ${alone.size} of ${pairs.length} reference answers alone in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`,
  );

  const stats = new Map<string, Stats>();
  const rss: [number, number][] = [];
  const health: number[] = [];
  const start = performance.now();
  const end = start + seconds * 1000;
  const elapsed = (): number => (performance.now() - start) / 1000;
  rss.push([0, rssMiB(server.pid)]);
  const sampler = setInterval(() => {
    rss.push([elapsed(), rssMiB(server.pid)]);
    const last = rss[rss.length - 1];
    const done = [...stats.values()].reduce((a, s) => a + s.n, 0);
    process.stderr.write(
      `soak: ${elapsed().toFixed(0)}/${seconds} s, ${done} requests, RSS ${last?.[1].toFixed(0)} MiB\n`,
    );
  }, 5000);
  const prober = (async () => {
    while (performance.now() < end) {
      const t = performance.now();
      const res = await fetch(`${server.base}/healthz`);
      await res.arrayBuffer();
      health.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 1000));
    }
  })();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const name = pick(table);
        const kind = kinds[name];
        if (kind === undefined) continue;
        const s = stats.get(name) ?? {
          n: 0,
          unexpected: 0,
          shed: 0,
          statuses: new Map<number, number>(),
          latencies: [],
          notes: [],
        };
        stats.set(name, s);
        const t = performance.now();
        let out: Outcome;
        try {
          out = await kind.run(server.base);
        } catch (e) {
          out = { status: -1, ok: false, note: e instanceof Error ? e.message : String(e) };
        }
        s.n++;
        s.latencies.push(performance.now() - t);
        s.statuses.set(out.status, (s.statuses.get(out.status) ?? 0) + 1);
        if (out.status === 503) s.shed++;
        else if (!out.ok) {
          s.unexpected++;
          if (s.notes.length < 5) s.notes.push(`${out.status} ${out.note ?? ''}`.slice(0, 300));
        }
      }
    }),
  );
  clearInterval(sampler);
  await prober;
  const wall = elapsed();
  rss.push([wall, rssMiB(server.pid)]);
  const exit = await server.stop();

  const fmt = (x: number): string => x.toFixed(0);
  console.log(
    `soak: ${values.model}, --mt ${values.mt}; ${wall.toFixed(0)} s at concurrency ${concurrency}; ` +
      `${pairs.length} test pairs (synthetic-data/es-en/test); seed ${values.seed}`,
  );
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}; load average at the end ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; node ${process.version}`,
  );
  console.log('');
  console.log(
    '| kind | requests | statuses | unexpected | shed (503) | p50 ms | p95 ms | p99 ms |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  let total = 0;
  let unexpected = 0;
  for (const [name, s] of [...stats.entries()].sort()) {
    total += s.n;
    unexpected += s.unexpected;
    const statuses = [...s.statuses.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([st, n]) => `${st === 0 ? 'gone' : st === -1 ? 'failed' : st}: ${n}`)
      .join(', ');
    console.log(
      `| ${name} | ${s.n} | ${statuses} | ${s.unexpected} | ${s.shed} | ${fmt(pct(s.latencies, 50))} | ` +
        `${fmt(pct(s.latencies, 95))} | ${fmt(pct(s.latencies, 99))} |`,
    );
  }
  console.log('');
  console.log(`requests ${total}, unexpected answers ${unexpected}`);
  for (const [name, s] of stats) for (const n of s.notes) console.log(`  ${name}: ${n}`);
  console.log(
    `answers compared with the same pair alone: ${compared}, differing ${differing} ` +
      `(${((100 * differing) / Math.max(1, compared)).toFixed(2)}%)`,
  );
  console.log(
    `/healthz while loaded: ${health.length} probes, p50 ${pct(health, 50).toFixed(1)} ms, p99 ` +
      `${pct(health, 99).toFixed(1)} ms, max ${Math.max(...health).toFixed(1)} ms`,
  );
  const minute = rss.filter(
    ([t], i) =>
      i === 0 ||
      i === rss.length - 1 ||
      Math.floor(t / 60) > Math.floor((rss[i - 1]?.[0] ?? 0) / 60),
  );
  console.log(
    `RSS (MiB) over time: ${minute.map(([t, m]) => `${t.toFixed(0)} s ${m.toFixed(0)}`).join(', ')}`,
  );
  console.log(`RSS max ${Math.max(...rss.map(([, m]) => m)).toFixed(0)} MiB`);
  console.log(
    `SIGTERM: exit code ${String(exit.code)}${exit.signal === null ? '' : ` signal ${exit.signal}`} ` +
      `after ${exit.ms.toFixed(0)} ms`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`soak: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
