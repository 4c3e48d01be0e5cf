/**
 * MT-drafted decoding (issue 22, src/model/draft.ts): the same pairs decoded step by step and
 * with mt drafts, interleaved in one run; prints sentences/s (min and median over rounds),
 * decoder calls and positions per sentence, and every pair whose output tokens differ.
 *
 *   nice -n 10 node --import tsx bench/drafted.ts MODEL_DIR [--pairs 96] [--batch 1,32]
 *       [--rounds 3] [--draft-length 8] [--max-positions 64] [--threads N] [--json FILE]
 *
 * MODEL_DIR must have multi-position decoder graphs (format version 5; `python -m
 * ape.export.positions DIR` gives an older directory some). Pairs: the first --pairs lines of
 * synthetic-data/es-en/test (held out from training), prepared as `ape serve` prepares them,
 * beam and lengths from the model's manifest, through the library's beam search (the code the
 * decode workers run). Batch B: consecutive batches of B pairs. Reports; never fails on speed.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { beamSearch, type BeamOptions, type BeamStats } from '../src/model/beam-search.js';
import { DEFAULT_DRAFT } from '../src/model/draft.js';
import { ForcedTarget } from '../src/model/forced.js';
import { loadModelDir } from '../src/model/model-dir.js';
import { prepareSegment } from '../src/model/segment.js';
import { createSessions, releaseSessions } from '../src/model/sessions.js';
import { ApeTokenizer } from '../src/model/tokenizer.js';
import { testPairs } from './test-pairs.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    pairs: { type: 'string', default: '96' },
    batch: { type: 'string', default: '1,32' },
    rounds: { type: 'string', default: '3' },
    'draft-length': { type: 'string', default: String(DEFAULT_DRAFT.length) },
    'max-positions': { type: 'string', default: String(DEFAULT_DRAFT.maxPositions) },
    beam: { type: 'string' },
    threads: { type: 'string' },
    json: { type: 'string' },
  },
});
const dir = positionals[0];
if (dir === undefined) {
  console.error(
    'usage: node --import tsx bench/drafted.ts MODEL_DIR [--pairs N] [--batch 1,32] ...',
  );
  process.exit(2);
}
const nPairs = Number(values.pairs);
const batches = (values.batch ?? '1').split(',').map(Number);
const rounds = Number(values.rounds);
const draft = {
  length: Number(values['draft-length']),
  maxPositions: Number(values['max-positions']),
};

const model = await loadModelDir(dir);
if (model.manifest.graphs.decoderPositions !== 'many') {
  console.error(
    `${dir}: its decoder graphs take one position per call; run  python -m ape.export.positions ${dir}`,
  );
  process.exit(2);
}
const tokenizer = await ApeTokenizer.fromModel(model);
const sessions = await createSessions(model, {
  intraOpThreads: Number(values.threads ?? availableParallelism()),
});
const special = model.manifest.specialTokens;
const pairs = testPairs(nPairs);
const prepared = pairs.map((pair) => prepareSegment(pair, tokenizer, model.manifest));
const margin = model.manifest.decoding.keepMtMargin;

async function run(
  batch: number,
  drafted: boolean,
): Promise<{ ms: number; tokens: number[][]; stats: BeamStats }> {
  const options: BeamOptions = {
    ...model.manifest.decoding,
    ...(values.beam === undefined ? {} : { beam: Number(values.beam) }),
    nbest: 1,
    ...(drafted ? { draft } : {}),
  };
  const total: BeamStats = {
    steps: 0,
    calls: 0,
    rowSteps: 0,
    forcedRowSteps: 0,
    forcedSharedSteps: 0,
  };
  const tokens: number[][] = [];
  const start = performance.now();
  for (let i = 0; i < prepared.length; i += batch) {
    const part = prepared.slice(i, i + batch);
    const forced =
      margin === undefined
        ? []
        : part.map((p) => new ForcedTarget(p.mtIds, special.eos, special.bos));
    const { hypotheses, stats } = await beamSearch(
      sessions,
      part.map((p) => p.input),
      special,
      options,
      forced,
    );
    for (const h of hypotheses) tokens.push(h[0]?.tokens ?? []);
    total.steps += stats.steps;
    total.calls += stats.calls;
    total.rowSteps += stats.rowSteps;
    total.forcedRowSteps += stats.forcedRowSteps;
  }
  return { ms: performance.now() - start, tokens, stats: total };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const cpu = cpus()[0]?.model ?? 'unknown cpu';
console.log(
  `${dir}: ${prepared.length} pairs, beam ${values.beam ?? model.manifest.decoding.beam}, draft ${draft.length} tokens, ` +
    `at most ${draft.maxPositions} positions per call; ${cpu}, ${cpus().length} cores, load ${loadavg()[0]?.toFixed(2)}`,
);
const report: Record<string, unknown>[] = [];
for (const batch of batches) {
  const times = { plain: [] as number[], drafted: [] as number[] };
  let last: Record<'plain' | 'drafted', Awaited<ReturnType<typeof run>> | undefined> = {
    plain: undefined,
    drafted: undefined,
  };
  await run(batch, true); // warm-up (graph optimization, allocations)
  for (let r = 0; r < rounds; r++) {
    for (const kind of r % 2 === 0
      ? (['plain', 'drafted'] as const)
      : (['drafted', 'plain'] as const)) {
      const res = await run(batch, kind === 'drafted');
      times[kind].push(res.ms);
      last = { ...last, [kind]: res };
    }
  }
  const plain = last.plain;
  const drafted = last.drafted;
  if (plain === undefined || drafted === undefined) continue;
  const changed = plain.tokens.flatMap((t, i) => {
    const d = drafted.tokens[i] ?? [];
    return t.length === d.length && t.every((x, j) => x === d[j]) ? [] : [i];
  });
  const sps = (ms: number) => (prepared.length / ms) * 1000;
  const row = {
    batch,
    plainSentencesPerSecond: {
      min: sps(Math.max(...times.plain)),
      median: sps(median(times.plain)),
    },
    draftedSentencesPerSecond: {
      min: sps(Math.max(...times.drafted)),
      median: sps(median(times.drafted)),
    },
    speedup: median(times.plain) / median(times.drafted),
    callsPerSentence: {
      plain: plain.stats.calls / prepared.length,
      drafted: drafted.stats.calls / prepared.length,
    },
    positionsPerSentence: {
      plain: plain.stats.rowSteps / prepared.length,
      drafted: drafted.stats.rowSteps / prepared.length,
    },
    changed,
  };
  report.push(row);
  console.log(
    `batch ${batch}: plain ${row.plainSentencesPerSecond.median.toFixed(1)} sent/s (min ${row.plainSentencesPerSecond.min.toFixed(1)}), ` +
      `drafted ${row.draftedSentencesPerSecond.median.toFixed(1)} (min ${row.draftedSentencesPerSecond.min.toFixed(1)}), ` +
      `×${row.speedup.toFixed(2)}; decoder calls/sentence ${row.callsPerSentence.plain.toFixed(1)} -> ${row.callsPerSentence.drafted.toFixed(1)}, ` +
      `positions/sentence ${row.positionsPerSentence.plain.toFixed(0)} -> ${row.positionsPerSentence.drafted.toFixed(0)}; ` +
      `${changed.length} of ${prepared.length} outputs differ${changed.length > 0 ? ` (lines ${changed.map((i) => i + 1).join(', ')})` : ''}`,
  );
  for (const i of changed.slice(0, 10)) {
    console.log(
      `  line ${i + 1}: plain   ${tokenizer.detokenize(plain.tokens[i] ?? [], pairs[i]?.mt ?? '', prepared[i]?.mtUnits ?? [])}`,
    );
    console.log(
      `  line ${i + 1}: drafted ${tokenizer.detokenize(drafted.tokens[i] ?? [], pairs[i]?.mt ?? '', prepared[i]?.mtUnits ?? [])}`,
    );
  }
}
if (values.json !== undefined)
  writeFileSync(values.json, JSON.stringify({ dir, draft, report }, null, 1) + '\n');
await releaseSessions(sessions);
