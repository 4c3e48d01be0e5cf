import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { TEST_PREFIX, testPairs } from '../../bench/test-pairs.js';
import { repoRoot } from '../helpers/paths.js';

// Oracle: the committed split read here line by line (its count as `wc -l` gives it: newlines).
const read = (side: string) => readFileSync(join(repoRoot, `${TEST_PREFIX}.${side}`), 'utf8');
const count = (text: string) => [...text].filter((c) => c === '\n').length;

test('testPairs: the first N (src, mt) lines of the 23K test split, in order', () => {
  const src = read('src').split('\n');
  const mt = read('mt').split('\n');
  const pairs = testPairs(96);
  assert.equal(pairs.length, 96);
  assert.deepEqual(pairs[0], { src: src[0], mt: mt[0] });
  assert.deepEqual(pairs[95], { src: src[95], mt: mt[95] });
});

test('testPairs: all of them, and no empty pair after the last line', () => {
  const n = count(read('src'));
  assert.equal(n, count(read('mt')));
  const all = testPairs(Infinity);
  assert.equal(all.length, n);
  assert.ok(all.every((p) => p.src !== '' && p.mt !== ''));
  assert.deepEqual(testPairs(n), all);
});

test('testPairs: more pairs than the split holds, or not a positive integer, is an error', () => {
  const n = count(read('src'));
  assert.throws(() => testPairs(n + 1), new RegExp(`holds ${n} pairs, fewer than the ${n + 1}`));
  for (const bad of [0, -1, 2.5, NaN])
    assert.throws(() => testPairs(bad), /must be a positive integer/);
});
