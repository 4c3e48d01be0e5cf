/**
 * Broad dev and test splits for the Debian-wide set: many package families with a few dozen
 * triplets each, instead of whole large packages (the 23K set's test is three packages).
 *
 * - A family is a source package with its version suffix removed (`gcc-12` and `gcc-11` are
 *   `gcc`, `python3.11` is `python`), so two versions of one program never sit on both sides.
 * - Families are visited in seeded order (SHA-256 of seed and name). Test takes each family of
 *   `minFamily` to `maxFamily` triplets, at most `perFamily` of its triplets (the smallest
 *   seeded hashes of src), until it has `margin` × its target; then dev likewise. The rest of
 *   a chosen family is left out of every split (counted as `familyRest`), and train takes
 *   every family not chosen.
 * - Near-duplicates (near-dup.ts: character 3-gram Jaccard >= threshold on src or on pe):
 *   inside test and inside dev only the first in seeded order is kept; a dev triplet near a
 *   test one is dropped; a test or dev triplet near any train triplet is dropped. Then each
 *   split keeps its `target` triplets with the smallest seeded hash.
 * The split fails, saying so, when a split ends under its target or spans fewer families
 * than `minFamilies` (raise `margin` or lower `perFamily`).
 */
import { DataError } from '../../errors.js';
import { NearDupIndex } from './near-dup.js';
import { seededHash } from './split.js';

export interface BroadSplitConfig {
  seed: number;
  /** Triplets wanted in test and in dev. */
  test: number;
  dev: number;
  perFamily: number;
  minFamily: number;
  maxFamily: number;
  minFamilies: number;
  /** Candidates taken before near-duplicate removal, as a multiple of the target. */
  margin: number;
  threshold: number;
}

export const DEFAULT_BROAD_SPLIT: BroadSplitConfig = {
  seed: 1,
  test: 2000,
  dev: 2000,
  perFamily: 50,
  minFamily: 10,
  maxFamily: 500,
  minFamilies: 30,
  margin: 1.3,
  threshold: 0.9,
};

export interface Item {
  g: string;
  src: string;
  pe: string;
}

/** `gcc-12` -> `gcc`, `python3.11` -> `python`, `llvm-toolchain-15` -> `llvm-toolchain`. */
export function familyOf(sourcePackage: string): string {
  let f = sourcePackage.toLowerCase();
  for (;;) {
    const next = f.replace(/[-.]?\d+(?:\.\d+)*$/u, '');
    if (next === f || next === '') return f;
    f = next;
  }
}

export interface BroadSplitResult {
  /** Index of each item (in the input order) -> split; items in no split are absent. */
  assignment: Map<number, 'test' | 'dev' | 'train'>;
  families: { test: string[]; dev: string[] };
  counts: Record<string, number>;
}

/**
 * Chooses the splits. `items()` gives the same items, in the same order, each time it is
 * called (it is read three times: sizes, candidates, then train against dev/test).
 */
