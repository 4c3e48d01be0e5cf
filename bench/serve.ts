/**
 * Serving benchmark: `ape serve` on loopback at concurrency 1, 8 and 32 (one sentence per
 * request, beam 4), against the Python reference decoder on the PyTorch model (eager) on the
 * same sentences in the same run. Prints sentences/s, p50/p95/p99 latency and the ratios.
 *
 *   nice -n 10 .venv/bin/python bench/serve_setup.py /tmp/ape-bench-serve    # once (model + sentences)
 *   nice -n 10 node --import tsx bench/serve.ts [/tmp/ape-bench-serve] [--beam 4] [--requests 96]
 *
 * With --model DIR --sentences FILE.jsonl it measures any model directory instead (no
 * PyTorch baseline unless DIR/../model.pt exists: `python -m ape.export.from_onnx DIR
 * DIR/../model.pt` makes one from the directory). --levels 1,8,32 picks the concurrencies,
 * --max-wait-ms N, --workers N (default 1) and --threads T (default 2) are passed to ape
 * serve. For a model with an output-vocabulary shortlist
 * (docs/model-format.md), --compare-full-vocab also serves it with --full-vocab in the same run
 * (the two alternate, --rounds N times each) and prints the ratios. Never fails on speed: a
 * benchmark reports, it does not gate.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    beam: { type: 'string', default: '4' },
    requests: { type: 'string', default: '96' },
    threads: { type: 'string', default: '2' },
    workers: { type: 'string', default: '1' },
    model: { type: 'string' },
    sentences: { type: 'string' },
    'pytorch-sentences': { type: 'string', default: '16' },
    'no-pytorch': { type: 'boolean' },
    levels: { type: 'string', default: '1,8,32' },
    'max-wait-ms': { type: 'string' },
    'compare-full-vocab': { type: 'boolean' },
    rounds: { type: 'string', default: '1' },
  },
});
const out = resolve(positionals[0] ?? '/tmp/ape-bench-serve');
const modelDir = resolve(values.model ?? join(out, 'model'));
const sentencesFile = resolve(values.sentences ?? join(out, 'sentences.jsonl'));
const beam = Number(values.beam);
const requestsPerLevel = Number(values.requests);
if (!existsSync(join(modelDir, 'ape.json'))) {
  process.stderr.write(
    `no model at ${modelDir}: run  nice -n 10 .venv/bin/python bench/serve_setup.py ${out}\n`,
  );
  process.exit(2);
}
const pairs = readFileSync(sentencesFile, 'utf8')
  .split('\n')
  .filter((l) => l !== '')
  .map((l) => JSON.parse(l) as { src: string; mt: string });

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}

async function startServer(fullVocab: boolean): Promise<{ base: string; stop(): Promise<void> }> {
  const child = spawn(
    process.execPath,
    [
      join(root, 'bin/ape.js'),
      'serve',
      '--model',
      modelDir,
      '--port',
      '0',
      '--threads',
      values.threads ?? '2',
      '--workers',
      values.workers ?? '1',
      ...(values['max-wait-ms'] === undefined ? [] : ['--max-wait-ms', values['max-wait-ms']]),
      ...(fullVocab ? ['--full-vocab'] : []),
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr.setEncoding('utf8');
  const port = await new Promise<number>((res, rej) => {
    child.stderr.on('data', (c: string) => {
      log += c;
      const m = /"msg":"listening".*"port":(\d+)/.exec(log);
      if (m?.[1] !== undefined) res(Number(m[1]));
    });
    child.once('exit', () => rej(new Error(log)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((res) => {
        child.once('exit', () => res());
        child.kill('SIGTERM');
      }),
  };
}

interface Level {
  concurrency: number;
  sentencesPerS: number;
  p50: number;
  p95: number;
  p99: number;
}

async function level(base: string, concurrency: number, n: number): Promise<Level> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < n; i = next++) {
        const p = pairs[i % pairs.length];
        const t0 = performance.now();
        const res = await fetch(`${base}/v1/postedit`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ segments: [p], options: { beam } }),
        });
        if (res.status !== 200) throw new Error(`status ${res.status}: ${await res.text()}`);
        await res.json();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    concurrency,
    sentencesPerS: n / seconds,
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    p99: pct(latencies, 99),
  };
}

const manifest = JSON.parse(readFileSync(join(modelDir, 'ape.json'), 'utf8')) as {
  name: string;
  architecture: { layers: number; hidden: number };
  shortlist?: unknown;
};
const hasShortlist = manifest.shortlist !== undefined;
process.stdout.write(
  `model ${manifest.name} (${manifest.architecture.layers} layers, hidden ${manifest.architecture.hidden}), beam ${beam}, ${pairs.length} distinct sentence pairs\n` +
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}; node ${process.version}; ape serve --workers ${values.workers} --threads ${values.threads}${values['max-wait-ms'] === undefined ? '' : ` --max-wait-ms ${values['max-wait-ms']}`}; load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}\n\n`,
);
const modes = hasShortlist && values['compare-full-vocab'] === true ? [false, true] : [false];
const rounds = Math.max(1, Number(values.rounds));
/** Per mode (shortlist as the model says / --full-vocab), per concurrency, every round's result. */
const results = new Map<boolean, Map<number, Level[]>>(modes.map((m) => [m, new Map()]));
for (let round = 0; round < rounds; round++) {
  for (const fullVocab of modes) {
    const server = await startServer(fullVocab);
    await level(server.base, 4, 8); // warm-up
    const label = !hasShortlist
      ? 'ape serve'
      : fullVocab
        ? 'ape serve --full-vocab'
        : 'ape serve (shortlist)';
    for (const c of (values.levels ?? '1,8,32').split(',').map(Number)) {
      const l = await level(server.base, c, Math.max(requestsPerLevel, c * 4));
      const byLevel = results.get(fullVocab);
      byLevel?.set(c, [...(byLevel.get(c) ?? []), l]);
      process.stdout.write(
        `${label}  c=${String(c).padStart(2)}: ${l.sentencesPerS.toFixed(2)} sentences/s, latency p50 ${l.p50.toFixed(0)} ms, p95 ${l.p95.toFixed(0)} ms, p99 ${l.p99.toFixed(0)} ms\n`,
      );
    }
    await server.stop();
  }
}
/** The first round's levels of the model as shipped (its shortlist on, if it has one). */
const levels: Level[] = [...(results.get(false)?.values() ?? [])].map((ls) => ls[0] as Level);
if (modes.length === 2) {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  for (const [c, ls] of results.get(false) ?? []) {
    const full = results.get(true)?.get(c) ?? [];
    const m = (xs: Level[], f: (l: Level) => number) => median(xs.map(f));
    process.stdout.write(
      `shortlist vs full vocabulary, c=${c} (median of ${rounds} round(s)): throughput ${(m(ls, (l) => l.sentencesPerS) / m(full, (l) => l.sentencesPerS)).toFixed(2)}×, ` +
        `p50 ${m(ls, (l) => l.p50).toFixed(0)} vs ${m(full, (l) => l.p50).toFixed(0)} ms, p95 ${m(ls, (l) => l.p95).toFixed(0)} vs ${m(full, (l) => l.p95).toFixed(0)} ms\n`,
    );
  }
}

