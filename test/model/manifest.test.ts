import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ModelError } from '../../src/errors.js';
import { Explainer } from '../../src/model/explain.js';
import { parseManifest } from '../../src/model/manifest.js';
import { loadModelDir } from '../../src/model/model-dir.js';
import { prepareSegment } from '../../src/model/segment.js';
import { ApeTokenizer } from '../../src/model/tokenizer.js';
import { fixture } from '../helpers/paths.js';

// Format version 2 (docs/model-format.md): the committed fixtures stay version 1 (they prove
// v1 still loads); v2 is a temporary copy of the α-entmax fixture with the new fields added.
const tmp = mkdtempSync(join(tmpdir(), 'ape-manifest-v2-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

type Json = Record<string, unknown> & { architecture: Record<string, unknown> };
const ALPHA = [
  [1.5, 1.25, 2, 1.01],
  [1.75, 1.5, 1.125, 1.875],
];
const CASING = JSON.stringify({ kind: 'truecase-v1', table: { 'hola\t\t': 'HOLA' } });

function read(name: string): Json {
  return JSON.parse(readFileSync(join(fixture(name), 'ape.json'), 'utf8')) as Json;
}

function v2(): Json {
  const m = read('model-tiny-entmax');
  return {
    ...m,
    formatVersion: 2,
    architecture: { ...m.architecture, alpha: { context: ALPHA, encoderSelf: ALPHA } },
    decoding: { ...(m.decoding as object), keepMtMargin: 0.5 },
    casing: { kind: 'truecase-v1', file: 'casing.json' },
    files: {
      ...(m.files as object),
      'casing.json': createHash('sha256').update(CASING).digest('hex'),
    },
  };
}

function v2Dir(name: string, manifest: Json, casing = CASING): string {
  const dir = join(tmp, name);
  cpSync(fixture('model-tiny-entmax'), dir, { recursive: true });
  writeFileSync(join(dir, 'ape.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'casing.json'), casing);
  return dir;
}

const refused = (field: string) => (e: Error) =>
  e instanceof ModelError && e.message.includes(`(${field})`);

test('a version 2 directory loads with alpha, casing and keepMtMargin; its tokenizer gets the casing', async () => {
  const model = await loadModelDir(v2Dir('ok', v2()));
  assert.equal(model.manifest.formatVersion, 2);
  assert.deepEqual(model.manifest.architecture.alpha?.context, ALPHA);
  assert.equal(model.manifest.decoding.keepMtMargin, 0.5);
  assert.equal(model.casingPath, join(model.dir, 'casing.json'));
  const tok = await ApeTokenizer.fromModel(model);
  assert.ok(tok.casing !== undefined);
  // the committed v1 fixtures have none of it
  const v1 = await loadModelDir(fixture('model-tiny-entmax'));
  assert.equal(v1.casingPath, undefined);
  assert.equal((await ApeTokenizer.fromModel(v1)).casing, undefined);
});

test("casing.json whose sha256 differs from ape.json's is refused, naming the file", async () => {
  await assert.rejects(
    loadModelDir(v2Dir('bad-sha', v2(), CASING + ' ')),
    (e: Error) => e instanceof ModelError && /casing\.json: sha256/.test(e.message),
  );
});

test('version 2 fields that are wrong are ModelErrors naming the field', () => {
  const m = v2();
  const arch = (alpha: unknown) => ({ ...m, architecture: { ...m.architecture, alpha } });
  const files = { ...(m.files as Record<string, string>) };
  delete files['casing.json'];
  const cases: [unknown, string][] = [
    [{ ...m, files }, 'casing.file'],
    [{ ...m, casing: { kind: 'truecase-v0', file: 'casing.json' } }, 'casing.kind'],
    [arch({ context: [ALPHA[0]] }), 'architecture.alpha.context'],
    [arch({ context: [[1, 1.5, 1.5, 1.5], ALPHA[1]] }), 'architecture.alpha.context.0.0'],
    [arch({ attention: ALPHA }), 'architecture.alpha'],
    [{ ...m, decoding: { ...(m.decoding as object), keepMtMargin: -1 } }, 'decoding.keepMtMargin'],
    [{ ...m, formatVersion: 1 }, 'architecture.alpha'],
  ];
  for (const [raw, field] of cases)
    assert.throws(() => parseManifest(raw, 'x/ape.json'), refused(field), field);
  const softmax = read('model-tiny-softmax');
  assert.throws(
    () =>
      parseManifest(
        {
          ...softmax,
          formatVersion: 2,
          architecture: { ...softmax.architecture, alpha: { context: ALPHA } },
        },
        'x/ape.json',
      ),
    refused('architecture.alpha.context'),
  );
});

test("explain answers the manifest's learned alpha for alpha-entmax context attention", async () => {
  const dir = v2Dir('explain', v2());
  const explainer = await Explainer.load(dir);
  try {
    const model = await loadModelDir(dir);
    const tok = await ApeTokenizer.fromModel(model);
    const seg = prepareSegment({ src: 'el gato', mt: 'the cat' }, tok, model.manifest);
    const r = await explainer.explain(seg, { beam: 2 });
    assert.equal(r.normalizer, 'alpha-entmax');
    assert.deepEqual(r.alpha, ALPHA);
  } finally {
    await explainer.close();
  }
});

test('graphs.quantization is none, int8 or fp16 (format version 2); anything else names the field', () => {
  const m = v2();
  for (const q of ['none', 'int8', 'fp16'])
    assert.equal(
      parseManifest({ ...m, graphs: { ...(m.graphs as object), quantization: q } }, 'ape.json')
        .graphs.quantization,
      q,
    );
  assert.throws(
    () =>
      parseManifest({ ...m, graphs: { ...(m.graphs as object), quantization: 'fp8' } }, 'ape.json'),
    refused('graphs.quantization'),
  );
});
