/**
 * bench/data: how fast triplets stream from disk through the reader, the model's tokenizer
 * and batching, and whether memory stays flat as the corpus grows.
 *
 *   nice -n 10 node --import tsx bench/data.ts [--n 8000000] [--tokenize-n 1000000] [--direct-n 100000] [--batch 64]
 *
 * 1. generate: N triplets written to a temporary three-file corpus by the corpus writer,
 *    cycling through the real lines of synthetic-data/es-en/train.* (so the vocabulary is
 *    real but bounded: a corpus of 8M distinct sentences has more distinct words);
 * 2. read: the streaming reader over all N, peak RSS after 1M and after N;
 * 3. read + tokenize + batch, first `tokenize-n` triplets: src and mt as one sequence, pe as
 *    another, padded to Int32Array batches, with the MiniLM tokenizer.json through
 *    @huggingface/transformers (remote loading off), (a) directly and (b) behind the
 *    word memo (src/data/word-cache-tokenizer.ts), checked token-identical first.
 * Goal (issue 3): >= 100K triplets/s read + tokenized, peak memory independent of N.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readCorpus } from '../src/data/corpus-reader.js';
import { CorpusWriter } from '../src/data/corpus-writer.js';
import type { Triplet } from '../src/data/triplet.js';
import { WordCacheTokenizer } from '../src/data/word-cache-tokenizer.js';
import { minilmDir } from '../test/helpers/paths.js';

const MODEL = minilmDir();

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '8000000' },
    'tokenize-n': { type: 'string', default: '1000000' },
    batch: { type: 'string', default: '64' },
    'direct-n': { type: 'string', default: '100000' },
  },
});
const N = Number(values.n);
const TOKENIZE_N = Math.min(N, Number(values['tokenize-n']));
const BATCH = Number(values.batch);
const DIRECT_N = Math.min(N, Number(values['direct-n']));

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);
const mib = (b: number): string => `${(b / 2 ** 20).toFixed(0)} MiB`;
const rate = (n: number, s: number): string => `${Math.round(n / s).toLocaleString('en-US')}/s`;
/** CPU seconds of this process since `from` (the machine is shared: wall time alone misleads). */
const cpuSince = (from: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1e6;
};

function templates(): Triplet[] {
  const read = (f: string): string[] =>
    readFileSync(`synthetic-data/es-en/train.${f}`, 'utf8').replace(/\n$/, '').split('\n');
  const [src, mt, pe] = [read('src'), read('mt'), read('pe')];
  return src.map((s, i) => ({ src: s, mt: mt[i] ?? '', pe: pe[i] ?? '' }));
}

async function generate(prefix: string, t: Triplet[]): Promise<number> {
  const t0 = performance.now();
  const w = await CorpusWriter.open({ format: 'files', path: prefix });
  for (let i = 0; i < N; i++) await w.write(t[i % t.length] as Triplet);
  await w.close();
  return (performance.now() - t0) / 1000;
}

async function readOnly(prefix: string): Promise<void> {
  peakRss = process.memoryUsage().rss;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let n = 0;
  let chars = 0;
  for await (const t of readCorpus({ format: 'files', path: prefix })) {
    chars += t.src.length + t.mt.length + t.pe.length;
    if (++n === 1_000_000) console.log(`read: peak RSS after 1M triplets ${mib(peakRss)}`);
  }
  const s = (performance.now() - t0) / 1000;
  const cpu = cpuSince(c0);
  console.log(
    `read: ${n.toLocaleString('en-US')} triplets in ${s.toFixed(1)} s wall = ${rate(n, s)} (${(chars / s / 1e6).toFixed(1)} M chars/s); ` +
      `${cpu.toFixed(1)} CPU s = ${rate(n, cpu)} per CPU second; peak RSS after ${n.toLocaleString('en-US')} ${mib(peakRss)}`,
  );
}

type EncodeFn = (text: string) => number[];

