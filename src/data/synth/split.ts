/**
 * Splits that keep whole groups (a catalog's source package, a document) on one side, so a
 * test sentence's siblings never train the model. Groups are visited in an order fixed by
 * the seed (SHA-256 of seed and name); each goes to the first split, in the order given, that
 * still needs triplets and whose size it does not exceed by itself; the last split takes every
 * other group. A split that ends up larger than its size keeps the `size` triplets with the
 * smallest SHA-256 of seed and src: a subsample inside its own groups, which cannot leak.
 */
import { createHash } from 'node:crypto';
import { UsageError } from '../../errors.js';

export interface SplitTarget {
  name: string;
  /** Triplets wanted; undefined = as many as its groups hold. */
  size: number | undefined;
}

/** Parses `test=2000,dev=1000,train=23000` (`train=all` for no cap). */
export function parseSplits(spec: string): SplitTarget[] {
  const out: SplitTarget[] = [];
  for (const part of spec.split(',')) {
    const m = /^([a-z][a-z0-9_-]*)=(\d+|all)$/.exec(part.trim());
    if (m === null)
      throw new UsageError(
        `bad split '${part}' (expected name=count or name=all, e.g. test=2000,dev=1000,train=all)`,
      );
    out.push({ name: m[1] as string, size: m[2] === 'all' ? undefined : Number(m[2]) });
  }
  if (new Set(out.map((s) => s.name)).size !== out.length)
    throw new UsageError(`split names repeat in '${spec}'`);
  return out;
}

export function seededHash(seed: number, text: string): string {
  return createHash('sha256').update(`${seed}\u0000${text}`).digest('hex');
}

/** Group name -> split name. */
export function assignGroups(
  sizes: Map<string, number>,
  targets: SplitTarget[],
  seed: number,
): Map<string, string> {
  const order = [...sizes.keys()]
    .map((g) => ({ g, h: seededHash(seed, g) }))
    .sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : 0));
  const filled = new Map(targets.map((t) => [t.name, 0]));
  const last = targets[targets.length - 1];
  if (last === undefined) throw new UsageError('no splits given');
  const assigned = new Map<string, string>();
  for (const { g } of order) {
    const n = sizes.get(g) ?? 0;
    let to = last.name;
    for (const t of targets.slice(0, -1)) {
      const have = filled.get(t.name) ?? 0;
      if (t.size === undefined || (have < t.size && n <= t.size)) {
        to = t.name;
        break;
      }
    }
    assigned.set(g, to);
    filled.set(to, (filled.get(to) ?? 0) + n);
  }
  return assigned;
}

/**
 * The hash threshold that keeps the `size` smallest hashes of a split (all when size is
 * undefined or not reached): a record is kept when its hash <= the threshold.
 */
export function keepThreshold(hashes: string[], size: number | undefined): string {
  if (size === undefined || hashes.length <= size) return 'g';
  if (size === 0) return '';
  const sorted = [...hashes].sort();
  return sorted[size - 1] as string;
}
