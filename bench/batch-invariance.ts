/**
 * Batch invariance (issue 18): does a pair get the same answer alone as inside a batch?
 *
 *   nice -n 10 node --import tsx bench/batch-invariance.ts MODEL_DIR [--pairs 400]
 *       [--batch 32] [--full-vocab] [--threads N] [--pad-multiple M] [--json FILE]
 *
 * Post-edits the first --pairs pairs of synthetic-data/es-en/test through the library's beam
 * search (src/model/beam-search.ts, the code `ape serve`'s decode workers run) twice: each pair
 * alone (a batch of one), then the same pairs cut into consecutive batches of --batch, the way
 * a multi-segment request is decoded. Beam, length and conservative-decoding settings are the
 * model's defaults (with a keepMtMargin the mt is scored alongside, and kept as `ape serve`
 * keeps it: the answer compared is then the mt's tokens).
 *
 * Prints every pair whose output tokens differ, and for each its first decoder step where the
 * ranked candidate list (2K best of score + log p, with their parent beams) differs: the two
 * candidates that swapped, their scores alone and batched, and the margin between them. Before
 * that step the candidates are the same; it also prints the largest difference of a candidate's
 * score alone vs batched over all steps with the same ranking (how far the arithmetic moved).
 *
 * --pad-multiple M pads every encoder batch to a multiple of M positions (default: what the
 * runtime uses, src/model/sessions.ts encoderPadMultiple; M = 1 reproduces the runtime before
 * it padded to MEMORY_PAD_MULTIPLE, src/model/encoder-input.ts).
 * --threads: the ORT intra-op threads (default: all cores, as one `ape serve` worker has).
 * Not a test (test/server/batch-invariance.test.ts is); it reports, and exits 0.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { beamSearch, type BeamOptions, type StepTrace } from '../src/model/beam-search.js';
import { ForcedTarget, keepsMt } from '../src/model/forced.js';
import { loadModelDir } from '../src/model/model-dir.js';
import { prepareSegment, type PreparedSegment } from '../src/model/segment.js';
import { createSessions, releaseSessions } from '../src/model/sessions.js';
import { ApeTokenizer } from '../src/model/tokenizer.js';
import { testPairs } from './test-pairs.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    pairs: { type: 'string', default: '400' },
    batch: { type: 'string', default: '32' },
    'full-vocab': { type: 'boolean', default: false },
    threads: { type: 'string' },
    'pad-multiple': { type: 'string' },
    json: { type: 'string' },
  },
});
const dir = positionals[0];
if (dir === undefined) {
  console.error(
    'usage: node --import tsx bench/batch-invariance.ts MODEL_DIR [--pairs N] [--batch B] [--full-vocab] [--threads N] [--pad-multiple M] [--json FILE]',
  );
  process.exit(2);
}
const nPairs = Number(values.pairs);
const batchSize = Number(values.batch);
const threads = Number(values.threads ?? availableParallelism());
const padArg = values['pad-multiple'];

interface Cand {
  k: number;
  token: number;
  cand: number;
}
/** steps[t] = the ranked candidates of one sentence at decoder step t. */
type Trace = Cand[][];

const model = await loadModelDir(dir);
const tokenizer = await ApeTokenizer.fromModel(model);
const sessions = await createSessions(model, {
  intraOpThreads: threads,
  shortlist: !values['full-vocab'],
});
const special = model.manifest.specialTokens;
const padMultiple = padArg === undefined ? sessions.encoderPadMultiple : Number(padArg);
const options: BeamOptions = { ...model.manifest.decoding, nbest: 1 };
// conservative decoding as `ape serve` does it by default: the mt scored alongside (forced rows)
const keepMtMargin = model.manifest.decoding.keepMtMargin ?? null;
const prepared: PreparedSegment[] = testPairs(nPairs).map((pair) =>
  prepareSegment(pair, tokenizer, model.manifest),
);