/** Pads sequences into one [rows, maxLen] Int32Array, as a training batch would be. */
function pad(rows: number[][]): Int32Array {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const out = new Int32Array(rows.length * width);
  rows.forEach((r, i) => out.set(r, i * width));
  return out;
}

async function readTokenize(
  prefix: string,
  label: string,
  encode: EncodeFn,
  limit: number,
): Promise<number> {
  peakRss = process.memoryUsage().rss;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let n = 0;
  let tokens = 0;
  let batches = 0;
  let enc: number[][] = [];
  let dec: number[][] = [];
  for await (const t of readCorpus({ format: 'files', path: prefix })) {
    const a = encode(t.src);
    const b = encode(t.mt);
    const c = encode(t.pe);
    enc.push(a.concat(b));
    dec.push(c);
    tokens += a.length + b.length + c.length;
    if (enc.length === BATCH) {
      pad(enc);
      pad(dec);
      batches++;
      enc = [];
      dec = [];
    }
    if (++n === limit) break;
    if (n === 100_000) console.log(`  ${label}: peak RSS after 100K ${mib(peakRss)}`);
    if (n === 1_000_000) console.log(`  ${label}: peak RSS after 1M ${mib(peakRss)}`);
  }
  const s = (performance.now() - t0) / 1000;
  const cpu = cpuSince(c0);
  console.log(
    `${label}: ${n.toLocaleString('en-US')} triplets in ${s.toFixed(1)} s wall = ${rate(n, s)} (${rate(tokens, s)} tokens, ${batches} batches of ${BATCH}); ` +
      `${cpu.toFixed(1)} CPU s = ${rate(n, cpu)} per CPU second; peak RSS ${mib(peakRss)}`,
  );
  return n / cpu;
}

async function main(): Promise<void> {
  const hf = await import('@huggingface/transformers');
  hf.env.allowRemoteModels = false;
  const json = JSON.parse(readFileSync(join(MODEL, 'tokenizer.json'), 'utf8')) as object;
  const config = JSON.parse(readFileSync(join(MODEL, 'tokenizer_config.json'), 'utf8')) as object;
  const tokenizer = new hf.PreTrainedTokenizer(json, config);
  const direct: EncodeFn = (s) => tokenizer.encode(s, { add_special_tokens: false });
  const memo = new WordCacheTokenizer(direct);

  const t = templates();
  let mismatches = 0;
  for (const x of t.slice(0, 5000))
    for (const s of [x.src, x.mt, x.pe])
      if (direct(s).join() !== memo.encode(s).join()) mismatches++;
  console.log(
    `machine: ${cpus().length} x ${cpus()[0]?.model ?? '?'}, node ${process.version}; load average ${(
      await import('node:os')
    )
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `check: word memo vs direct tokenizer on 15,000 real lines: ${mismatches} mismatches`,
  );

  const dir = await mkdtemp(join(tmpdir(), 'ape-bench-data-'));
  try {
    const prefix = join(dir, 'corpus');
    const genS = await generate(prefix, t);
    console.log(
      `generate: ${N.toLocaleString('en-US')} triplets written in ${genS.toFixed(1)} s = ${rate(N, genS)}`,
    );
    await readOnly(prefix);
    const slow = await readTokenize(
      prefix,
      'read+tokenize (transformers.js direct)',
      direct,
      DIRECT_N,
    );
    const fast = await readTokenize(
      prefix,
      'read+tokenize (word memo)',
      memo.encode.bind(memo),
      TOKENIZE_N,
    );
    console.log(
      `word memo: ${memo.hits.toLocaleString('en-US')} hits, ${memo.misses.toLocaleString('en-US')} misses`,
    );
    console.log(
      `ratio word memo / direct (per CPU second): ${(fast / slow).toFixed(1)}x; goal 100,000 triplets/s read+tokenized: ` +
        `${fast >= 100_000 ? 'met' : 'not met'} (${Math.round(fast).toLocaleString('en-US')} per CPU second, one thread)`,
    );
  } finally {
    clearInterval(sampler);
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
