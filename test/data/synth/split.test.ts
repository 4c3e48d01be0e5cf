import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Deduplicator, normalizedKey } from '../../../src/data/synth/dedup.js';
import { rejectedBy, DEFAULT_FILTERS } from '../../../src/data/synth/filters.js';
import {
  assignGroups,
  keepThreshold,
  parseSplits,
  seededHash,
} from '../../../src/data/synth/split.js';

describe('group-preserving splits', () => {
  it('parses split lists', () => {
    assert.deepEqual(parseSplits('test=2000,dev=1000,train=all'), [
      { name: 'test', size: 2000 },
      { name: 'dev', size: 1000 },
      { name: 'train', size: undefined },
    ]);
    assert.throws(() => parseSplits('test=abc'), /bad split/);
  });

  it('puts every group on exactly one side, filling the small splits first', () => {
    const sizes = new Map<string, number>();
    for (let g = 0; g < 200; g++) sizes.set(`pkg${g}`, 1 + ((g * 37) % 90));
    sizes.set('huge', 5000);
    const targets = parseSplits('test=300,dev=150,train=all');
    const assigned = assignGroups(sizes, targets, 7);
    assert.equal(assigned.size, sizes.size);
    const total = (split: string): number =>
      [...assigned].filter(([, s]) => s === split).reduce((n, [g]) => n + (sizes.get(g) ?? 0), 0);
    // Each small split reaches its size (and overshoots by less than one group), so that
    // subsampling inside its own groups can bring it down exactly.
    assert.ok(total('test') >= 300 && total('test') < 300 + 90, `test holds ${total('test')}`);
    assert.ok(total('dev') >= 150 && total('dev') < 150 + 90, `dev holds ${total('dev')}`);
    // A group larger than a split never goes into it.
    assert.equal(assigned.get('huge'), 'train');
    // The same seed gives the same assignment; another seed another one.
    assert.deepEqual(assignGroups(sizes, targets, 7), assigned);
    assert.notDeepEqual(assignGroups(sizes, targets, 8), assigned);
  });

  it('keeps the `size` smallest hashes', () => {
    const hashes = ['b', 'd', 'a', 'c'];
    assert.equal(keepThreshold(hashes, 2), 'b');
    assert.equal(keepThreshold(hashes, undefined) >= 'd', true);
    assert.equal(keepThreshold(hashes, 10) >= 'd', true);
    assert.equal(seededHash(1, 'x'), seededHash(1, 'x'));
    assert.notEqual(seededHash(1, 'x'), seededHash(2, 'x'));
  });
});

describe('deduplication', () => {
  it('drops a repeated src or pe, exactly or after normalization', () => {
    const d = new Deduplicator();
    assert.equal(d.check('Abrir el fichero.', 'Open the file.'), undefined);
    assert.equal(d.check('Abrir el fichero.', 'Open a file'), 'duplicate-exact');
    assert.equal(d.check('Cerrar', 'Open the file.'), 'duplicate-exact');
    assert.equal(d.check('abrir  el fichero', 'Open it'), 'duplicate-normalized');
    assert.equal(d.check('Guardar', 'OPEN THE FILE!'), 'duplicate-normalized');
    assert.equal(d.check('Guardar', 'Save'), undefined);
    assert.equal(normalizedKey('Ｆｉｌｅ, Ñame!'), 'fileñame');
  });
});

describe('eSCAPE filters', () => {
  // A TER stand-in is enough here: the band logic is what is under test, not TER itself.
  const terOf = (value: number) => () => value;
  const t = { src: 'uno dos tres cuatro', mt: 'one two three four', pe: 'one two three four' };
  it('rejects by length, ratio and TER band, in that order', () => {
    assert.equal(rejectedBy(t, DEFAULT_FILTERS, terOf(10)), undefined);
    assert.equal(rejectedBy({ ...t, mt: ' ' }, DEFAULT_FILTERS, terOf(10)), 'empty-mt');
    assert.equal(rejectedBy({ ...t, src: 'uno dos' }, DEFAULT_FILTERS, terOf(10)), 'too-short');
    assert.equal(
      rejectedBy({ ...t, pe: 'w '.repeat(101) }, DEFAULT_FILTERS, terOf(10)),
      'too-long',
    );
    assert.equal(
      rejectedBy({ ...t, pe: 'w '.repeat(13) }, DEFAULT_FILTERS, terOf(10)),
      'length-ratio',
    );
    assert.equal(rejectedBy(t, DEFAULT_FILTERS, terOf(80)), 'ter-high');
    assert.equal(rejectedBy(t, { ...DEFAULT_FILTERS, terMin: 5 }, terOf(0)), 'ter-low');
  });
});
