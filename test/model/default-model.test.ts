import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { corpusScore } from '../../src/eval/metric.js';
import { TER } from '../../src/eval/ter.js';
import { OnnxPostEditor } from '../../src/model/post-editor.js';
import { repoRoot } from '../helpers/paths.js';

// The model `npm start` serves (models/default, issue 8): it loads, is what the README says,
// and post-edits held-out test triplets better than the MT it is given. Oracle: the human
// references of synthetic-data/es-en/test (never trained or tuned on) and TER equal to
// sacreBLEU's. docs/results.md has the full-test figures (MT 54.4 -> 37.0); on the first 64
// sentences the margin asked here (5 points) is far below what the model does.
const N = 64;
const read = (side: string) =>
  readFileSync(join(repoRoot, 'synthetic-data/es-en', `test.${side}`), 'utf8')
    .split('\n')
    .slice(0, N);

test('models/default post-edits held-out es-en test sentences better than Apertium', async () => {
  const editor = await OnnxPostEditor.load(join(repoRoot, 'models/default'));
  try {
    assert.deepEqual(editor.info.languages, { src: 'es', tgt: 'en' });
    assert.equal(editor.info.quantization, 'int8-block32');
    assert.equal(editor.info.shortlist, true);
    const [src, mt, pe] = [read('src'), read('mt'), read('pe')];
    const segments = src.map((s, i) => editor.prepare({ src: s, mt: mt[i] ?? '' }));
    const { results } = await editor.postEdit(segments, { beam: 4, nbest: 1 });
    const hyps = results.map((r) => r.pe);
    const ter = new TER({ caseSensitive: true });
    const mtTer = corpusScore(ter, mt, [pe]).score;
    const apeTer = corpusScore(ter, hyps, [pe]).score;
    assert.ok(apeTer < mtTer - 5, `TER ${apeTer.toFixed(1)} vs the MT's ${mtTer.toFixed(1)}`);
  } finally {
    await editor.close();
  }
});
