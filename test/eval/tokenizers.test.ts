// The BLEU tokenizers against sacreBLEU 2.6.0's own (`sacrebleu/tokenizers/`): the expected
// strings are what each sacreBLEU tokenizer returned for every line of the stress corpus
// (test/fixtures/eval/make_expected.py).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  TOKENIZER_NAMES,
  getTokenizer,
  isTokenizerName,
  type TokenizerName,
} from '../../src/eval/tokenizers/index.js';
import {
  pyRemoveWhitespace,
  pyRstrip,
  pySplit,
} from '../../src/eval/tokenizers/python-whitespace.js';
import { corpusLines, loadJson } from './sacrebleu-fixtures.js';

type Expected = { files: string[]; maxChars: number } & Record<TokenizerName, (string | null)[][]>;

const expected = loadJson<Expected>('expected-tokenizers.json');

describe('tokenizers match sacreBLEU 2.6.0', () => {
  for (const name of TOKENIZER_NAMES) {
    it(`${name} on every corpus line`, () => {
      const tokenizer = getTokenizer(name);
      let compared = 0;
      expected.files.forEach((file, f) => {
        corpusLines(file).forEach((line, i) => {
          const want = expected[name][f]?.[i];
          if (want === null || want === undefined) return;
          assert.equal(tokenizer.tokenize(line), want, `${file}:${i + 1}`);
          assert.deepEqual(tokenizer.tokens(line), pySplit(want), `${file}:${i + 1} tokens`);
          compared++;
        });
      });
      assert.ok(compared > 400, `compared ${compared} lines`);
    });
  }

  it('knows its names', () => {
    assert.ok(isTokenizerName('13a'));
    assert.ok(!isTokenizerName('zh'));
    assert.ok(!isTokenizerName('toString'));
    assert.throws(
      () => getTokenizer('zh' as TokenizerName),
      /unknown tokenizer "zh" \(choose from 13a, intl, none, char\)/,
    );
  });
});

describe("Python's whitespace", () => {
  // str.isspace() is true for U+001C..U+001F and U+0085, false for U+FEFF and U+200B.
  it('splits like str.split()', () => {
    assert.deepEqual(pySplit(' a\u001cb\u0085c\u00a0d\ufeffe\u200bf\u3000 '), [
      'a',
      'b',
      'c',
      'd\ufeffe\u200bf',
    ]);
    assert.deepEqual(pySplit(''), []);
    assert.deepEqual(pySplit(' \t '), []);
  });

  it('strips like str.rstrip()', () => {
    assert.equal(pyRstrip('a b \u00a0\u2028\r'), 'a b');
    assert.equal(pyRstrip('a\ufeff'), 'a\ufeff');
    assert.equal(pyRstrip('   '), '');
  });

  it("removes like ''.join(s.split())", () => {
    assert.equal(pyRemoveWhitespace(' a b\u2009c\u200bd '), 'abc\u200bd');
  });
});
