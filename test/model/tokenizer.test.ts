import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ApeTokenizer } from '../../src/model/tokenizer.js';
import { fixture, minilmDir } from '../helpers/paths.js';

// Oracle: Hugging Face `tokenizers` (Python/Rust) on the same files, test/fixtures/tokenizers/make.py.
const expected = JSON.parse(readFileSync(fixture('tokenizers', 'expected.json'), 'utf8')) as Record<
  string,
  { text: string; ids: number[]; decoded: string }[]
>;
const MINILM = join(minilmDir(), 'tokenizer.json');
const files: Record<string, string> = {
  bpe: fixture('tokenizers', 'bpe.json'),
  unigram: fixture('tokenizers', 'unigram.json'),
  wordpiece: MINILM,
};

for (const [kind, path] of Object.entries(files)) {
  test(`${kind} tokenizer.json: ids equal the tokenizers library's`, async () => {
    const tok = await ApeTokenizer.fromFile(path);
    assert.equal(tok.kind, kind === 'wordpiece' ? 'wordpiece' : 'other');
    for (const e of expected[kind] ?? []) assert.deepEqual(tok.encode(e.text), e.ids, e.text);
  });
}

for (const kind of ['bpe', 'unigram']) {
  test(`${kind}: detokenization is the tokenizer's own decoder (spaces live in the tokens)`, async () => {
    const tok = await ApeTokenizer.fromFile(files[kind] ?? '');
    for (const e of expected[kind] ?? [])
      assert.equal(tok.detokenize(e.ids, e.text, tok.units(e.text)), e.decoded, e.text);
  });
}

// Hand-derived: uncased WordPiece loses case, accents and spacing; they come back from the mt.
const natural: [mt: string, pe: string, want: string][] = [
  // the same tokens as the mt: the mt verbatim
  ["Don't re-run it (e.g. 3.5%).", "don't re-run it (e.g. 3.5%).", "Don't re-run it (e.g. 3.5%)."],
  // one word replaced: case, accents and the mt's spacing around the rest survive
  ['El café está cerrado.', 'el café está abierto.', 'El café está abierto.'],
  // a new first word still gets the mt's sentence-initial capital
  ['The cat sat on the mat.', 'a cat sat on the mat.', 'A cat sat on the mat.'],
  // new material: no space before closing punctuation, after opening, inside a quote pair
  ['He said no.', 'he said "yes" (maybe).', 'He said "yes" (maybe).'],
  // a contraction the mt did not have
  ['It is fine.', "it's fine.", "It's fine."],
  // moved words keep their surface forms
  ['Paris is in France.', 'france is near paris.', 'France is near Paris.'],
];

test('WordPiece detokenization restores natural spacing, case and accents from the mt', async () => {
  const tok = await ApeTokenizer.fromFile(MINILM);
  for (const [mt, pe, want] of natural) {
    assert.equal(tok.detokenize(tok.encode(pe), mt, tok.units(mt)), want, `mt=${mt} pe=${pe}`);
  }
});

test('a tokenizer.json that is not JSON is a ModelError naming the file', async () => {
  await assert.rejects(
    ApeTokenizer.fromFile(fixture('tokenizers', 'make.py')),
    (e: Error) => e.name === 'ModelError' && e.message.includes('make.py'),
  );
});
