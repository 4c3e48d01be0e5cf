import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ModelError } from '../../src/errors.js';
import { parseManifest } from '../../src/model/manifest.js';
import { loadModelDir } from '../../src/model/model-dir.js';
import { fixture } from '../helpers/paths.js';

const MODEL = fixture('model-tiny-softmax');
const tmp = mkdtempSync(join(tmpdir(), 'ape-model-dir-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function copy(name: string): string {
  const dir = join(tmp, name);
  cpSync(MODEL, dir, { recursive: true });
  return dir;
}

function manifest(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(MODEL, 'ape.json'), 'utf8')) as Record<string, unknown>;
}

test('the fixture model directory loads and every listed file is verified', async () => {
  const m = await loadModelDir(MODEL);
  assert.equal(m.manifest.formatVersion, 1);
  assert.ok(Object.keys(m.manifest.files).includes('weights.bin'));
  assert.equal(m.encoderPath, join(MODEL, m.manifest.graphs.encoder));
});

test('an unknown formatVersion is refused with a ModelError that says which versions are read', () => {
  assert.throws(
    () => parseManifest({ ...manifest(), formatVersion: 9 }, 'x/ape.json'),
    (e: Error) =>
      e instanceof ModelError &&
      /formatVersion 9 is not supported/.test(e.message) &&
      /reads formatVersion 1, 2, 3, 4, 5, 6, 7/.test(e.message),
  );
  assert.throws(
    () => parseManifest({ name: 'x' }, 'x/ape.json'),
    (e: Error) => e instanceof ModelError && /no "formatVersion"/.test(e.message),
  );
});

test('a missing or mistyped field is a ModelError naming the field', () => {
  const m = manifest();
  const decoding = { ...(m.decoding as Record<string, unknown>) };
  delete decoding.beam;
  assert.throws(
    () => parseManifest({ ...m, decoding }, 'x/ape.json'),
    (e: Error) => e instanceof ModelError && e.message.includes('(decoding.beam)'),
  );
  assert.throws(
    () =>
      parseManifest(
        { ...m, decoding: { ...(m.decoding as object), lengthPenalty: 'wu' } },
        'x/ape.json',
      ),
    (e: Error) => e instanceof ModelError && e.message.includes('(decoding.lengthPenalty)'),
  );
});

test('a file whose sha256 does not match is refused, naming the file', async () => {
  const dir = copy('corrupt');
  const weights = join(dir, 'weights.bin');
  const bytes = readFileSync(weights);
  bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] ?? 0) ^ 0xff;
  writeFileSync(weights, bytes);
  await assert.rejects(
    loadModelDir(dir),
    (e: Error) =>
      e instanceof ModelError &&
      e.message.includes('weights.bin') &&
      e.message.includes('does not match'),
  );
});

test('a listed file that is missing, a missing ape.json and a missing directory are clear ModelErrors', async () => {
  const dir = copy('missing');
  rmSync(join(dir, 'tokenizer.json'));
  await assert.rejects(
    loadModelDir(dir),
    (e: Error) =>
      e instanceof ModelError && /tokenizer\.json: listed in ape\.json but missing/.test(e.message),
  );
  rmSync(join(dir, 'ape.json'));
  await assert.rejects(
    loadModelDir(dir),
    (e: Error) => e instanceof ModelError && /ape\.json not found/.test(e.message),
  );
  await assert.rejects(
    loadModelDir(join(tmp, 'nope')),
    (e: Error) => e instanceof ModelError && /does not exist/.test(e.message),
  );
});
