/**
 * The pairs the speed benches decode: the first N (src, mt) pairs of the 23K set's test split,
 * synthetic-data/es-en/test (held out from training). One reader for every bench, so that they
 * decode the same pairs; asking for more pairs than the split holds is an error, not a batch
 * padded with empty pairs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/cli/paths.js';

// the repository root whether this runs from bench/ (tsx) or compiled from dist/bench/ (tests)
const root = packageRoot();
export const TEST_PREFIX = 'synthetic-data/es-en/test';

export interface Pair {
  src: string;
  mt: string;
}

function readLines(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** The first `n` pairs of synthetic-data/es-en/test (all of them for `n` = Infinity). */
export function testPairs(n: number): Pair[] {
  const srcs = readLines(`${TEST_PREFIX}.src`);
  const mts = readLines(`${TEST_PREFIX}.mt`);
  if (srcs.length !== mts.length)
    throw new Error(`${TEST_PREFIX}: ${srcs.length} src lines but ${mts.length} mt lines`);
  if (!(n >= 1) || (Number.isFinite(n) && !Number.isInteger(n)))
    throw new Error(`the number of pairs must be a positive integer, not ${n}`);
  if (n > srcs.length && Number.isFinite(n))
    throw new Error(`${TEST_PREFIX} holds ${srcs.length} pairs, fewer than the ${n} asked for`);
  return srcs.slice(0, n).map((src, i) => ({ src, mt: mts[i] as string }));
}
