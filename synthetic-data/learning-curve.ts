/**
 * The training sets of issue 21's learning curve beyond the 23K set: more real triplets, and the
 * real ones with the round-trip triplets added, each one a train a model of the curve reads at
 * equal settings (training/configs/curve/*.json, docs/results.md "Learning curve"; the curve's
 * first point trains on the 23K set's own train, synthetic-data/es-en/train, as is).
 *
 *   70k      whole package families of the Debian-wide train without the 23K dev/test
 *            (large/es-en-no23k/train), taken in seeded order until they hold 70,000 triplets
 *   real     all of large/es-en-no23k/train (221,483 triplets)
 *   real-rt  real twice (the paper oversamples its real triplets next to the synthetic ones)
 *            plus every round-trip triplet (large/roundtrip/train) that is neither of a 23K
 *            dev/test package family nor a near-duplicate (src or pe, character 3-gram Jaccard
 *            >= 0.9, the split's rule) of a 23K dev or test triplet: the Debian-wide split only
 *            kept the Debian-wide dev/test out of the round trip, so the 23K test stays fair
 *
 * Every set is written in a seeded order (the SHA-256 of the seed, a tag and the triplet; the
 * two copies of real in real-rt have different tags, so they do not land side by side): the trainer
 * shuffles inside a 10,000-triplet buffer only, and the curve's budget (4,500 steps, about
 * 135,000 triplets) reads less than an epoch of the larger sets, so a set in package order would
 * train on its first packages only, and real-rt on no round trip at all. (The 23K train is read
 * about six times in that budget, so its package order costs nothing: the bert-init row read it
 * so.)
 *
 *   node --import tsx synthetic-data/large-no23k.ts      (first, if large/es-en-no23k is missing)
 *   node --import tsx synthetic-data/learning-curve.ts   (from the repository root; ~4 min)
 *
 * Reads large/es-en-no23k (its sha256s checked against large/no23k-manifest.json),
 * large/roundtrip/train (against large/manifest.json) and the two passes' candidates.jsonl
 * (their package of each triplet); writes synthetic-data/large/curve/<set>/train.{src,mt,pe}
 * and large/curve-manifest.json (counts, families, sha256 of every file).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { corpusFiles } from '../src/data/corpus-spec.js';
import { CorpusWriter } from '../src/data/corpus-writer.js';
import { LineReader } from '../src/data/line-reader.js';
import { type Item, contaminationFilter, familyOf } from '../src/data/synth/broad-split.js';
import { sha256File } from '../src/data/synth/pipeline.js';
import { seededHash } from '../src/data/synth/split.js';

const SEED = 21;
const TARGET_70K = 70000;
const REAL_COPIES_WITH_RT = 2;

const here = 'synthetic-data';
const large = join(here, 'large');
const work = join(here, '.work-large');
const outDir = join(large, 'curve');
const log = (m: string): void => void process.stderr.write(`learning-curve: ${m}\n`);

interface Triplet {
  src: string;
  mt: string;
  pe: string;
}
const lines = async (f: string): Promise<string[]> =>
  (await readFile(f, 'utf8')).split('\n').slice(0, -1);
async function readCorpus(prefix: string): Promise<Triplet[]> {
  const [src, mt, pe] = await Promise.all(['src', 'mt', 'pe'].map((k) => lines(`${prefix}.${k}`)));
  if (!src || !mt || !pe || mt.length !== src.length || pe.length !== src.length)
    throw new Error(`${prefix}.{src,mt,pe}: the three files differ in line count`);
  return src.map((s, i) => ({ src: s, mt: mt[i] as string, pe: pe[i] as string }));
}
async function checkSums(files: Record<string, string>, base: string, manifest: string) {
  for (const [name, want] of Object.entries(files)) {
    const got = await sha256File(join(base, name));
    if (got !== want)
      throw new Error(
        `${join(base, name)}: sha256 ${got.slice(0, 12)}… differs from ${manifest} (${want.slice(0, 12)}…): rebuild it first`,
      );
  }
}
const same = (a: Triplet, b: Triplet): boolean => a.src === b.src && a.mt === b.mt && a.pe === b.pe;

/**
 * The package of each triplet of `corpus`, which must be a subsequence (in order) of the
 * candidates file's triplets: pass 1 wrote every candidate with its package, and each later
 * filter only dropped lines. Triplets are distinct (pass 1 deduplicates src and pe), so the
 * first match is the one.
 */
async function packagesOf(corpus: Triplet[], candidates: string): Promise<string[]> {
  const out: string[] = [];
  for await (const line of new LineReader(candidates)) {
    const want = corpus[out.length];
    if (!want) break;
    const c = JSON.parse(line) as Item & { mt: string };
    if (same(c, want)) out.push(c.g);
  }
  if (out.length !== corpus.length)
    throw new Error(
      `${candidates}: line ${out.length + 1} of the corpus is not among its candidates (in order)`,
    );
  return out;
}

// The 23K dev and test: the packages and triplets that must stay out (as large-no23k.ts).
interface SmallManifest {
  sets: { 'es-en': { splits: Record<string, { groups?: string[] }> } };
}
const small = JSON.parse(await readFile(join(here, 'manifest.json'), 'utf8')) as SmallManifest;
const heldPackages = ['dev', 'test'].flatMap((name) => {
  const list = small.sets['es-en'].splits[name]?.groups;
  if (!list?.length)
    throw new Error(`synthetic-data/manifest.json: sets.es-en.splits.${name}.groups is empty`);
  return list;
});
const heldFamilies = new Set(heldPackages.map(familyOf));
const held: Item[] = [];
for (const name of ['dev', 'test']) {
  const t = await readCorpus(join(here, 'es-en', name));
  for (const x of t) held.push({ g: name, src: x.src, pe: x.pe });
}

