/**
 * The tercom tokenizer/normalizer, ported from sacreBLEU 2.6.0
 * `sacrebleu/tokenizers/tokenizer_ter.py` (`TercomTokenizer`), itself a port of tercom's
 * `Normalizer.java`. Every regular expression below is the Python one, in the same order;
 * the `u` flag makes JavaScript work on code points as Python's `re` does.
 */

import { pyRstrip, pySplit } from './python-whitespace.js';

export interface TercomOptions {
  /** Tokenize punctuation and unescape XML entities (`_normalize_general_and_western`). */
  normalized: boolean;
  /** Remove punctuation (`_remove_punct`). */
  noPunct: boolean;
  /** With `normalized`: split CJK to characters; with `noPunct`: drop CJK punctuation. */
  asianSupport: boolean;
  /** Keep case; otherwise lowercase (Python `str.lower`). */
  caseSensitive: boolean;
}

/**
 * Letters that got a lowercase mapping after Unicode 14.0 (the Unicode of Python 3.11, which
 * produced our sacreBLEU expectations) but that Node's newer ICU lowercases. Python leaves
 * them alone; being uncased there, they also end any Final_Sigma context, so lowercasing the
 * text between them separately reproduces Python exactly.
 */
const NEWER_UPPERCASE =
  /([\u1c89\ua7cb\ua7cc\ua7ce\ua7d2\ua7d4\ua7da\ua7dc\u{10d50}-\u{10d65}\u{16ea0}-\u{16eb8}])/u;

/** Python 3.11 `str.lower()`. */
export function pyLower(s: string): string {
  if (!NEWER_UPPERCASE.test(s)) return s.toLowerCase();
  // split() with a capturing group puts the separators at the odd indices
  return s
    .split(NEWER_UPPERCASE)
    .map((piece, i) => (i % 2 === 1 ? piece : piece.toLowerCase()))
    .join('');
}

/** sacreBLEU `_normalize_general_and_western`. */
function normalizeGeneralAndWestern(sent: string): string {
  // language-independent part: join hyphenated and broken lines, unescape XML
  sent = sent.replace(/\n-/gu, '');
  sent = sent.replace(/\n/gu, ' ');
  sent = sent.replace(/&quot;/gu, '"');
  sent = sent.replace(/&amp;/gu, '&');
  sent = sent.replace(/&lt;/gu, '<');
  sent = sent.replace(/&gt;/gu, '>');

  // language-dependent (Western) part
  sent = ` ${sent} `;
  // tokenize punctuation: the ASCII ranges {-~ [-` space-& (-+ :-@ and /
  sent = sent.replace(/([{-~[-` -&(-+:-@/])/gu, ' $1 ');
  // possessives; `'s$` can never match because of the space appended above, kept for parity
  sent = sent.replace(/'s /gu, " 's ");
  sent = sent.replace(/'s$/gu, " 's");
  // period and comma unless preceded by a digit
  sent = sent.replace(/([^0-9])([.,])/gu, '$1 $2 ');
  // period and comma unless followed by a digit
  sent = sent.replace(/([.,])([^0-9])/gu, ' $1 $2');
  // dash when preceded by a digit
  sent = sent.replace(/([0-9])(-)/gu, '$1 $2 ');
  return sent;
}

const ASIAN_PUNCT = /([\u3001\u3002\u3008-\u3011\u3014-\u301f\uff61-\uff65\u30fb])/gu;
const FULL_WIDTH_PUNCT = /([\uff0e\uff0c\uff1f\uff1a\uff1b\uff01\uff02\uff08\uff09])/gu;

/** sacreBLEU `_normalize_asian`: split CJK ideographs and related blocks to characters. */
function normalizeAsian(sent: string): string {
  // CJK Unified Ideographs and Extension A
  sent = sent.replace(/([\u4e00-\u9fff\u3400-\u4dbf])/gu, ' $1 ');
  // CJK Strokes, CJK Radicals Supplement
  sent = sent.replace(/([\u31c0-\u31ef\u2e80-\u2eff])/gu, ' $1 ');
  // CJK Compatibility, Compatibility Ideographs, Compatibility Forms
  sent = sent.replace(/([\u3300-\u33ff\uf900-\ufaff\ufe30-\ufe4f])/gu, ' $1 ');
  // "Enclosed CJK Letters and Months": the Python range 3200-3F22 is wider than the block
  // (it spans Hiragana and Katakana too); kept as is
  sent = sent.replace(/([\u3200-\u3f22])/gu, ' $1 ');
  // Hiragana, Katakana, Katakana Phonetic Extensions "only when adjacent to something else".
  // As written in Python these only match a string made entirely of such characters (`^`
  // without MULTILINE is the string start); ported verbatim.
  sent = sent.replace(/(^|^[\u3040-\u309f])([\u3040-\u309f]+)(?=$|^[\u3040-\u309f])/gu, '$1 $2 ');
  sent = sent.replace(/(^|^[\u30a0-\u30ff])([\u30a0-\u30ff]+)(?=$|^[\u30a0-\u30ff])/gu, '$1 $2 ');
  sent = sent.replace(/(^|^[\u31f0-\u31ff])([\u31f0-\u31ff]+)(?=$|^[\u31f0-\u31ff])/gu, '$1 $2 ');
  sent = sent.replace(ASIAN_PUNCT, ' $1 ');
  sent = sent.replace(FULL_WIDTH_PUNCT, ' $1 ');
  return sent;
}

/** sacreBLEU `_remove_punct`. */
function removePunct(sent: string): string {
  return sent.replace(/[.,?:;!"()]/gu, '');
}

/** sacreBLEU `_remove_asian_punct`. */
function removeAsianPunct(sent: string): string {
  return sent.replace(ASIAN_PUNCT, '').replace(FULL_WIDTH_PUNCT, '');
}

/** sacreBLEU `TercomTokenizer.__call__`: returns the words, space-joined. */
export function tercomTokenize(sent: string, options: TercomOptions): string {
  if (sent === '') return '';
  if (!options.caseSensitive) sent = pyLower(sent);
  if (options.normalized) {
    sent = normalizeGeneralAndWestern(sent);
    if (options.asianSupport) sent = normalizeAsian(sent);
  }
  if (options.noPunct) {
    sent = removePunct(sent);
    if (options.asianSupport) sent = removeAsianPunct(sent);
  }
  return pySplit(sent).join(' ');
}

/** sacreBLEU `TER._preprocess_segment` followed by `.split()`: the words TER aligns. */
export function tercomWords(sent: string, options: TercomOptions): string[] {
  return pySplit(tercomTokenize(pyRstrip(sent), options));
}
