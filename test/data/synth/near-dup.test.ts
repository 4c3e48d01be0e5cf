import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NearDupIndex, charNgrams, similarity } from '../../../src/data/synth/near-dup.js';

// Expected similarities worked out by hand (the first two) or by an independent Python
// implementation of the same definition (NFKC, lower case, white space collapsed, one space
// of padding each side, distinct 3-grams, |A∩B| / |A∪B|); intersection and union in comments.
describe('near-duplicate similarity (character 3-gram Jaccard)', () => {
  it('"abc" vs "abd": " ab" shared of 5 grams', () => {
    assert.deepEqual([...charNgrams('abc')].sort(), [' ab', 'abc', 'bc ']);
    assert.equal(similarity('abc', 'abd'), 1 / 5);
  });

  it('case, width and white space do not count', () => {
    assert.equal(similarity('Open  the FILE', 'open the file'), 1);
    assert.equal(similarity('ｏｐｅｎ file now', 'open file now'), 1);
  });

  const pairs: [string, string, number, boolean][] = [
    // 35 / 38: a final full stop only
    [
      'Could not open the configuration file',
      'Could not open the configuration file.',
      35 / 38,
      true,
    ],
    // 30 / 33
    ['Show version information and exit', 'Show version information and exit.', 30 / 33, true],
    // 23 / 26: two more words
    ['Save the current document', 'Save the current document as', 23 / 26, false],
    // 22 / 25: singular and plural
    ['Delete the selected items', 'Delete the selected item', 22 / 25, false],
    // 42 / 54: one word differs
    [
      'Could not open the configuration file for writing',
      'Could not open the configuration file for reading',
      42 / 54,
      false,
    ],
  ];
  for (const [a, b, want, near] of pairs) {
    it(`${JSON.stringify(a)} ~ ${JSON.stringify(b)} = ${want.toFixed(4)} (${near ? '' : 'not '}>= 0.9)`, () => {
      assert.ok(Math.abs(similarity(a, b) - want) < 1e-12);
      assert.equal(similarity(b, a) >= 0.9, near);
    });
  }
});

describe('NearDupIndex', () => {
  const texts = [
    'Could not open the configuration file',
    'Show version information and exit',
    'Save the current document',
    'Delete the selected items',
    'Could not open the configuration file for writing',
    'Print the help text and exit',
    'Unable to connect to the server',
  ];
  const queries = [
    'Could not open the configuration file.',
    'show version information and exit.',
    'Save the current document as',
    'Unable to connect to the server!',
    'Unable to connect to server',
    'Nothing like any of them at all',
    'Could not open the configuration file for reading',
  ];

  it('finds exactly what comparing against every text finds, at several thresholds', () => {
    for (const t of [0.5, 0.7, 0.8, 0.9, 1]) {
      const index = new NearDupIndex(t, texts);
      for (const x of texts) index.add(x);
      for (const q of [...queries, ...texts]) {
        const brute = texts
          .map((x, id) => ({ id, s: similarity(q, x) }))
          .filter((m) => m.s >= t)
          .map((m) => m.id);
        assert.deepEqual(
          index.query(q).map((m) => m.id),
          brute,
          `threshold ${t}, query ${JSON.stringify(q)}`,
        );
      }
    }
  });

  it('at 0.9: the full stop and case variants match, the other word does not', () => {
    const index = new NearDupIndex(0.9, texts);
    for (const x of texts) index.add(x);
    assert.deepEqual(
      index.query('Could not open the configuration file.').map((m) => m.id),
      [0],
    );
    assert.deepEqual(
      index.query('show version information and exit.').map((m) => m.id),
      [1],
    );
    assert.deepEqual(index.query('Could not open the configuration file for reading'), []);
    assert.deepEqual(index.query('Unable to connect to server'), []);
  });

  it('rejects a threshold outside (0, 1]', () => {
    assert.throws(() => new NearDupIndex(0, []), /threshold/);
    assert.throws(() => new NearDupIndex(1.5, []), /threshold/);
  });
});
