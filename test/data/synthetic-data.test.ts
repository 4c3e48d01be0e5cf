import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseHeldout } from '../../src/data/harvest/catalogs.js';
import { normalizedKey } from '../../src/data/synth/dedup.js';
import { repoRoot } from '../helpers/paths.js';

/** Checks on the committed sets in synthetic-data/, with oracles outside the code that made them. */
const root = join(repoRoot, 'synthetic-data');
const lines = (f: string): string[] => readFileSync(f, 'utf8').replace(/\n$/, '').split('\n');

interface SetManifest {
  splits: Record<string, { count: number; groups: string[]; files: Record<string, string> }>;
}

for (const [pair, mode] of [
  ['es-en', 'spa-eng'],
  ['en-es', 'eng-spa'],
] as const) {
  describe(`synthetic-data/${pair}`, () => {
    const manifest = JSON.parse(
      readFileSync(join(root, pair, 'manifest.json'), 'utf8'),
    ) as SetManifest;

    it('has the files, counts and sha256 its manifest lists, aligned line by line', () => {
      assert.deepEqual(
        Object.fromEntries(Object.entries(manifest.splits).map(([n, s]) => [n, s.count])),
        { test: 2000, dev: 1000, train: 23000 },
      );
      for (const [name, split] of Object.entries(manifest.splits)) {
        for (const [file, sha] of Object.entries(split.files)) {
          const bytes = readFileSync(join(root, pair, file));
          assert.equal(createHash('sha256').update(bytes).digest('hex'), sha, file);
          assert.equal(lines(join(root, pair, file)).length, split.count, file);
          assert.ok(!bytes.includes(0x0d), `${file} has no CR`);
        }
        // each split is three aligned files named after it (synthetic-data/README.md)
        assert.deepEqual(Object.keys(split.files).sort(), [
          `${name}.mt`,
          `${name}.pe`,
          `${name}.src`,
        ]);
      }
      // the directory holds the manifest and the files it lists, nothing it does not hash
      assert.deepEqual(
        readdirSync(join(root, pair)).sort(),
        [
          'manifest.json',
          ...Object.values(manifest.splits).flatMap((split) => Object.keys(split.files)),
        ].sort(),
      );
    });

    it('never leaks: no package in two splits, no src or pe shared across splits, no held-out package', () => {
      const owner = new Map<string, string>();
      for (const [name, s] of Object.entries(manifest.splits)) {
        for (const g of s.groups) {
          assert.equal(owner.get(g), undefined, `${g} is in ${owner.get(g)} and ${name}`);
          owner.set(g, name);
        }
      }
      const heldoutFile = join(repoRoot, 'synthetic-data', 'heldout-packages.txt');
      const heldout = parseHeldout(readFileSync(heldoutFile, 'utf8'));
      for (const g of owner.keys())
        assert.ok(!heldout.has(g), `held-out package ${g} is in the data`);
      const seen = new Map<string, string>();
      for (const name of Object.keys(manifest.splits)) {
        for (const side of ['src', 'pe']) {
          for (const l of lines(join(root, pair, `${name}.${side}`))) {
            const key = `${side}:${normalizedKey(l)}`;
            const other = seen.get(key);
            assert.ok(
              other === undefined || other === name,
              `${side} '${l}' is in ${other} and ${name}`,
            );
            seen.set(key, name);
          }
        }
      }
    });

    it('test mt is what Apertium gives for test src, run by hand', () => {
      const src = join(root, pair, 'test.src');
      const out = execFileSync(
        'sh',
        ['-c', `sed G "$1" | apertium -u ${mode} | awk 'NR % 2 == 1'`, 'sh', src],
        {
          encoding: 'utf8',
          maxBuffer: 64 << 20,
        },
      );
      assert.deepEqual(out.replace(/\n$/, '').split('\n'), lines(join(root, pair, 'test.mt')));
    });
  });
}

it('es-en and en-es put every package on the same side, so no sentence trains one direction and tests the other', () => {
  const read = (pair: string): SetManifest =>
    JSON.parse(readFileSync(join(root, pair, 'manifest.json'), 'utf8')) as SetManifest;
  const [a, b] = [read('es-en'), read('en-es')];
  for (const name of ['test', 'dev'])
    assert.deepEqual(a.splits[name]?.groups, b.splits[name]?.groups, name);
});
