/**
 * `ape synth` end to end, in two passes:
 * 1. translate, filter, deduplicate: source records are read as a stream, translated in
 *    batches (through the MT cache), filtered (filters.ts) and deduplicated (dedup.ts); the
 *    survivors are appended, with their group, to `<work>/candidates.jsonl`. After each batch
 *    the candidates are flushed and `<work>/state.json` records how many inputs were consumed,
 *    so a re-run continues after the last finished batch (and rebuilds the dedup sets from the
 *    candidates already kept).
 * 2. split: group sizes are counted, groups assigned to splits (split.ts), and each kept
 *    triplet written to its split in the chosen corpus layout.
 * 3. (optional) restream: each split's mt is made again from its src file as one stream.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataError } from '../../errors.js';
import { readCorpus } from '../corpus-reader.js';
import { type CorpusFormat, type CorpusSpec, corpusFiles } from '../corpus-spec.js';
import { CorpusWriter } from '../corpus-writer.js';
import { LineReader } from '../line-reader.js';
import { LineWriter, partialPath } from '../line-writer.js';
import type { MtEngine } from '../mt/engine.js';
import { type NormalizeOptions, type Triplet, normalizeText } from '../triplet.js';
import { Deduplicator } from './dedup.js';
import { type FilterConfig, type TerFunction, rejectedBy } from './filters.js';
import type { SourceRecord } from './sources.js';
import { type SplitTarget, assignGroups, keepThreshold, seededHash } from './split.js';

export type Recipe = 'escape' | 'roundtrip';

export interface SynthConfig {
  recipe: Recipe;
  /** A fresh stream of source records each time it is called. */
  source: () => AsyncGenerator<SourceRecord>;
  /** Translates src into the target language: gives mt. */
  engine: MtEngine;
  /** Round trip only: translates the target-language text into the source language (src). */
  backEngine?: MtEngine;
  filters: FilterConfig;
  ter: TerFunction;
  /** Groups (source packages) never to use. */
  heldout: Set<string>;
  normalize: NormalizeOptions;
  splits: SplitTarget[];
  /**
   * Group -> split decided elsewhere (e.g. by the other direction's set, so that a sentence
   * never trains one direction and tests the other); groups not in it go to the last split.
   */
  fixedGroups?: Map<string, string>;
  /**
   * When given, each split's mt is made again by this engine from the split's src as one
   * stream (pass 3). Apertium's output depends on the text before it in the stream
   * (mt/apertium.ts), so only this makes mt reproducible from the committed src file alone.
   * Filters saw pass 1's mt; `mtChanged` counts the lines that differ.
   */
  restream?: MtEngine;
  seed: number;
  outDir: string;
  format: CorpusFormat;
  workDir: string;
  batchLines: number;
  /** A string that changes when anything that shapes pass 1 changes; a mismatch restarts it. */
  configKey: string;
  log: (message: string) => void;
}

export interface SplitReport {
  count: number;
  /** Lines whose mt changed when the split was translated again as one stream. */
  mtChanged?: number;
  groups: string[];
  /** File name (relative to outDir) -> sha256. */
  files: Record<string, string>;
}

export interface SynthReport {
  /** read, heldout, empty, each filter, each duplicate kind, kept. */
  counts: Record<string, number>;
  splits: Record<string, SplitReport>;
  mtSeconds: number;
}

interface State {
  configKey: string;
  consumed: number;
  candidates: number;
  counts: Record<string, number>;
  mtSeconds: number;
  done: boolean;
}

interface Candidate {
  g: string;
  src: string;
  mt: string;
  pe: string;
}

export async function synthesize(cfg: SynthConfig): Promise<SynthReport> {
  await mkdir(cfg.workDir, { recursive: true });
  await mkdir(cfg.outDir, { recursive: true });
  const state = await translateAndFilter(cfg);
  const splits = await writeSplits(cfg);
  return { counts: state.counts, splits, mtSeconds: state.mtSeconds };
}