async function decode(batch: PreparedSegment[]): Promise<{
  tokens: number[][];
  scores: number[];
  mtScores: number[];
  traces: Trace[];
  ms: number;
}> {
  const traces: Trace[] = batch.map(() => []);
  const trace: StepTrace = (t, sentence, top) => {
    const tr = traces[sentence];
    if (tr !== undefined) tr[t] = top.map((c) => ({ k: c.k, token: c.token, cand: c.cand }));
  };
  const forced =
    keepMtMargin === null
      ? []
      : batch.map((p) => new ForcedTarget(p.mtIds, special.eos, special.bos));
  const start = performance.now();
  const { hypotheses } = await beamSearch(
    sessions,
    batch.map((p) => p.input),
    special,
    options,
    forced,
    undefined,
    trace,
    padMultiple,
  );
  const ms = performance.now() - start;
  const scores = hypotheses.map((h) => h[0]?.score ?? -Infinity);
  const mtScores = forced.map((f) => f.score(options));
  // the answer `ape serve` gives: the mt's tokens when conservative decoding keeps it
  const tokens = hypotheses.map((h, i) => {
    const mtScore = mtScores[i];
    const edit = h[0]?.tokens ?? [];
    return keepMtMargin !== null &&
      mtScore !== undefined &&
      keepsMt(scores[i] ?? -Infinity, mtScore, keepMtMargin)
      ? (batch[i]?.mtIds ?? edit)
      : edit;
  });
  return { tokens, scores, mtScores, traces, ms };
}

const same = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const key = (c: Cand) => `${c.k}:${c.token}`;

interface Divergence {
  step: number;
  /** Position in the ranked list where the two runs first disagree. */
  rank: number;
  alone: { token: string; k: number; cand: number; batchedCand: number | null };
  batched: { token: string; k: number; cand: number; aloneCand: number | null };
  /** alone's cand of alone's pick minus alone's cand of batched's pick (null: not in alone's list). */
  marginAlone: number | null;
  marginBatched: number | null;
  /** Largest |cand alone − cand batched| of the same candidate over the steps before. */
  maxDriftBefore: number;
}

/** The first step whose ranked candidates (parent beam, token) differ, and the swap there. */
function divergence(a: Trace, b: Trace): Divergence | null {
  let drift = 0;
  for (let t = 0; t < Math.max(a.length, b.length); t++) {
    const x = a[t] ?? [];
    const y = b[t] ?? [];
    const rank = x.findIndex((c, i) => y[i] === undefined || key(c) !== key(y[i] as Cand));
    const r = rank === -1 && y.length > x.length ? x.length : rank;
    if (r === -1) {
      x.forEach((c, i) => (drift = Math.max(drift, Math.abs(c.cand - (y[i]?.cand ?? c.cand)))));
      continue;
    }
    const ca = x[r];
    const cb = y[r];
    const inB = ca === undefined ? undefined : y.find((c) => key(c) === key(ca));
    const inA = cb === undefined ? undefined : x.find((c) => key(c) === key(cb));
    return {
      step: t,
      rank: r,
      alone: {
        token: ca === undefined ? '-' : tokenizer.decodeRaw([ca.token]),
        k: ca?.k ?? -1,
        cand: ca?.cand ?? NaN,
        batchedCand: inB?.cand ?? null,
      },
      batched: {
        token: cb === undefined ? '-' : tokenizer.decodeRaw([cb.token]),
        k: cb?.k ?? -1,
        cand: cb?.cand ?? NaN,
        aloneCand: inA?.cand ?? null,
      },
      marginAlone: ca === undefined || inA === undefined ? null : ca.cand - inA.cand,
      marginBatched: cb === undefined || inB === undefined ? null : cb.cand - inB.cand,
      maxDriftBefore: drift,
    };
  }
  return null;
}

