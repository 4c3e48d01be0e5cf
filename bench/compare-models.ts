/**
 * Two model directories on the same pairs, interleaved in one run: sentences/s of the decode
 * (model loading excluded; min and median over rounds), the ratio B/A of the medians, and
 * every pair whose output tokens differ. Made for two layouts of the same weights (issue 22:
 * the format version 8 shortlist, whose decoder holds the rows of S − {eos}, against the
 * version 3 one, every row an input), but any two directories with the same tokenizer work.
 *
 *   nice -n 10 node --import tsx bench/compare-models.ts DIR_A DIR_B [--pairs 96]
 *       [--batch 1,32] [--rounds 3] [--threads 1] [--json FILE]
 *
 * The version 3 anchor of a version 8 directory (the same ids, rows as inputs):
 *   cp -r models/default /tmp/v3 && (cd training && ../.venv/bin/python -m ape.export.shortlist
 *       /tmp/v3 --ids /tmp/v3/shortlist.json --force --rows-input)
 *
 * Pairs: the first --pairs lines of synthetic-data/es-en/test (held out from training),
 * prepared as `ape serve` prepares them with DIR_A's manifest; decoding options are DIR_A's
 * (beam, lengths, keepMtMargin's forced mt row), nbest 1, through the library's beam search
 * (the code the decode workers run). Batch B: consecutive batches of B pairs. Each round runs
 * A then B, the next B then A. Reports; never fails on speed.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { beamSearch, type BeamOptions } from '../src/model/beam-search.js';
import { ForcedTarget } from '../src/model/forced.js';
import { loadModelDir } from '../src/model/model-dir.js';
import { prepareSegment } from '../src/model/segment.js';
import { createSessions, releaseSessions, type Sessions } from '../src/model/sessions.js';
import { ApeTokenizer } from '../src/model/tokenizer.js';
import { testPairs } from './test-pairs.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    pairs: { type: 'string', default: '96' },
    batch: { type: 'string', default: '1,32' },
    rounds: { type: 'string', default: '3' },
    threads: { type: 'string', default: '1' },
    json: { type: 'string' },
  },
});
const [dirA, dirB] = positionals;
if (dirA === undefined || dirB === undefined) {
  console.error('usage: node --import tsx bench/compare-models.ts DIR_A DIR_B [--pairs N] ...');
  process.exit(2);
}
const nPairs = Number(values.pairs);
const batches = (values.batch ?? '1').split(',').map(Number);
const rounds = Number(values.rounds);
const threads = Number(values.threads);

const modelA = await loadModelDir(dirA);
const modelB = await loadModelDir(dirB);
const tokenizer = await ApeTokenizer.fromModel(modelA);
const sessions: Record<'A' | 'B', Sessions> = {
  A: await createSessions(modelA, { intraOpThreads: threads }),
  B: await createSessions(modelB, { intraOpThreads: threads }),
};
const special = modelA.manifest.specialTokens;
const pairs = testPairs(nPairs);
const prepared = pairs.map((pair) => prepareSegment(pair, tokenizer, modelA.manifest));
const margin = modelA.manifest.decoding.keepMtMargin;
const options: BeamOptions = { ...modelA.manifest.decoding, nbest: 1 };

async function run(which: 'A' | 'B', batch: number): Promise<{ ms: number; tokens: number[][] }> {
  const tokens: number[][] = [];
  const start = performance.now();
  for (let i = 0; i < prepared.length; i += batch) {
    const part = prepared.slice(i, i + batch);
    const forced =
      margin === undefined
        ? []
        : part.map((p) => new ForcedTarget(p.mtIds, special.eos, special.bos));
    const { hypotheses } = await beamSearch(
      sessions[which],
      part.map((p) => p.input),
      special,
      options,
      forced,
    );
    for (const h of hypotheses) tokens.push(h[0]?.tokens ?? []);
  }
  return { ms: performance.now() - start, tokens };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
console.log(
  `A ${dirA} (format ${modelA.manifest.formatVersion}), B ${dirB} (format ${modelB.manifest.formatVersion}): ` +
    `${prepared.length} pairs, beam ${options.beam}, keepMtMargin ${margin ?? 'off'}, ${threads} thread(s); ` +
    `${cpus()[0]?.model ?? 'unknown cpu'}, ${cpus().length} cores, load ${loadavg()[0]?.toFixed(2)}`,
);
const report: Record<string, unknown>[] = [];
for (const batch of batches) {
  const times = { A: [] as number[], B: [] as number[] };
  const last: Partial<Record<'A' | 'B', number[][]>> = {};
  await run('A', batch); // warm-up (graph optimization, allocations)
  await run('B', batch);
  for (let r = 0; r < rounds; r++) {
    for (const which of r % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
      const res = await run(which, batch);
      times[which].push(res.ms);
      last[which] = res.tokens;
    }
  }
  const changed = (last.A ?? []).flatMap((t, i) => {
    const b = last.B?.[i] ?? [];
    return t.length === b.length && t.every((x, j) => x === b[j]) ? [] : [i];
  });
  const sps = (ms: number) => (prepared.length / ms) * 1000;
  const row = {
    batch,
    A: { best: sps(Math.min(...times.A)), median: sps(median(times.A)) },
    B: { best: sps(Math.min(...times.B)), median: sps(median(times.B)) },
    ratioBOverA: median(times.A) / median(times.B),
    changed: changed.map((i) => ({ line: i + 1, mt: pairs[i]?.mt })),
  };
  report.push(row);
  console.log(
    `batch ${batch}: A ${row.A.best.toFixed(2)} best / ${row.A.median.toFixed(2)} median sent/s; ` +
      `B ${row.B.best.toFixed(2)} / ${row.B.median.toFixed(2)}; B/A ${row.ratioBOverA.toFixed(3)}; ` +
      `outputs changed ${changed.length} of ${prepared.length}` +
      (changed.length > 0 ? ` (lines ${changed.map((i) => i + 1).join(', ')})` : ''),
  );
}
console.log(`load at the end ${loadavg()[0]?.toFixed(2)}`);
if (values.json !== undefined) writeFileSync(values.json, JSON.stringify(report, null, 2) + '\n');
await releaseSessions(sessions.A);
await releaseSessions(sessions.B);
