/**
 * The Debian-wide es-en train set without anything of the 23K set's dev and test: the train
 * a model is trained on when it must still be scored on the 23K test (issue 21's "the old
 * 2,000-sentence test keeps its row"). The Debian-wide train (large/es-en/train) holds the
 * packages of the 23K dev and test (gimp, sudo, util-linux, …): its split only keeps the
 * Debian-wide dev/test families out.
 *
 * Train triplets are read again from pass 1's candidates.jsonl (which carries each one's
 * source package) in the split's order, checked line by line against large/es-en/train, and
 * one is dropped when its family is a family of the 23K dev or test packages or when its src
 * or pe is a near-duplicate (character 3-gram Jaccard >= 0.9, src/data/synth/near-dup.ts, the
 * Debian-wide split's own rule) of a 23K dev or test src or pe.
 *   node --import tsx synthetic-data/large-no23k.ts   (from the repository root; ~2 min)
 * Writes synthetic-data/large/es-en-no23k/train.{src,mt,pe} and large/no23k-manifest.json.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { corpusFiles } from '../src/data/corpus-spec.js';
import { CorpusWriter } from '../src/data/corpus-writer.js';
import { LineReader } from '../src/data/line-reader.js';
import { type Item, contaminationFilter, familyOf } from '../src/data/synth/broad-split.js';
import { sha256File } from '../src/data/synth/pipeline.js';

const here = 'synthetic-data';
const large = join(here, 'large');
const escapeFile = join(here, '.work-large', 'escape', 'candidates.jsonl');
const outPrefix = join(large, 'es-en-no23k', 'train');
const log = (m: string): void => void process.stderr.write(m + '\n');

interface Manifest {
  split: { threshold: number };
  families: { test: string[]; dev: string[] };
  files: Record<string, string>;
  inputs: { escapeCandidates: string };
}
const manifest = JSON.parse(await readFile(join(large, 'manifest.json'), 'utf8')) as Manifest;
const sha = async (f: string): Promise<string> =>
  createHash('sha256')
    .update(await readFile(f))
    .digest('hex');
if ((await sha(escapeFile)) !== manifest.inputs.escapeCandidates)
  throw new Error(`${escapeFile}: sha256 differs from large/manifest.json inputs.escapeCandidates`);

// The 23K dev and test: their packages (synthetic-data/manifest.json, sets.es-en.splits) and
// triplets.
interface SmallManifest {
  sets: { 'es-en': { splits: Record<string, { groups?: string[] }> } };
}
const small = JSON.parse(await readFile(join(here, 'manifest.json'), 'utf8')) as SmallManifest;
const packagesOf = (name: string): string[] => {
  const list = small.sets['es-en'].splits[name]?.groups;
  if (!list?.length)
    throw new Error(`synthetic-data/manifest.json: sets.es-en.splits.${name}.groups is empty`);
  return list;
};
const heldPackages = [...packagesOf('dev'), ...packagesOf('test')];
const heldFamilies = new Set(heldPackages.map(familyOf));
const lines = async (f: string): Promise<string[]> =>
  (await readFile(f, 'utf8')).split('\n').slice(0, -1);
const held: Item[] = [];
for (const name of ['dev', 'test']) {
  const src = await lines(join(here, 'es-en', `${name}.src`));
  const pe = await lines(join(here, 'es-en', `${name}.pe`));
  src.forEach((text, i) => held.push({ g: name, src: text, pe: pe[i] ?? '' }));
}
log(`no23k: ${held.length} 23K dev/test triplets, families ${[...heldFamilies].join(' ')}`);
const allow = contaminationFilter(heldFamilies, held, manifest.split.threshold);

const chosen = new Set([...manifest.families.test, ...manifest.families.dev]);
const trainLines = (k: string): AsyncIterator<string> =>
  new LineReader(join(large, 'es-en', `train.${k}`))[Symbol.asyncIterator]();
const [srcIt, mtIt, peIt] = [trainLines('src'), trainLines('mt'), trainLines('pe')];
await mkdir(join(large, 'es-en-no23k'), { recursive: true });
const writer = await CorpusWriter.open({ format: 'files', path: outPrefix });
const counts = { train: 0, family: 0, nearDuplicate: 0, kept: 0 };
const droppedFamilies: Record<string, number> = {};
for await (const line of new LineReader(escapeFile)) {
  const c = JSON.parse(line) as Item & { mt: string };
  if (chosen.has(familyOf(c.g))) continue;
  const [s, m, p] = [await srcIt.next(), await mtIt.next(), await peIt.next()];
  if (s.done || s.value !== c.src || m.value !== c.mt || p.value !== c.pe)
    throw new Error(`large/es-en/train line ${counts.train + 1}: differs from candidates.jsonl`);
  counts.train++;
  if (heldFamilies.has(familyOf(c.g))) {
    counts.family++;
    droppedFamilies[familyOf(c.g)] = (droppedFamilies[familyOf(c.g)] ?? 0) + 1;
    continue;
  }
  if (!allow.allows(c)) {
    counts.nearDuplicate++;
    continue;
  }
  counts.kept++;
  await writer.write({ src: c.src, mt: c.mt, pe: c.pe });
  if (counts.train % 50000 === 0) log(`no23k: ${JSON.stringify(counts)}`);
}
if (!(await srcIt.next()).done) throw new Error('large/es-en/train: longer than candidates');
await writer.close();

const files: Record<string, string> = {};
for (const f of corpusFiles({ format: 'files', path: outPrefix }))
  files[f.slice(large.length + 1)] = await sha256File(f);
const out = {
  description:
    'large/es-en/train without the 23K set dev/test families and without near-duplicates (src or pe, character 3-gram Jaccard >= threshold) of any 23K dev/test triplet',
  rebuild: 'node --import tsx synthetic-data/large-no23k.ts',
  threshold: manifest.split.threshold,
  heldPackages,
  counts,
  droppedFamilies,
  input: { 'es-en/train.src': manifest.files['es-en/train.src'] },
  files,
};
await writeFile(join(large, 'no23k-manifest.json'), JSON.stringify(out, null, 2) + '\n');
log(`no23k: ${JSON.stringify(counts)} -> ${outPrefix}.*`);