const pt = join(dirname(modelDir), 'model.pt');
if (values['no-pytorch'] !== true && existsSync(pt)) {
  const n = Number(values['pytorch-sentences']);
  const r = spawnSync(
    join(root, '.venv/bin/python'),
    [
      join(root, 'bench/serve_pytorch.py'),
      dirname(modelDir),
      String(beam),
      String(n),
      values.threads ?? '2',
    ],
    // Passive OpenMP waits: the counterpart of ORT's allow_spinning=0 (src/model/sessions.ts);
    // spinning threads on a shared 2-core machine burn the cores the other thread needs.
    { encoding: 'utf8', env: { ...process.env, OMP_WAIT_POLICY: 'PASSIVE' } },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  const py = JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as {
    engine: string;
    sentencesPerS: number;
    p50: number;
    p95: number;
    p99: number;
  };
  process.stdout.write(
    `${py.engine} (reference decoder, sequential): ${py.sentencesPerS.toFixed(2)} sentences/s, p50 ${py.p50.toFixed(0)} ms, p95 ${py.p95.toFixed(0)} ms, p99 ${py.p99.toFixed(0)} ms\n\n`,
  );
  const c32 = levels.find((l) => l.concurrency === 32);
  const c1 = levels.find((l) => l.concurrency === 1);
  process.stdout.write(
    `throughput ratio ape serve c=32 / PyTorch eager: ${((c32?.sentencesPerS ?? NaN) / py.sentencesPerS).toFixed(2)}× (goal >= 3×)\n`,
  );
  process.stdout.write(
    `throughput ratio ape serve c=1 / PyTorch eager: ${((c1?.sentencesPerS ?? NaN) / py.sentencesPerS).toFixed(2)}×\n`,
  );
}
const c1 = levels.find((l) => l.concurrency === 1);
process.stdout.write(
  `load average at the end: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}\n`,
);
process.stdout.write(
  `p95 at c=1: ${c1?.p95.toFixed(0)} ms per sentence (issue 22: goal < 100 ms; the first serving issue asked < 150 ms)\n`,
);
