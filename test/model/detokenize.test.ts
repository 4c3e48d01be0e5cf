import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { ApeTokenizer } from '../../src/model/tokenizer.js';
import { minilmDir } from '../helpers/paths.js';

const MINILM = join(minilmDir(), 'tokenizer.json');

// Hand-derived (no casing step: the mt's surfaces, its initial capital carried over).
const cases: [mt: string, pe: string, want: string, why: string][] = [
  [
    'Failure when reopening %s with way %s',
    'failed to reopen %s with mode %s',
    'Failed to reopen %s with mode %s',
    'a new word before a copied "%": the mt had a word there, with a space',
  ],
  [
    "Table of chains: [%2or] '%s'",
    "string table: [%2u] '%s'",
    "String Table: [%2u] '%s'",
    'a new word after a copied "%": the mt had a word there, without a space ("Table" keeps its mt case)',
  ],
  [
    "Value --ignore-initial invalid '%s'",
    "invalid --ignore-initial value '%s'",
    "Invalid --ignore-initial Value '%s'",
    'a moved phrase is copied whole (the longest matching run), with its own spacing',
  ],
  [
    '[6tx] <DATA INVALIDS>',
    '[6tx] <invalid data>',
    '[6tx] <invalid DATA>',
    '"<" then a new word: no space as in the mt; a copied word after a new one: rules',
  ],
  [
    '%s Is thought for only reading',
    '%s is meant to be read-only',
    '%s Is meant to be read-only',
    'a hyphen between two new words joins them',
  ],
  [
    '%d does reference to unknown dependency',
    'entry %d references unknown dependency (3.5%)',
    'entry %d references unknown dependency (3.5%)',
    '"%" after a word starts a placeholder (space), after a number it closes it; "3.5" stays whole',
  ],
];

test('WordPiece detokenization takes spacing from the mt next to copied units', async () => {
  const tok = await ApeTokenizer.fromFile(MINILM);
  for (const [mt, pe, want, why] of cases)
    assert.equal(tok.detokenize(tok.encode(pe), mt, tok.units(mt)), want, why);
});