export async function broadSplit(
  items: () => AsyncIterable<Item>,
  cfg: BroadSplitConfig,
  log: (message: string) => void = () => undefined,
): Promise<BroadSplitResult> {
  const sizes = new Map<string, number>();
  for await (const it of items()) {
    const f = familyOf(it.g);
    sizes.set(f, (sizes.get(f) ?? 0) + 1);
  }
  const order = [...sizes.keys()]
    .map((f) => ({ f, h: seededHash(cfg.seed, f) }))
    .sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : 0))
    .map((x) => x.f);
  const chosen = new Map<string, 'test' | 'dev'>();
  const want = { test: Math.ceil(cfg.test * cfg.margin), dev: Math.ceil(cfg.dev * cfg.margin) };
  const have = { test: 0, dev: 0 };
  for (const f of order) {
    const n = sizes.get(f) ?? 0;
    if (n < cfg.minFamily || n > cfg.maxFamily) continue;
    const to = have.test < want.test ? 'test' : have.dev < want.dev ? 'dev' : undefined;
    if (to === undefined) break;
    chosen.set(f, to);
    have[to] += Math.min(n, cfg.perFamily);
  }

  // The perFamily smallest seeded hashes of each chosen family.
  const hashesOf = new Map<string, string[]>();
  for await (const it of items()) {
    const f = familyOf(it.g);
    if (chosen.has(f)) {
      const list = hashesOf.get(f) ?? [];
      list.push(seededHash(cfg.seed, it.src));
      hashesOf.set(f, list);
    }
  }
  const cut = new Map<string, string>();
  for (const [f, hs] of hashesOf)
    cut.set(f, hs.sort()[Math.min(hs.length, cfg.perFamily) - 1] ?? '');

  interface Cand {
    index: number;
    split: 'test' | 'dev';
    family: string;
    hash: string;
    src: string;
    pe: string;
  }
  const cands: Cand[] = [];
  const counts: Record<string, number> = { items: 0, familyRest: 0, train: 0 };
  let index = 0;
  for await (const it of items()) {
    const i = index++;
    counts.items = (counts.items ?? 0) + 1;
    const f = familyOf(it.g);
    const split = chosen.get(f);
    if (split === undefined) continue;
    const hash = seededHash(cfg.seed, it.src);
    if (hash > (cut.get(f) ?? '')) {
      counts.familyRest = (counts.familyRest ?? 0) + 1;
      continue;
    }
    cands.push({ index: i, split, family: f, hash, src: it.src, pe: it.pe });
  }
  // test before dev, each in seeded order: the first of a near-duplicate cluster is kept.
  cands.sort((a, b) =>
    a.split !== b.split
      ? a.split === 'test'
        ? -1
        : 1
      : a.hash < b.hash
        ? -1
        : a.hash > b.hash
          ? 1
          : 0,
  );
  const srcIndex = new NearDupIndex(
    cfg.threshold,
    cands.map((c) => c.src),
  );
  const peIndex = new NearDupIndex(
    cfg.threshold,
    cands.map((c) => c.pe),
  );
  const kept: Cand[] = [];
  for (const c of cands) {
    if (srcIndex.query(c.src).length > 0 || peIndex.query(c.pe).length > 0) {
      const key = c.split === 'test' ? 'nearDupInsideTest' : 'nearDupInsideDevOrTest';
      counts[key] = (counts[key] ?? 0) + 1;
      continue;
    }
    srcIndex.add(c.src);
    peIndex.add(c.pe);
    kept.push(c);
  }
  log(`broad-split: ${kept.length} dev/test candidates after near-duplicates among themselves`);

  // Every train item against the kept candidates (ids are positions in `kept`).
  const nearTrain = new Set<number>();
  index = 0;
  for await (const it of items()) {
    const i = index++;
    if (chosen.has(familyOf(it.g))) continue;
    counts.train = (counts.train ?? 0) + 1;
    for (const m of srcIndex.query(it.src)) nearTrain.add(m.id);
    for (const m of peIndex.query(it.pe)) nearTrain.add(m.id);
    if (i % 50000 === 0 && i > 0) log(`broad-split: ${i} items checked against dev/test`);
  }
  counts.nearDupOfTrain = nearTrain.size;

  const assignment = new Map<number, 'test' | 'dev' | 'train'>();
  const families = { test: new Set<string>(), dev: new Set<string>() };
  for (const split of ['test', 'dev'] as const) {
    const target = split === 'test' ? cfg.test : cfg.dev;
    const pool = kept.filter((c, id) => c.split === split && !nearTrain.has(id));
    if (pool.length < target)
      throw new DataError(
        { file: '<broad split>', field: split },
        `only ${pool.length} ${split} triplets left after near-duplicate removal (want ${target}); raise margin (now ${cfg.margin})`,
      );
    for (const c of pool.slice(0, target)) {
      assignment.set(c.index, split);
      families[split].add(c.family);
    }
    if (families[split].size < cfg.minFamilies)
      throw new DataError(
        { file: '<broad split>', field: split },
        `${split} spans ${families[split].size} families (want ${cfg.minFamilies}); lower perFamily (now ${cfg.perFamily})`,
      );
    counts[split] = target;
  }
  index = 0;
  for await (const it of items()) {
    const i = index++;
    if (!chosen.has(familyOf(it.g))) assignment.set(i, 'train');
  }
  return {
    assignment,
    families: { test: [...families.test].sort(), dev: [...families.dev].sort() },
    counts,
  };
}

/**
 * A filter for extra training data (the round-trip triplets): true when the item may train,
 * i.e. its family is in no dev/test family and neither side is a near-duplicate of any
 * dev/test triplet.
 */
export function contaminationFilter(
  heldFamilies: Set<string>,
  heldItems: Item[],
  threshold: number,
): { allows(it: Item): boolean } {
  const src = new NearDupIndex(
    threshold,
    heldItems.map((h) => h.src),
  );
  const pe = new NearDupIndex(
    threshold,
    heldItems.map((h) => h.pe),
  );
  for (const h of heldItems) {
    src.add(h.src);
    pe.add(h.pe);
  }
  return {
    allows: (it) =>
      !heldFamilies.has(familyOf(it.g)) &&
      src.query(it.src).length === 0 &&
      pe.query(it.pe).length === 0,
  };
}