try {
  console.log(
    `${dir}: ${prepared.length} test pairs, batches of ${batchSize}, ${values['full-vocab'] ? 'full vocabulary' : 'shortlist'}, ${threads} threads, encoder batches padded to a multiple of ${padMultiple}, beam ${options.beam}`,
  );
  const alone: Awaited<ReturnType<typeof decode>>[] = [];
  let aloneMs = 0;
  const cpu0 = process.cpuUsage();
  for (const p of prepared) {
    const r = await decode([p]);
    alone.push(r);
    aloneMs += r.ms;
  }
  const cpuAlone = process.cpuUsage(cpu0);
  const cpu1 = process.cpuUsage();
  let batchedMs = 0;
  const rows: {
    pair: number;
    divergence: Divergence | null;
    aloneText: string;
    batchText: string;
    /** [score, mtScore] */
    scores: { alone: number[]; batched: number[] };
  }[] = [];
  let maxScoreDiff = 0;
  let pairsWithScoreDiff = 0;
  for (let start = 0; start < prepared.length; start += batchSize) {
    const batch = prepared.slice(start, start + batchSize);
    const r = await decode(batch);
    batchedMs += r.ms;
    batch.forEach((_, j) => {
      const i = start + j;
      const a = alone[i];
      if (a === undefined) return;
      const ta = a.tokens[0] ?? [];
      const tb = r.tokens[j] ?? [];
      const scoreDiff = Math.max(
        Math.abs((a.scores[0] ?? 0) - (r.scores[j] ?? 0)),
        Math.abs((a.mtScores[0] ?? 0) - (r.mtScores[j] ?? 0)),
      );
      if (scoreDiff > 0) pairsWithScoreDiff++;
      if (same(ta, tb)) {
        maxScoreDiff = Math.max(maxScoreDiff, scoreDiff);
        return;
      }
      rows.push({
        pair: i,
        divergence: divergence(a.traces[0] ?? [], r.traces[j] ?? []),
        aloneText: tokenizer.decodeRaw(ta),
        batchText: tokenizer.decodeRaw(tb),
        scores: {
          alone: [a.scores[0] ?? NaN, a.mtScores[0] ?? NaN],
          batched: [r.scores[j] ?? NaN, r.mtScores[j] ?? NaN],
        },
      });
    });
  }
  for (const row of rows) {
    const d = row.divergence;
    console.log(`\npair ${row.pair} (test line ${row.pair + 1}):`);
    console.log(`  alone:   ${row.aloneText}`);
    console.log(`  batched: ${row.batchText}`);
    const sc = (x: number[]) => x.map((v) => v.toFixed(8)).join(' / ');
    console.log(
      `  score / mtScore alone ${sc(row.scores.alone)}, batched ${sc(row.scores.batched)}`,
    );
    if (d === null) {
      console.log(
        '  same ranked candidates at every step: the keep-the-mt decision (score − mtScore vs keepMtMargin) or the final sort flipped',
      );
      continue;
    }
    const f = (x: number | null) => (x === null ? 'not in the list' : x.toFixed(7));
    console.log(
      `  first differing step ${d.step}, rank ${d.rank}: alone picks "${d.alone.token}" (beam ${d.alone.k}) ${f(d.alone.cand)} [batched ${f(d.alone.batchedCand)}], batched picks "${d.batched.token}" (beam ${d.batched.k}) ${f(d.batched.cand)} [alone ${f(d.batched.aloneCand)}]`,
    );
    console.log(
      `  margin alone ${d.marginAlone === null ? '-' : d.marginAlone.toExponential(2)}, batched ${d.marginBatched === null ? '-' : d.marginBatched.toExponential(2)}; largest candidate drift before it ${d.maxDriftBefore.toExponential(2)}`,
    );
  }
  const cpuBatched = process.cpuUsage(cpu1);
  const margins = rows.flatMap((r) => {
    const d = r.divergence;
    if (d === null) return [];
    return [Math.max(Math.abs(d.marginAlone ?? 0), Math.abs(d.marginBatched ?? 0))];
  });
  console.log(
    `\n${rows.length} of ${prepared.length} pairs differ; largest flipped margin ${margins.length === 0 ? '-' : Math.max(...margins).toExponential(2)}; largest score or mtScore difference of the pairs with the same answer ${maxScoreDiff.toExponential(2)}; ${pairsWithScoreDiff} pairs with any score or mtScore difference`,
  );
  const cpuS = (u: NodeJS.CpuUsage) => ((u.user + u.system) / 1e6).toFixed(1);
  console.log(
    `decode time: alone ${(aloneMs / 1000).toFixed(1)} s wall, ${cpuS(cpuAlone)} s CPU; batched ${(batchedMs / 1000).toFixed(1)} s wall, ${cpuS(cpuBatched)} s CPU (beamSearch wall time; CPU time of this process, ORT threads included; load average ${loadavg()[0]?.toFixed(2)})`,
  );
  if (values.json !== undefined)
    writeFileSync(
      values.json,
      JSON.stringify({ pairs: prepared.length, batch: batchSize, padMultiple, rows }, null, 1),
    );
} finally {
  await releaseSessions(sessions);
}
