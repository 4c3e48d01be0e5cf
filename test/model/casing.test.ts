import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  Casing,
  caseClass,
  caseKey,
  splitUnits,
  srcClass,
  type CasedUnit,
} from '../../src/model/casing.js';
import { ApeTokenizer } from '../../src/model/tokenizer.js';
import { fixture, minilmDir } from '../helpers/paths.js';

// Oracle: training/ape/casing.py (the Python side that learns the table), through
// test/fixtures/casing/make.py, which wrote the table and the strings its apply step gives.
interface Expected {
  cases: { src: string; mt: string[]; out: [string, boolean, number][]; want: string }[];
  words: {
    text: string;
    units: [string, boolean][];
    srcClass: string;
    keys: string[];
    classes: string[];
  }[];
}
const expected = JSON.parse(readFileSync(fixture('casing', 'expected.json'), 'utf8')) as Expected;

test('word splitting, keys and case classes equal the Python side', () => {
  for (const w of expected.words) {
    const units = splitUnits(w.text);
    assert.deepEqual(
      units.map((u) => [u.surface, u.spaceBefore]),
      w.units,
      w.text,
    );
    assert.deepEqual(
      units.map((u) => caseKey(u.surface)),
      w.keys,
      w.text,
    );
    assert.deepEqual(
      units.map((u) => caseClass(u.surface)),
      w.classes,
      w.text,
    );
    assert.equal(srcClass(w.text), w.srcClass, w.text);
  }
});

test('the casing step gives the Python apply step strings on 150 dev triplets', async () => {
  const casing = await Casing.fromFile(fixture('casing', 'casing.json'));
  let changed = 0;
  for (const c of expected.cases) {
    const out: CasedUnit[] = c.out.map(([surface, spaceBefore, mtIndex]) => ({
      surface,
      spaceBefore,
      mtIndex,
    }));
    const surfaces = casing.apply(out, c.mt, c.src);
    const got = out.map((u, i) => (u.spaceBefore ? ' ' : '') + (surfaces[i] ?? '')).join('');
    assert.equal(got, c.want, `src=${c.src}`);
    if (got !== out.map((u) => (u.spaceBefore ? ' ' : '') + u.surface).join('')) changed++;
  }
  assert.ok(changed >= 20, `the table changes some outputs (${changed})`);
});

test('a casing file of another kind or shape is a ModelError naming the file and field', () => {
  assert.throws(
    () => Casing.fromJson({ kind: 'truecase-v9', table: {} }, 'm/casing.json'),
    (e: Error) => e.name === 'ModelError' && e.message.includes('m/casing.json (kind)'),
  );
  assert.throws(
    () => Casing.fromJson({ kind: 'truecase-v1', table: { a: 3 } }, 'm/casing.json'),
    (e: Error) => e.name === 'ModelError' && e.message.includes('(table.a)'),
  );
});

// Hand-derived: the table decides the case of copied and new words alike, after detokenization.
test('WordPiece detokenization applies the casing step with the src as a feature', async () => {
  const tok = await ApeTokenizer.fromFile(join(minilmDir(), 'tokenizer.json'));
  tok.casing = Casing.fromJson(
    {
      kind: 'truecase-v1',
      // mt-capitalised words after the first word go lower case; "gimp" is always GIMP;
      // a sentence-initial word copied lower case is capitalised if the src's first word is.
      table: { '\tw\tc': 'lower', 'gimp\t\t': 'GIMP', '\t1^l\tc': 'lower', '\t1^c\tl': 'cap' },
    },
    'x',
  );
  const mt = 'Name of volume Too long for gimp';
  const units = tok.units(mt);
  const ids = tok.encode('volume name too long for gimp');
  assert.equal(
    tok.detokenize(ids, mt, units, 'nombre demasiado largo'),
    'volume name too long for GIMP',
  );
  assert.equal(
    tok.detokenize(ids, mt, units, 'Nombre demasiado largo'),
    'Volume name too long for GIMP',
  );
  tok.casing = undefined;
  assert.equal(tok.detokenize(ids, mt, units, 'x'), 'Volume Name Too long for gimp');
});
