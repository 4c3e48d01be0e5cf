/**
 * Our ONNX runtime against CTranslate2 on the same model shapes and weights (issue 22).
 *
 *   .venv/bin/pip install ctranslate2==4.8.5                      # for this benchmark only
 *   nice -n 10 .venv/bin/python bench/ctranslate2_model.py        # once: bench/out/ctranslate2/default
 *   nice -n 10 node --import tsx bench/ctranslate2.ts [--model models/default] [--ct2 DIR]
 *       [--pairs 96] [--beam 4] [--batches 1,32] [--threads 1,2] [--compute int8,float32]
 *       [--rounds 3] [--full-vocab]
 *
 * The pairs are the first --pairs lines of synthetic-data/es-en/test.{src,mt} (the held-out
 * test split). Ours runs in this process through OnnxPostEditor (what `ape serve` and `ape
 * postedit` use: a decode worker thread, beam search in src/model/beam-search.ts) with the
 * model's output-vocabulary shortlist as shipped (--full-vocab adds a full-vocabulary row) and
 * conservative decoding off (its forced decoding of the mt is work CTranslate2 does not do).
 * CTranslate2 (bench/ctranslate2_model.py builds its model: same shapes and weights, softmax in
 * place of α-entmax, full vocabulary) runs in a Python child, bench/ctranslate2_run.py, which
 * is spawned once and times `translate_batch` calls.
 *
 * Equal work: before timing, each pair is decoded alone by our beam search, which reports its
 * decoder steps (up to and including the step that finished the beam). CTranslate2 gets
 * min_decoding_length = max_decoding_length = those steps, so at batch 1 it runs exactly as many
 * decoder steps per pair (eos suppressed until then). A translate_batch call has one length
 * for its whole batch, so at batch B every pair of a batch gets the batch's mean steps
 * (rounded): the same decoder steps summed over the batch, not per pair. Both engines get the
 * same batches in the same order (consecutive pairs, no sorting by length), beam --beam, one
 * hypothesis, and the same thread count (ORT intra-op threads / CTranslate2 intra_threads).
 * Tokenization is done once before timing for both; ours' time includes detokenization.
 *
 * Rounds interleave the engines (ours then CTranslate2, the order reversed every other round),
 * each timing all pairs once per setting. It prints, per engine and setting, sentences/s from
 * the fastest round ("best") and the median round, the ratios ours/CTranslate2 of the medians
 * measured in this run, and the machine (CPU model, cores, load average at start and end).
 * Never fails on speed; exits 2 with a message when the model, the CTranslate2 model or the
 * ctranslate2 package is missing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BeamOptions } from '../src/model/beam-search.js';
import { loadModelDir } from '../src/model/model-dir.js';
import { OnnxPostEditor } from '../src/model/post-editor.js';
import type { PreparedSegment } from '../src/model/segment.js';
import { WorkerPool } from '../src/model/worker-pool.js';
import { testPairs } from './test-pairs.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    model: { type: 'string', default: join(root, 'models/default') },
    ct2: { type: 'string' },
    pairs: { type: 'string', default: '96' },
    beam: { type: 'string', default: '4' },
    batches: { type: 'string', default: '1,32' },
    threads: { type: 'string', default: '1,2' },
    compute: { type: 'string', default: 'int8,float32' },
    rounds: { type: 'string', default: '3' },
    'full-vocab': { type: 'boolean' },
  },
});

function fail(message: string): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(2);
}

function list(name: string, text: string): number[] {
  const xs = text.split(',').map(Number);
  if (xs.some((x) => !Number.isInteger(x) || x < 1))
    fail(`--${name} ${text}: expected positive integers separated by commas`);
  return xs;
}

const modelDir = resolve(values.model);
const python = join(root, '.venv/bin/python');
const pairCount = list('pairs', values.pairs)[0] ?? 96;
const beam = list('beam', values.beam)[0] ?? 4;
const batchSizes = list('batches', values.batches);
const threadCounts = list('threads', values.threads);
const rounds = list('rounds', values.rounds)[0] ?? 3;
const computes = values.compute.split(',');
for (const c of computes)
  if (!['int8', 'float32', 'int8_float32', 'int16'].includes(c))
    fail(
      `--compute ${c}: CTranslate2 CPU compute types here are int8, float32, int8_float32, int16`,
    );
if (!existsSync(join(modelDir, 'ape.json')))
  fail(`${values.model}: no ape.json (not a model directory); pass --model DIR`);
if (!existsSync(python)) fail(`${python} not found: run scripts/install.sh first (it makes .venv)`);

// The CTranslate2 model: built once by bench/ctranslate2_model.py (into bench/out/, not committed).
const modelName = (JSON.parse(readFileSync(join(modelDir, 'ape.json'), 'utf8')) as { name: string })
  .name;
const ct2Dir = resolve(values.ct2 ?? join(root, 'bench/out/ctranslate2', modelName));
if (!existsSync(join(ct2Dir, 'model.bin'))) {
  process.stderr.write(
    `no CTranslate2 model at ${ct2Dir}: building it (bench/ctranslate2_model.py)\n`,
  );
  const built = spawnSync(
    python,
    [join(root, 'bench/ctranslate2_model.py'), modelDir, '--out', ct2Dir],
    { stdio: 'inherit' },
  );
  if (built.status !== 0)
    fail(`bench/ctranslate2_model.py ${modelDir} --out ${ct2Dir} failed (its message is above)`);
}

// ---- the CTranslate2 side: one Python child, one JSON line each way ----------------------
const child = spawn(python, [join(root, 'bench/ctranslate2_run.py'), ct2Dir], {
  stdio: ['pipe', 'pipe', 'inherit'],
});
const replies = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
interface Reply {
  ok: boolean;
  error?: string;
  version?: string;
  seconds?: number;
  tokens?: number;
}
async function ask(request: object): Promise<Reply> {
  child.stdin.write(JSON.stringify(request) + '\n');
  const line = await replies.next();
  if (line.done === true) fail('bench/ctranslate2_run.py exited (its message is above)');
  const reply = JSON.parse(line.value) as Reply;
  if (!reply.ok) fail(reply.error ?? 'bench/ctranslate2_run.py failed');
  return reply;
}

// ---- the pairs ---------------------------------------------------------------------------
const pairs = testPairs(pairCount);

interface Setting {
  label: string;
  threads: number;
  run(batch: number): Promise<number>; // seconds for all pairs
}

const model = await loadModelDir(modelDir);
const editors = new Map<string, OnnxPostEditor>();
const variants = values['full-vocab'] === true ? [true, false] : [true];
for (const shortlist of variants)
  for (const t of threadCounts)
    editors.set(
      `${shortlist}/${t}`,
      await OnnxPostEditor.load(modelDir, { workers: 1, intraOpThreads: t, shortlist }),
    );
const first = editors.values().next().value;
if (first === undefined) fail('no thread counts');
const prepared: PreparedSegment[] = pairs.map((pair) => first.prepare(pair));

// Each pair alone through our beam search (as OnnxPostEditor.postEdit calls it, conservative
// decoding off): its decoder steps, which CTranslate2 is then forced to.
async function stepsPerPair(shortlist: boolean): Promise<{ steps: number[]; rowSteps: number }> {
  const pool = await WorkerPool.start(model.dir, { workers: 1, intraOpThreads: 1, shortlist });
  const options: BeamOptions = {
    ...model.manifest.decoding,
    beam,
    nbest: 1,
    ...(model.lexiconPath === undefined ? {} : { lexicon: model.lexiconPath }),
  };
  const steps: number[] = [];
  let rowSteps = 0;
  for (const p of prepared) {
    const r = await pool.run([p.input], options);
    steps.push(r.stats.steps);
    rowSteps += r.stats.rowSteps;
  }
  await pool.close();
  return { steps, rowSteps };
}
const calibration = await stepsPerPair(true);
const steps = calibration.steps;
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

function ct2Batches(batch: number): { first: number; count: number; steps: number }[] {
  const out = [];
  for (let i = 0; i < prepared.length; i += batch) {
    const s = steps.slice(i, i + batch);
    out.push({ first: i, count: s.length, steps: Math.max(1, Math.round(sum(s) / s.length)) });
  }
  return out;
}

const ct2Settings = computes.flatMap((compute) =>
  threadCounts.map((threads) => ({ compute, threads })),
);
const { version } = await ask({ op: 'load', settings: ct2Settings });
await ask({
  op: 'pairs',
  ids: prepared.map((p) => p.input.inputIds),
  types: prepared.map((p) => p.input.tokenTypeIds),
});

const settings: { ours: Setting[]; ct2: Setting[] } = { ours: [], ct2: [] };
for (const [key, editor] of editors) {
  const [shortlist, t] = key.split('/');
  settings.ours.push({
    label: `ours (ONNX, ${model.manifest.graphs.quantization}${shortlist === 'true' && model.shortlist !== undefined ? ', shortlist' : ', full vocab'})`,
    threads: Number(t),
    async run(batch) {
      const start = performance.now();
      for (let i = 0; i < prepared.length; i += batch)
        await editor.postEdit(prepared.slice(i, i + batch), { beam, nbest: 1, keepMtMargin: null });
      return (performance.now() - start) / 1000;
    },
  });
}
ct2Settings.forEach((s, index) =>
  settings.ct2.push({
    label: `CTranslate2 ${version ?? ''} ${s.compute}`,
    threads: s.threads,
    async run(batch) {
      const r = await ask({ op: 'time', setting: index, beam, batches: ct2Batches(batch) });
      return r.seconds ?? NaN;
    },
  }),
);

// ---- rounds --------------------------------------------------------------------------------
const load0 = loadavg();
process.stderr.write(
  `${prepared.length} pairs, beam ${beam}, ${sum(steps)} decoder steps in all (ours alone, ${calibration.rowSteps} decoder rows); ` +
    `warming up, then ${rounds} rounds\n`,
);
const all = [...settings.ours, ...settings.ct2];
for (const s of all) await s.run(32); // warm-up: sessions, allocators, the Python child
const seconds = new Map<string, number[]>();
for (let r = 0; r < rounds; r++) {
  const order =
    r % 2 === 0 ? [...settings.ours, ...settings.ct2] : [...settings.ct2, ...settings.ours];
  for (const batch of batchSizes)
    for (const s of order) {
      const key = `${s.label}|${s.threads}|${batch}`;
      const t = await s.run(batch);
      seconds.set(key, [...(seconds.get(key) ?? []), t]);
    }
  process.stderr.write(
    `round ${r + 1}/${rounds} done (load average ${loadavg()[0]?.toFixed(2)})\n`,
  );
}
const load1 = loadavg();

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
}
const rate = (t: number): number => prepared.length / t;
const oursFirst = settings.ours[0];
const lines_: string[] = [];
lines_.push(
  `| engine | threads | batch | sentences/s best | sentences/s median | ours/this (median) |`,
  `| --- | ---: | ---: | ---: | ---: | ---: |`,
);
for (const batch of batchSizes)
  for (const t of threadCounts)
    for (const s of all.filter((x) => x.threads === t)) {
      const ts = seconds.get(`${s.label}|${t}|${batch}`) ?? [];
      const ours = seconds.get(`${oursFirst?.label ?? ''}|${t}|${batch}`) ?? [];
      const ratio = median(ts) / median(ours);
      lines_.push(
        `| ${s.label} | ${t} | ${batch} | ${rate(Math.min(...ts)).toFixed(1)} | ${rate(median(ts)).toFixed(1)} | ${ratio.toFixed(2)} |`,
      );
    }
const cpu = cpus();
process.stdout.write(
  `${lines_.join('\n')}\n\n` +
    `${prepared.length} es-en test pairs, beam ${beam}, ${rounds} rounds interleaved; CTranslate2 forced to our decoder steps ` +
    `(${sum(steps)} in all; at batch > 1 each batch's mean: ${batchSizes.map((b) => `${sum(ct2Batches(b).map((x) => x.steps * x.count))} at batch ${b}`).join(', ')}). "ours/this" is ours' sentences/s over the row's (the first ours row at the same threads and batch).\n` +
    `machine: ${cpu.length} x ${cpu[0]?.model ?? '?'}; node ${process.version}; load average ${load0.map((x) => x.toFixed(2)).join(' ')} at start, ` +
    `${load1.map((x) => x.toFixed(2)).join(' ')} at the end\n`,
);

child.stdin.end();
for (const e of editors.values()) await e.close();
