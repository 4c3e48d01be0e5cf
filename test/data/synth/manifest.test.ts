import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseHeldout } from '../../../src/data/harvest/catalogs.js';
import type { MtEngine } from '../../../src/data/mt/engine.js';
import {
  apertiumReproduce,
  synthManifest,
  synthSettings,
  writeManifest,
} from '../../../src/data/synth/manifest.js';
import type { SynthReport } from '../../../src/data/synth/pipeline.js';
import { repoRoot } from '../../helpers/paths.js';

/** sha256 by coreutils, not by the code under test. */
function sha256sum(file: string): string {
  const r = spawnSync('sha256sum', [file], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.split(' ')[0] ?? '';
}

// synthSettings reads only the engine's name, version and id.
const engine = (id: string): MtEngine => ({
  name: id.split('|')[0] ?? '',
  version: id.split('|')[1] ?? '',
  id,
  translate: (lines) => Promise.resolve(lines),
});

const filters = { minTokens: 3, maxTokens: 100, maxLengthRatio: 3, terMin: 0, terMax: 75 };
const normalize = { unicode: 'NFC', whitespace: 'collapse' } as const;
const report: SynthReport = {
  counts: { read: 5, heldout: 1, kept: 4 },
  splits: { test: { count: 1, groups: ['b'], files: { 'test.src': 'ab' } } },
  mtSeconds: 1.5,
};

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ape-manifest-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('synthetic data manifest', () => {
  it('eSCAPE: input and held-out checksums, settings then counts and splits, in that key order', async () => {
    const input = join(dir, 'parallel.jsonl');
    await writeFile(input, '{"group":"a","es":"hola","en":"hello"}\n');
    const heldoutFile = join(dir, 'heldout.txt');
    const heldoutText = '# kept back\nsecretpkg\n';
    await writeFile(heldoutFile, heldoutText);
    const settings = await synthSettings({
      recipe: 'escape',
      inputFile: input,
      langs: { src: 'es', tgt: 'en' },
      engine: engine('apertium|apertium 3.8.3|spa-eng|marks:drop'),
      filters,
      terSignature: 'nrefs:1|case:lc',
      normalize,
      heldoutFile,
      heldoutText,
    });
    const manifest = synthManifest(settings, {
      mtReproduce: apertiumReproduce('apertium|apertium 3.8.3|spa-eng|marks:drop', 'drop'),
      splitsRequested: 'test=1,train=all',
      groupsFrom: join(dir, 'other', 'manifest.json'),
      seed: 1,
      format: 'files',
      report,
      sources: { lang: 'es' },
    });
    await writeManifest(dir, manifest);
    const written = await readFile(join(dir, 'manifest.json'), 'utf8');
    assert.ok(written.endsWith('}\n'));
    const parsed = JSON.parse(written) as Record<string, unknown>;
    assert.deepEqual(Object.keys(parsed), [
      'recipe',
      'input',
      'engine',
      'filters',
      'ter',
      'normalize',
      'dedup',
      'heldout',
      'mtReproduce',
      'splitsRequested',
      'groupsFrom',
      'seed',
      'format',
      'counts',
      'splits',
      'sources',
    ]);
    assert.deepEqual(parsed.input, {
      file: 'parallel.jsonl',
      sha256: sha256sum(input),
      srcLang: 'es',
      tgtLang: 'en',
    });
    assert.deepEqual(parsed.engine, {
      name: 'apertium',
      version: 'apertium 3.8.3',
      id: 'apertium|apertium 3.8.3|spa-eng|marks:drop',
    });
    assert.deepEqual(parsed.heldout, { file: 'heldout.txt', sha256: sha256sum(heldoutFile) });
    assert.equal(parsed.mtReproduce, "sed G SPLIT.src | apertium -u spa-eng | awk 'NR % 2 == 1'");
    assert.equal(parsed.groupsFrom, 'manifest.json');
    assert.deepEqual(parsed.counts, { read: 5, heldout: 1, kept: 4 });
    assert.deepEqual(parsed.splits, {
      test: { count: 1, groups: ['b'], files: { 'test.src': 'ab' } },
    });
    assert.deepEqual(parsed.sources, { lang: 'es' });
  });

  it('round trip: a back engine, no languages, nothing optional left in', async () => {
    const input = join(dir, 'mono.txt');
    await writeFile(input, 'hello world\n');
    const settings = await synthSettings({
      recipe: 'roundtrip',
      inputFile: input,
      engine: engine('apy|http://h|spa-eng'),
      backEngine: engine('apy|http://h|eng-spa'),
      filters,
      terSignature: 't',
      normalize,
      heldoutFile: join(dir, 'h.txt'),
      heldoutText: '',
    });
    const manifest = synthManifest(settings, {
      splitsRequested: 'train=all',
      seed: 2,
      format: 'jsonl',
      report,
    });
    assert.deepEqual(Object.keys(manifest), [
      'recipe',
      'input',
      'engine',
      'backEngine',
      'filters',
      'ter',
      'normalize',
      'dedup',
      'heldout',
      'splitsRequested',
      'seed',
      'format',
      'counts',
      'splits',
    ]);
    assert.deepEqual(manifest.input, { file: 'mono.txt', sha256: sha256sum(input) });
    // sha256 of the empty string (FIPS 180-2 test vector)
    assert.equal(
      manifest.heldout.sha256,
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    assert.equal(apertiumReproduce('apertium|v|eng-spa|marks:keep', 'keep').includes('-u'), false);
  });

  it("the repository's held-out list is the one the committed sets were built with", async () => {
    const list = join(repoRoot, 'synthetic-data', 'heldout-packages.txt');
    for (const set of ['es-en', 'en-es']) {
      const m = JSON.parse(
        await readFile(join(repoRoot, 'synthetic-data', set, 'manifest.json'), 'utf8'),
      ) as { heldout: { file: string; sha256: string } };
      assert.deepEqual(m.heldout, { file: 'heldout-packages.txt', sha256: sha256sum(list) }, set);
    }
    // '#' lines are comments: only package names are held out
    const text = await readFile(list, 'utf8');
    const names = text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    assert.deepEqual([...parseHeldout(text)].sort(), names.sort());
    assert.ok(names.includes('apt'));
  });
});