const bump = (counts: Record<string, number>, key: string, by = 1): void => {
  counts[key] = (counts[key] ?? 0) + by;
};

async function loadState(cfg: SynthConfig): Promise<State> {
  const fresh: State = {
    configKey: cfg.configKey,
    consumed: 0,
    candidates: 0,
    counts: {},
    mtSeconds: 0,
    done: false,
  };
  const text = await readFile(join(cfg.workDir, 'state.json'), 'utf8').catch(() => undefined);
  if (text === undefined) return fresh;
  const saved = JSON.parse(text) as State;
  if (saved.configKey !== cfg.configKey) {
    cfg.log('synth: settings changed since the saved state: starting pass 1 over (MT cache kept)');
    return fresh;
  }
  if (!saved.done)
    cfg.log(`synth: resuming after ${saved.consumed} inputs (${saved.candidates} kept)`);
  return saved;
}

async function saveState(cfg: SynthConfig, state: State): Promise<void> {
  const file = join(cfg.workDir, 'state.json');
  await writeFile(`${file}.tmp`, JSON.stringify(state) + '\n');
  await rename(`${file}.tmp`, file);
}

async function translateAndFilter(cfg: SynthConfig): Promise<State> {
  const state = await loadState(cfg);
  const candidatesFile = join(cfg.workDir, 'candidates.jsonl');
  if (state.done) return state;
  const dedup = new Deduplicator();
  const resuming = state.consumed > 0;
  if (resuming) {
    await LineWriter.truncateTo(candidatesFile, state.candidates);
    for await (const line of new LineReader(partialPath(candidatesFile))) {
      const c = JSON.parse(line) as Candidate;
      dedup.check(c.src, c.pe);
    }
  }
  const out = await LineWriter.open(candidatesFile, { resume: resuming });
  const started = Date.now();
  let index = 0;
  let batch: SourceRecord[] = [];
  const flushBatch = async (): Promise<void> => {
    await processBatch(cfg, batch, state, dedup, out);
    await out.flush();
    state.consumed += batch.length;
    batch = [];
    await saveState(cfg, state);
    const rate = (state.consumed / Math.max(1e-3, (Date.now() - started) / 1000)).toFixed(0);
    cfg.log(`synth: ${state.consumed} read, ${state.candidates} kept (${rate} inputs/s)`);
  };
  for await (const rec of cfg.source()) {
    if (index++ < state.consumed) continue;
    batch.push(rec);
    if (batch.length >= cfg.batchLines) await flushBatch();
  }
  if (batch.length > 0) await flushBatch();
  await out.close();
  state.done = true;
  await saveState(cfg, state);
  return state;
}

async function processBatch(
  cfg: SynthConfig,
  batch: SourceRecord[],
  state: State,
  dedup: Deduplicator,
  out: LineWriter,
): Promise<void> {
  const live: { group: string; src?: string; pe: string }[] = [];
  for (const r of batch) {
    bump(state.counts, 'read');
    if (cfg.heldout.has(r.group)) {
      bump(state.counts, 'heldout');
      continue;
    }
    const pe = normalizeText(r.ref, cfg.normalize);
    const src = r.src === undefined ? undefined : normalizeText(r.src, cfg.normalize);
    if (pe === '' || src === '') {
      bump(state.counts, 'empty');
      continue;
    }
    live.push(src === undefined ? { group: r.group, pe } : { group: r.group, src, pe });
  }
  const t0 = Date.now();
  let srcs: string[];
  if (cfg.recipe === 'escape') {
    srcs = live.map((r) => r.src ?? '');
  } else {
    if (cfg.backEngine === undefined)
      throw new DataError({ file: cfg.workDir }, 'round trip needs a back engine');
    srcs = await cfg.backEngine.translate(live.map((r) => r.pe));
  }
  // MT output is kept verbatim (double spaces included: a real artifact to post-edit), so
  // that re-running the engine on src reproduces mt exactly.
  const mts = await cfg.engine.translate(srcs);
  state.mtSeconds += (Date.now() - t0) / 1000;
  for (const [i, r] of live.entries()) {
    const t = { src: srcs[i] ?? '', mt: mts[i] ?? '', pe: r.pe };
    const why = rejectedBy(t, cfg.filters, cfg.ter) ?? dedup.check(t.src, t.pe);
    if (why !== undefined) {
      bump(state.counts, why);
      continue;
    }
    bump(state.counts, 'kept');
    state.candidates++;
    await out.write(
      JSON.stringify({ g: r.group, src: t.src, mt: t.mt, pe: t.pe } satisfies Candidate),
    );
  }
}

