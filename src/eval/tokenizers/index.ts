/**
 * The BLEU tokenizers, by the names sacreBLEU's `--tokenize` takes and its signature prints
 * (`tok:13a`). One file per tokenizer, as in `sacrebleu/tokenizers/`.
 */

import { Tokenizer13a } from './13a.js';
import { TokenizerChar } from './char.js';
import { TokenizerIntl } from './intl.js';
import { TokenizerNone } from './none.js';

export type TokenizerName = '13a' | 'intl' | 'none' | 'char';

export const TOKENIZER_NAMES: readonly TokenizerName[] = ['13a', 'intl', 'none', 'char'];

export interface Tokenizer {
  /** What sacreBLEU's `signature()` returns: the `tok:` field. */
  readonly name: TokenizerName;
  /** What sacreBLEU's `__call__` returns: the tokenized line. */
  tokenize(line: string): string;
  /** The tokens BLEU counts, Python's `tokenize(line).split()`, without joining and re-splitting. */
  tokens(line: string): string[];
}

const registry: Record<TokenizerName, () => Tokenizer> = {
  '13a': () => new Tokenizer13a(),
  intl: () => new TokenizerIntl(),
  none: () => new TokenizerNone(),
  char: () => new TokenizerChar(),
};

export function isTokenizerName(name: string): name is TokenizerName {
  return Object.hasOwn(registry, name);
}

export function getTokenizer(name: TokenizerName): Tokenizer {
  // Options may come from untyped input (JSON, flags); fail with the choices, not a TypeError.
  if (!isTokenizerName(name)) {
    throw new RangeError(
      `unknown tokenizer ${JSON.stringify(name)} (choose from ${TOKENIZER_NAMES.join(', ')})`,
    );
  }
  return registry[name]();
}