interface LargeManifest {
  split: { threshold: number };
  files: Record<string, string>;
}
const largeManifest = JSON.parse(
  await readFile(join(large, 'manifest.json'), 'utf8'),
) as LargeManifest;
const no23kManifest = JSON.parse(await readFile(join(large, 'no23k-manifest.json'), 'utf8')) as {
  files: Record<string, string>;
};
await checkSums(no23kManifest.files, large, 'large/no23k-manifest.json');
await checkSums(
  Object.fromEntries(
    Object.entries(largeManifest.files).filter(([k]) => k.startsWith('roundtrip/')),
  ),
  large,
  'large/manifest.json',
);

const real = await readCorpus(join(large, 'es-en-no23k', 'train'));
log(`reading the package of each of ${real.length} real triplets`);
const realPackages = await packagesOf(real, join(work, 'escape', 'candidates.jsonl'));

// 70k: whole families in seeded order.
const familySize = new Map<string, number>();
for (const p of realPackages) familySize.set(familyOf(p), (familySize.get(familyOf(p)) ?? 0) + 1);
const familyOrder = [...familySize.keys()].sort((a, b) =>
  seededHash(SEED, a) < seededHash(SEED, b) ? -1 : 1,
);
const families70k = new Set<string>();
let n70k = 0;
for (const f of familyOrder) {
  if (n70k >= TARGET_70K) break;
  families70k.add(f);
  n70k += familySize.get(f) as number;
}
const set70k = real.filter((_, i) => families70k.has(familyOf(realPackages[i] as string)));

// The round trip without the 23K dev/test.
const roundtrip = await readCorpus(join(large, 'roundtrip', 'train'));
log(`reading the package of each of ${roundtrip.length} round-trip triplets`);
const rtPackages = await packagesOf(roundtrip, join(work, 'roundtrip', 'candidates.jsonl'));
const allow = contaminationFilter(heldFamilies, held, largeManifest.split.threshold);
const rtCounts = { read: roundtrip.length, family: 0, nearDuplicate: 0, kept: 0 };
const rtKept: Triplet[] = [];
roundtrip.forEach((t, i) => {
  const g = rtPackages[i] as string;
  if (heldFamilies.has(familyOf(g))) rtCounts.family++;
  else if (!allow.allows({ g, src: t.src, pe: t.pe })) rtCounts.nearDuplicate++;
  else {
    rtCounts.kept++;
    rtKept.push(t);
  }
});
log(`round trip: ${JSON.stringify(rtCounts)}`);

/**
 * The seeded order of the parts together: each triplet keyed by the SHA-256 of the seed, its
 * part's tag and itself, so the copies of a repeated part (real-rt's two of real) land apart.
 */
function seeded(parts: [string, Triplet[]][]): Triplet[] {
  const keyed = parts.flatMap(([tag, ts]) =>
    ts.map((t) => ({ k: seededHash(SEED, `${tag}\u0000${t.src}\u0000${t.mt}\u0000${t.pe}`), t })),
  );
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  return keyed.map((x) => x.t);
}

const realCopies: [string, Triplet[]][] = Array.from({ length: REAL_COPIES_WITH_RT }, (_, c) => [
  String(c),
  real,
]);
const sets: Record<string, Triplet[]> = {
  '70k': seeded([['0', set70k]]),
  real: seeded([['0', real]]),
  'real-rt': seeded([...realCopies, ['rt', rtKept]]),
};
const files: Record<string, string> = {};
for (const [name, ts] of Object.entries(sets)) {
  const dir = join(outDir, name);
  await mkdir(dir, { recursive: true });
  // CorpusWriter writes each file as .partial and renames it when closed: a stopped run leaves
  // no half-written set under the real name
  const writer = await CorpusWriter.open({ format: 'files', path: join(dir, 'train') });
  for (const t of ts) await writer.write(t);
  await writer.close();
  for (const f of corpusFiles({ format: 'files', path: join(dir, 'train') }))
    files[f.slice(large.length + 1)] = await sha256File(f);
  log(`${name}: ${ts.length} triplets -> ${join(dir, 'train')}.*`);
}

const manifest = {
  description:
    "issue 21's learning-curve training sets (synthetic-data/learning-curve.ts; the 23k point trains on synthetic-data/es-en/train as is): 70k (whole families of es-en-no23k in seeded order), real (es-en-no23k), real-rt (real twice + the round trip without the 23K dev/test); each in seeded order",
  rebuild: 'node --import tsx synthetic-data/learning-curve.ts',
  seed: SEED,
  threshold: largeManifest.split.threshold,
  heldPackages,
  counts: {
    '70k': {
      triplets: set70k.length,
      families: families70k.size,
      of: familySize.size,
      target: TARGET_70K,
    },
    real: real.length,
    'real-rt': {
      triplets: sets['real-rt']?.length,
      realCopies: REAL_COPIES_WITH_RT,
      roundtrip: rtCounts,
    },
  },
  families70k: [...families70k].sort(),
  input: {
    'es-en-no23k/train.src': no23kManifest.files['es-en-no23k/train.src'],
    'roundtrip/train.src': largeManifest.files['roundtrip/train.src'],
  },
  files,
};
await writeFile(join(large, 'curve-manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
log('done: large/curve-manifest.json');
