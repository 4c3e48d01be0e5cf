/**
 * sacreBLEU's `TokenizerV14International` (tokenizer_intl.py), the international tokenization
 * of mteval-v14.pl: split off Unicode punctuation unless it sits between digits, and every
 * symbol. The expressions are the Python `regex` ones, in the same order; with the `u` flag
 * JavaScript matches code points and Unicode general categories as `regex` does. (Characters
 * unassigned in Node's Unicode tables but assigned in `regex`'s newer ones are the only gap.)
 */

import type { Tokenizer } from './index.js';
import { pySplit } from './python-whitespace.js';

const PUNCT_AFTER_NON_NUMBER = /(\P{N})(\p{P})/gu;
const PUNCT_BEFORE_NON_NUMBER = /(\p{P})(\P{N})/gu;
const SYMBOL = /(\p{S})/gu;

export class TokenizerIntl implements Tokenizer {
  readonly name = 'intl';

  tokens(line: string): string[] {
    const s = line
      .replace(PUNCT_AFTER_NON_NUMBER, '$1 $2 ')
      .replace(PUNCT_BEFORE_NON_NUMBER, ' $1 $2')
      .replace(SYMBOL, ' $1 ');
    return pySplit(s);
  }

  tokenize(line: string): string {
    return this.tokens(line).join(' ');
  }
}
