import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../../src/errors.js';
import { engineFromSpec } from '../../src/data/mt/engine-spec.js';

describe('engine specs on the command line', () => {
  const opts = { unknownMarks: 'drop' as const };
  it('builds each engine with its pair in its id', async () => {
    assert.match(
      (await engineFromSpec('apertium:spa-eng', opts)).id,
      /^apertium\|.*\|spa-eng\|marks:drop$/,
    );
    assert.equal(
      (await engineFromSpec('apy:http://127.0.0.1:2737#spa|eng', opts)).id,
      'apy|http://127.0.0.1:2737|spa|eng|marks:drop',
    );
    assert.equal(
      (await engineFromSpec('libretranslate:http://127.0.0.1:5000#es-en', opts)).id,
      'libretranslate|http://127.0.0.1:5000|es-en',
    );
  });
  it('rejects malformed specs as usage errors', async () => {
    for (const bad of ['apertium', 'apy:http://x', 'libretranslate:http://x#es', 'deepl:x']) {
      await assert.rejects(engineFromSpec(bad, opts), UsageError, bad);
    }
  });
});
