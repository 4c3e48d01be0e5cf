/**
 * sacreBLEU's default tokenizer, `Tokenizer13a` (tokenizer_13a.py) followed by its
 * `TokenizerRegexp` (tokenizer_re.py): the tokenization of Moses' mteval-v13a.pl, which WMT
 * uses. The expressions are the Python ones, in the same order; they only ever match ASCII,
 * so working on UTF-16 code units (no `u` flag) gives the same strings as Python's code points.
 */

import type { Tokenizer } from './index.js';
import { pySplit } from './python-whitespace.js';

/** `[\{-\~\[-\` -\&\(-\+\:-\@\/]`: ASCII symbols and punctuation except `'`, `,`, `-`, `.`. */
const SYMBOL = /([\x20-\x26\x28-\x2b\x2f\x3a-\x40\x5b-\x60\x7b-\x7e])/g;
/** Period and comma unless preceded by a digit. */
const PERIOD_COMMA_AFTER_NON_DIGIT = /([^0-9])([.,])/g;
/** Period and comma unless followed by a digit. */
const PERIOD_COMMA_BEFORE_NON_DIGIT = /([.,])([^0-9])/g;
/** Dash when preceded by a digit. */
const DASH_AFTER_DIGIT = /([0-9])(-)/g;

export class Tokenizer13a implements Tokenizer {
  readonly name = '13a';

  tokens(line: string): string[] {
    // The language-independent part of Tokenizer13a.__call__.
    let s = line.includes('<skipped>') ? line.replaceAll('<skipped>', '') : line;
    if (s.includes('\n')) s = s.replaceAll('-\n', '').replaceAll('\n', ' ');
    if (s.includes('&')) {
      s = s
        .replaceAll('&quot;', '"')
        .replaceAll('&amp;', '&')
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>');
    }
    // TokenizerRegexp on f' {line} ' (the padding lets a final period split off).
    s = ` ${s} `
      .replace(SYMBOL, ' $1 ')
      .replace(PERIOD_COMMA_AFTER_NON_DIGIT, '$1 $2 ')
      .replace(PERIOD_COMMA_BEFORE_NON_DIGIT, ' $1 $2')
      .replace(DASH_AFTER_DIGIT, '$1 $2 ');
    return pySplit(s);
  }

  tokenize(line: string): string {
    return this.tokens(line).join(' ');
  }
}
