/**
 * Builds the out-of-domain evaluation set of issue 19 §4 (bench/data/ood/README.md): a few
 * hundred es-en triplets from Debian catalogs that no training set holds, enriched for
 * protected spans (URLs, paths, versions, markup, placeholders, names: src/text/protect/
 * detect.ts), chosen deterministically (SHA-256 of a seed and the src).
 *
 *   nice -n 10 node --import tsx bench/data/ood/select.ts \
 *       [--large synthetic-data/large] [--candidates synthetic-data/.work-large/escape/candidates.jsonl]
 *       [--seed 19] [--out bench/data/ood]
 *
 * Pools, both from the families of the Debian-wide set's broad test split
 * (synthetic-data/large/manifest.json `families.test`), less every family of the 23K set's
 * splits (synthetic-data/manifest.json) and of synthetic-data/heldout-packages.txt:
 * - `test`: the broad test triplets themselves (synthetic-data/large/es-en/test.*), whose
 *   source package is looked up in pass 1's candidates.jsonl by (src, pe);
 * - `rest`: the other triplets of those families in candidates.jsonl (in no split: the
 *   family's "rest"), only those holding a rare span kind (URL, e-mail, path, version, IP,
 *   shortcut, markup, entity), and only those with no train triplet (Debian-wide or 23K) at
 *   character 3-gram Jaccard >= 0.9 on src or pe (src/data/synth/near-dup.ts), the split
 *   stage's near-duplicate rule.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { familyOf } from '../../../src/data/synth/broad-split.js';
import { NearDupIndex } from '../../../src/data/synth/near-dup.js';
import { countOccurrences, detectSpans, type SpanKind } from '../../../src/text/protect/detect.js';

const { values } = parseArgs({
  options: {
    large: { type: 'string', default: 'synthetic-data/large' },
    small: { type: 'string', default: 'synthetic-data' },
    candidates: { type: 'string', default: 'synthetic-data/.work-large/escape/candidates.jsonl' },
    seed: { type: 'string', default: '19' },
    out: { type: 'string', default: 'bench/data/ood' },
  },
});

/** How many of each category to take (test pool first, then rest for `rare`). */
const QUOTA = { rare: 110, placeholder: 95, name: 80, number: 30, plain: 95 } as const;
type Category = keyof typeof QUOTA;
/** At most this many triplets of one family outside the rare category. */
const PER_FAMILY = 8;
const RARE: ReadonlySet<SpanKind> = new Set([
  'url',
  'email',
  'path',
  'version',
  'ip',
  'shortcut',
  'markup',
  'escaped-markup',
  'entity',
]);

const sha256 = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').slice(0, -1);
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown;

interface LargeManifest {
  families: { test: string[] };
  files: Record<string, string>;
}
interface SmallManifest {
  sets: { 'es-en': { splits: Record<string, { groups: string[] }> } };
}
const large = json(join(values.large, 'manifest.json')) as LargeManifest;
const small = json(join(values.small, 'manifest.json')) as SmallManifest;
const heldout = lines(join(values.small, 'heldout-packages.txt'))
  .map((l) => l.trim())
  .filter((l) => l !== '' && !l.startsWith('#'));
const excluded = new Set([
  ...Object.values(small.sets['es-en'].splits).flatMap((s) => s.groups.map(familyOf)),
  ...heldout.map(familyOf),
]);
const families = new Set(large.families.test.filter((f) => !excluded.has(f)));

// The broad test files, checked against the committed manifest.
const testBase = join(values.large, 'es-en', 'test');
const test: Record<'src' | 'mt' | 'pe', string[]> = { src: [], mt: [], pe: [] };
for (const side of ['src', 'mt', 'pe'] as const) {
  const file = `${testBase}.${side}`;
  const want = large.files[`es-en/test.${side}`];
  if (sha256(readFileSync(file)) !== want)
    throw new Error(`${file}: sha256 differs from ${values.large}/manifest.json; rebuild the set`);
  test[side] = lines(file);
}

interface Triplet {
  src: string;
  mt: string;
  pe: string;
  g: string;
  origin: string;
}
const key = (src: string, pe: string) => `${src}\t${pe}`;
const testKeys = new Map(test.src.map((s, i) => [key(s, test.pe[i] ?? ''), i]));
const testPool: (Triplet | undefined)[] = test.src.map(() => undefined);
const restPool: Triplet[] = [];
const candidatesText = readFileSync(values.candidates, 'utf8');
candidatesText.split('\n').forEach((line, n) => {
  if (line === '') return;
  const c = JSON.parse(line) as { g: string; src: string; mt: string; pe: string };
  const i = testKeys.get(key(c.src, c.pe));
  if (i !== undefined) {
    testPool[i] = {
      src: c.src,
      mt: test.mt[i] ?? '',
      pe: c.pe,
      g: c.g,
      origin: `test:${i + 1}`,
    };
  } else if (families.has(familyOf(c.g))) {
    restPool.push({ ...c, origin: `rest:${n + 1}` });
  }
});
const missing = testPool.filter((t) => t === undefined).length;
if (missing > 0) throw new Error(`${missing} test triplets not found in ${values.candidates}`);

/** Spans of the mt that the src holds too: what a post-edit must carry over. */
const kindsOf = (t: Triplet) =>
  new Set(
    detectSpans(t.src, t.mt)
      .filter((s) => countOccurrences(t.src, s.text) > 0)
      .map((s) => s.kind),
  );
