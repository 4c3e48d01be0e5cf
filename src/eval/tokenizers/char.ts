/**
 * sacreBLEU's `TokenizerChar` (tokenizer_char.py): `" ".join(line)`, every code point a
 * token. Whitespace characters of the line become separators when BLEU splits the result.
 */

import type { Tokenizer } from './index.js';
import { isPyWhitespace } from './python-whitespace.js';

export class TokenizerChar implements Tokenizer {
  readonly name = 'char';

  tokens(line: string): string[] {
    const out: string[] = [];
    for (const ch of line) if (!isPyWhitespace(ch.charCodeAt(0))) out.push(ch);
    return out;
  }

  tokenize(line: string): string {
    return Array.from(line).join(' ');
  }
}
