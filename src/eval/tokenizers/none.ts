/** sacreBLEU's `NoneTokenizer` (tokenizer_none.py): the line as it is, split on whitespace. */

import type { Tokenizer } from './index.js';
import { pySplit } from './python-whitespace.js';

export class TokenizerNone implements Tokenizer {
  readonly name = 'none';

  tokens(line: string): string[] {
    return pySplit(line);
  }

  tokenize(line: string): string {
    return line;
  }
}
