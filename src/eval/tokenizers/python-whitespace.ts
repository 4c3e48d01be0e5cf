/**
 * Python's notion of whitespace, which sacreBLEU uses everywhere through `str.split()` and
 * `str.rstrip()`: the characters for which `str.isspace()` is true (Unicode bidi class WS,
 * B or S, or category Zs). JavaScript's `\s` differs: it has U+FEFF and lacks
 * U+001C..U+001F and U+0085. U+200B ZERO WIDTH SPACE is whitespace for neither.
 */

export const PY_WHITESPACE_CLASS =
  '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

const WHITESPACE_RUN = new RegExp(`[${PY_WHITESPACE_CLASS}]+`);
const WHITESPACE_RUN_GLOBAL = new RegExp(`[${PY_WHITESPACE_CLASS}]+`, 'g');

/** Whether the UTF-16 code unit `c` is Python whitespace (all of them are in the BMP). */
export function isPyWhitespace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  if (c < 0x85) return false;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Python `s.split()`: the pieces between runs of whitespace, none empty. */
export function pySplit(s: string): string[] {
  const parts = s.split(WHITESPACE_RUN);
  if (parts[0] === '') parts.shift();
  if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** Python `''.join(s.split())`: the string with every whitespace character removed. */
export function pyRemoveWhitespace(s: string): string {
  return s.replace(WHITESPACE_RUN_GLOBAL, '');
}

/** Python `s.rstrip()`. A backwards scan: a `[…]+$` regex would retry every inner run. */
export function pyRstrip(s: string): string {
  let end = s.length;
  while (end > 0 && isPyWhitespace(s.charCodeAt(end - 1))) end--;
  return end === s.length ? s : s.slice(0, end);
}
