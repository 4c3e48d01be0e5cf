/**
 * Stage `splits` of build-large.sh: the Debian-wide es-en set's broad dev and test and its
 * train (src/data/synth/broad-split.ts) from pass 1 of `ape synth escape` (its
 * candidates.jsonl: filtered, deduplicated, with groups), the round-trip train set from pass 1
 * of `ape synth roundtrip` without the dev/test families and without near-duplicates of any
 * dev/test triplet, dev and test mt made again as one Apertium stream per file (as build.sh
 * does), and manifest.json (settings, counts, families, sha256 of every file).
 *   node --import tsx synthetic-data/large-splits.ts ESCAPE_WORK ROUNDTRIP_WORK OUTDIR
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { corpusFiles } from '../src/data/corpus-spec.js';
import { CorpusWriter } from '../src/data/corpus-writer.js';
import { LineReader } from '../src/data/line-reader.js';
import { ApertiumEngine } from '../src/data/mt/apertium.js';
import {
  type Item,
  DEFAULT_BROAD_SPLIT,
  broadSplit,
  contaminationFilter,
} from '../src/data/synth/broad-split.js';
import { sha256File } from '../src/data/synth/pipeline.js';

interface Candidate extends Item {
  mt: string;
}

const [escapeWork, roundtripWork, outDir] = process.argv.slice(2);
if (!escapeWork || !roundtripWork || !outDir) {
  process.stderr.write('usage: large-splits.ts ESCAPE_WORK ROUNDTRIP_WORK OUTDIR\n');
  process.exit(2);
}
const log = (m: string): void => void process.stderr.write(m + '\n');
const cfg = { ...DEFAULT_BROAD_SPLIT };

async function* read(file: string): AsyncGenerator<Candidate> {
  for await (const line of new LineReader(file)) yield JSON.parse(line) as Candidate;
}
const escapeFile = join(escapeWork, 'candidates.jsonl');
const roundtripFile = join(roundtripWork, 'candidates.jsonl');

const t0 = Date.now();
const split = await broadSplit(() => read(escapeFile), cfg, log);
log(`splits: ${JSON.stringify(split.counts)} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

// es-en: train in candidate order; dev and test in candidate order too.
const esen = join(outDir, 'es-en');
await mkdir(esen, { recursive: true });
const writers = {
  train: await CorpusWriter.open({ format: 'files', path: join(esen, 'train') }),
  dev: await CorpusWriter.open({ format: 'files', path: join(esen, 'dev') }),
  test: await CorpusWriter.open({ format: 'files', path: join(esen, 'test') }),
};
const held: Item[] = [];
let i = 0;
for await (const c of read(escapeFile)) {
  const to = split.assignment.get(i++);
  if (to === undefined) continue;
  if (to !== 'train') held.push({ g: c.g, src: c.src, pe: c.pe });
  await writers[to].write({ src: c.src, mt: c.mt, pe: c.pe });
}
for (const w of Object.values(writers)) await w.close();

// dev and test mt again, one Apertium stream per file (mt reproducible from src alone).
const restream = await ApertiumEngine.create({
  pair: 'spa-eng',
  unknownMarks: 'drop',
  batchLines: Infinity,
});
const mtChanged: Record<string, number> = {};
for (const name of ['dev', 'test'] as const) {
  const src = (await readFile(join(esen, `${name}.src`), 'utf8')).split('\n').slice(0, -1);
  const old = (await readFile(join(esen, `${name}.mt`), 'utf8')).split('\n').slice(0, -1);
  const mts = await restream.translate(src);
  mtChanged[name] = mts.filter((m, k) => m !== old[k]).length;
  await writeFile(join(esen, `${name}.mt`), mts.map((m) => m + '\n').join(''));
}

// round trip: train only, without dev/test families or near-duplicates of dev/test.
const rt = join(outDir, 'roundtrip');
await mkdir(rt, { recursive: true });
const allow = contaminationFilter(
  new Set([...split.families.test, ...split.families.dev]),
  held,
  cfg.threshold,
);
const rtWriter = await CorpusWriter.open({ format: 'files', path: join(rt, 'train') });
const rtCounts = { read: 0, contaminated: 0, train: 0 };
for await (const c of read(roundtripFile)) {
  rtCounts.read++;
  if (!allow.allows(c)) {
    rtCounts.contaminated++;
    continue;
  }
  rtCounts.train++;
  await rtWriter.write({ src: c.src, mt: c.mt, pe: c.pe });
  if (rtCounts.read % 200000 === 0) log(`splits: round trip ${JSON.stringify(rtCounts)}`);
}
await rtWriter.close();

const sums = async (dir: string, names: string[]): Promise<Record<string, string>> => {
  const out: Record<string, string> = {};
  for (const n of names)
    for (const f of corpusFiles({ format: 'files', path: join(dir, n) }))
      out[f.slice(outDir.length + 1)] = await sha256File(f);
  return out;
};
const sha = async (f: string): Promise<string> =>
  createHash('sha256')
    .update(await readFile(f))
    .digest('hex');
const manifest = {
  description:
    'Debian-wide es-en APE triplets (eSCAPE over every Debian 12 Spanish catalog) with broad dev/test, and round-trip triplets from every English msgid; see README.md, "Debian-wide set"',
  rebuild: 'bash synthetic-data/build-large.sh',
  split: {
    ...cfg,
    family: 'source package without its version suffix (gcc-12 -> gcc)',
    nearDuplicate:
      'Jaccard of character 3-gram sets (NFKC, lower case, white space collapsed, space-padded) >= threshold on src or on pe',
  },
  inputs: {
    escapeCandidates: await sha(escapeFile),
    roundtripCandidates: await sha(roundtripFile),
  },
  counts: { esen: split.counts, mtChanged, roundtrip: rtCounts },
  families: split.families,
  escape: JSON.parse(await readFile(join(outDir, 'escape-manifest.json'), 'utf8')) as unknown,
  roundtripManifest: JSON.parse(
    await readFile(join(outDir, 'roundtrip-manifest.json'), 'utf8'),
  ) as unknown,
  files: { ...(await sums(outDir, ['es-en/train', 'es-en/dev', 'es-en/test', 'roundtrip/train'])) },
};
await writeFile(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
log(`splits: done -> ${join(outDir, 'manifest.json')}`);