function categoryOf(t: Triplet): Category {
  const kinds = kindsOf(t);
  if ([...kinds].some((k) => RARE.has(k))) return 'rare';
  if (kinds.has('printf') || kinds.has('brace')) return 'placeholder';
  if (kinds.has('name')) return 'name';
  if (kinds.has('number')) return 'number';
  return 'plain';
}
const hash = (t: Triplet) => sha256(`${values.seed}\t${t.src}`);
const byHash = (ts: Triplet[]) =>
  ts.map((t) => ({ t, h: hash(t) })).sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : 0));

const chosen: { t: Triplet; category: Category }[] = [];
const perFamily = new Map<string, number>();
const taken = new Set<string>();
function take(pool: Triplet[], category: Category, quota: number, capFamilies: boolean): number {
  let n = 0;
  for (const { t } of byHash(pool)) {
    if (n >= quota) break;
    const f = familyOf(t.g);
    if (capFamilies && (perFamily.get(f) ?? 0) >= PER_FAMILY) continue;
    if (taken.has(t.src)) continue;
    taken.add(t.src);
    perFamily.set(f, (perFamily.get(f) ?? 0) + 1);
    chosen.push({ t, category });
    n++;
  }
  return n;
}

const testTriplets = testPool.filter(
  (t): t is Triplet => t !== undefined && families.has(familyOf(t.g)),
);
const byCategory = new Map<Category, Triplet[]>();
for (const t of testTriplets) {
  const c = categoryOf(t);
  byCategory.set(c, [...(byCategory.get(c) ?? []), t]);
}
const rareFromTest = take(byCategory.get('rare') ?? [], 'rare', QUOTA.rare, false);

// Rest triplets with a rare span, none near a train triplet.
const rareRest = restPool.filter((t) => categoryOf(t) === 'rare');
const index = new NearDupIndex(
  0.9,
  rareRest.flatMap((t) => [t.src, t.pe]),
);
for (const t of rareRest) {
  index.add(t.src);
  index.add(t.pe);
}
const near = new Set<number>();
const trainFiles = [join(values.large, 'es-en', 'train'), join(values.small, 'es-en', 'train')];
for (const base of trainFiles)
  for (const side of ['src', 'pe'])
    for (const text of lines(`${base}.${side}`))
      for (const m of index.query(text)) near.add(Math.floor(m.id / 2));
const cleanRest = rareRest.filter((_, k) => !near.has(k));
const rareFromRest = take(cleanRest, 'rare', QUOTA.rare - rareFromTest, false);
const counts: Record<string, number> = {
  rareFromTest,
  rareFromRest,
  rareRestCandidates: rareRest.length,
  rareRestNearTrain: rareRest.length - cleanRest.length,
};
for (const c of ['placeholder', 'name', 'number', 'plain'] as const)
  counts[c] = take(byCategory.get(c) ?? [], c, QUOTA[c], true);

// Output in the order of the source files: test lines, then rest lines.
const order = (o: string) => {
  const [pool = '', n = '0'] = o.split(':');
  return (pool === 'test' ? 0 : 1e9) + Number(n);
};
chosen.sort((a, b) => order(a.t.origin) - order(b.t.origin));
const out = (name: string, rows: string[]) => {
  const text = rows.map((r) => r + '\n').join('');
  writeFileSync(join(values.out, name), text);
  return sha256(text);
};
const files: Record<string, string> = {};
for (const side of ['src', 'mt', 'pe'] as const)
  files[`es-en.${side}`] = out(
    `es-en.${side}`,
    chosen.map((c) => c.t[side]),
  );
files['es-en.origin.tsv'] = out('es-en.origin.tsv', [
  'package\tfamily\torigin\tcategory',
  ...chosen.map((c) => [c.t.g, familyOf(c.t.g), c.t.origin, c.category].join('\t')),
]);
const kindCounts: Record<string, number> = {};
for (const c of chosen) for (const k of kindsOf(c.t)) kindCounts[k] = (kindCounts[k] ?? 0) + 1;
const manifest = {
  description:
    'Out-of-domain es-en evaluation set of issue 19 §4 (bench/data/ood/README.md): Debian catalogs of families in no training set, enriched for protected spans',
  rebuild:
    'nice -n 10 node --import tsx bench/data/ood/select.ts (needs synthetic-data/large built: bash synthetic-data/build-large.sh)',
  seed: values.seed,
  quota: QUOTA,
  perFamily: PER_FAMILY,
  rareKinds: [...RARE],
  inputs: {
    'synthetic-data/large/manifest.json': sha256(readFileSync(join(values.large, 'manifest.json'))),
    'synthetic-data/manifest.json': sha256(readFileSync(join(values.small, 'manifest.json'))),
    'synthetic-data/heldout-packages.txt': sha256(
      readFileSync(join(values.small, 'heldout-packages.txt')),
    ),
    'candidates.jsonl': sha256(candidatesText),
  },
  excludedTestFamilies: large.families.test.filter((f) => excluded.has(f)),
  segments: chosen.length,
  counts,
  segmentsWithKind: kindCounts,
  families: [...new Set(chosen.map((c) => familyOf(c.t.g)))].sort(),
  files,
};
writeFileSync(join(values.out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
process.stderr.write(
  `${chosen.length} triplets from ${manifest.families.length} families: ${JSON.stringify(counts)}\n`,
);