async function* candidates(cfg: SynthConfig): AsyncGenerator<Candidate> {
  for await (const line of new LineReader(join(cfg.workDir, 'candidates.jsonl')))
    yield JSON.parse(line) as Candidate;
}

async function writeSplits(cfg: SynthConfig): Promise<Record<string, SplitReport>> {
  const sizes = new Map<string, number>();
  for await (const c of candidates(cfg)) sizes.set(c.g, (sizes.get(c.g) ?? 0) + 1);
  const last = cfg.splits[cfg.splits.length - 1]?.name ?? '';
  const fixed = cfg.fixedGroups;
  const assigned =
    fixed === undefined
      ? assignGroups(sizes, cfg.splits, cfg.seed)
      : new Map([...sizes.keys()].map((g) => [g, fixed.get(g) ?? last]));
  const hashes = new Map<string, string[]>(cfg.splits.map((s) => [s.name, []]));
  for await (const c of candidates(cfg))
    hashes.get(assigned.get(c.g) ?? '')?.push(seededHash(cfg.seed, c.src));
  const thresholds = new Map(
    cfg.splits.map((s) => [s.name, keepThreshold(hashes.get(s.name) ?? [], s.size)]),
  );
  hashes.clear();

  const writers = new Map<string, CorpusWriter>();
  for (const s of cfg.splits) {
    writers.set(
      s.name,
      await CorpusWriter.open({ format: cfg.format, path: splitPath(cfg, s.name) }),
    );
  }
  const groups = new Map<string, Set<string>>(cfg.splits.map((s) => [s.name, new Set()]));
  for await (const c of candidates(cfg)) {
    const split = assigned.get(c.g) ?? '';
    if (seededHash(cfg.seed, c.src) > (thresholds.get(split) ?? '')) continue;
    await writers.get(split)?.write({ src: c.src, mt: c.mt, pe: c.pe });
    groups.get(split)?.add(c.g);
  }
  const report: Record<string, SplitReport> = {};
  for (const s of cfg.splits) {
    const w = writers.get(s.name) as CorpusWriter;
    await w.close();
    const mtChanged = cfg.restream === undefined ? undefined : await restream(w.spec, cfg.restream);
    const files: Record<string, string> = {};
    for (const f of corpusFiles(w.spec))
      files[f.slice(cfg.outDir.length + 1)] = await sha256File(f);
    report[s.name] = {
      count: w.count,
      ...(mtChanged !== undefined ? { mtChanged } : {}),
      groups: [...(groups.get(s.name) ?? [])].sort(),
      files,
    };
  }
  return report;
}

/** Pass 3: mt again from the split's src as one stream; returns how many lines changed. */
async function restream(spec: CorpusSpec, engine: MtEngine): Promise<number> {
  const triplets: Triplet[] = [];
  for await (const t of readCorpus(spec, { allowEmpty: true })) triplets.push(t);
  const mts = await engine.translate(triplets.map((t) => t.src));
  let changed = 0;
  const w = await CorpusWriter.open(spec);
  for (const [i, t] of triplets.entries()) {
    const mt = mts[i] ?? '';
    if (mt !== t.mt) changed++;
    await w.write({ ...t, mt });
  }
  await w.close();
  return changed;
}

function splitPath(cfg: SynthConfig, name: string): string {
  const ext = cfg.format === 'files' ? '' : `.${cfg.format}`;
  return join(cfg.outDir, `${name}${ext}`);
}

export async function sha256File(file: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
}
