/**
 * Turns one gettext message (English msgid, translated msgstr) into a clean sentence pair, or
 * says why it is dropped. The same steps run on both sides, so whatever is removed from one is
 * removed from the other:
 * 1. accelerators: GTK `_`, KDE/Qt `&`, LibreOffice `~` before a letter mark the mnemonic
 *    ("_Open", "C_onnect", "&Save"); each is removed when the string holds exactly one (a
 *    mnemonic is unique per label; more than one means an identifier such as MY_VAR_NAME),
 *    and the doubled escapes `__`, `&&` become one character;
 * 2. markup: tags of known markup (`<b>`, `<a href="…">`, `</span>`) are removed and the XML entities
 *    `&amp; &lt; &gt; &quot; &apos; &#N;` decoded;
 * 3. white space: runs collapse to one space, ends are trimmed (a message ending in "\n"
 *    loses it); a message with a line break inside it (help text, column layouts) is dropped;
 * 4. format strings (`%s`, `%d`, `%1$s`, `%(name)s`, `{0}`, `{name}`, Qt `%1`) are kept
 *    verbatim when both sides hold the same multiset of them (they are real tokens of UI
 *    text, and Apertium passes them through); a pair whose placeholders differ is dropped, and
 *    `formatStrings: 'drop'` drops every pair that has any;
 * 5. untranslated (empty msgstr), fuzzy, too short (fewer than `minWords` English words that
 *    contain a letter), and identical sides (case-insensitive: a copied, untranslated label).
 */
export type DropReason =
  'untranslated' | 'fuzzy' | 'multiline' | 'format-mismatch' | 'format' | 'too-short' | 'identical';

export interface CleanOptions {
  formatStrings?: 'keep' | 'drop';
  /** Minimum English words with a letter in them. */
  minWords?: number;
}

export type Cleaned = { en: string; tgt: string } | { drop: DropReason };

export function cleanPair(
  en: string,
  tgt: string,
  opts: CleanOptions = {},
  fuzzy = false,
): Cleaned {
  if (tgt === '') return { drop: 'untranslated' };
  if (fuzzy) return { drop: 'fuzzy' };
  const e = cleanText(en);
  const t = cleanText(tgt);
  if (e === undefined || t === undefined) return { drop: 'multiline' };
  const pe = placeholders(e);
  const pt = placeholders(t);
  if (pe.length > 0 && (opts.formatStrings ?? 'keep') === 'drop') return { drop: 'format' };
  if (pe.join('\u0000') !== pt.join('\u0000')) return { drop: 'format-mismatch' };
  if (wordCount(e) < (opts.minWords ?? 3)) return { drop: 'too-short' };
  if (e.toLowerCase() === t.toLowerCase()) return { drop: 'identical' };
  return { en: e, tgt: t };
}

/** Steps 1–3 on one side; undefined when a line break remains inside the text. */
export function cleanText(text: string): string | undefined {
  let s = stripAccelerators(text);
  s = stripMarkup(s);
  s = s.trim();
  if (/[\n\r]/.test(s)) return undefined;
  return s.replace(/\s+/gu, ' ');
}

const ACCELERATORS: { mark: RegExp; escaped: RegExp; literal: string }[] = [
  { mark: /(?<!_)_(?=[\p{L}\p{N}])/gu, escaped: /__/g, literal: '_' },
  // `&name;` and `&#N;` are entities, not accelerators.
  { mark: /(?<!&)&(?![\p{L}\p{N}]+;|#\d+;)(?=[\p{L}\p{N}])/gu, escaped: /&&/g, literal: '&' },
  { mark: /(?<!~)~(?=[\p{L}\p{N}])/gu, escaped: /~~/g, literal: '~' },
];

export function stripAccelerators(text: string): string {
  let s = text;
  for (const { mark, escaped, literal } of ACCELERATORS) {
    const n = s.match(mark)?.length ?? 0;
    if (n === 1) s = s.replace(mark, '').replace(escaped, literal);
  }
  return s;
}

/**
 * Only the tags of the markup catalogs use (HTML, Pango, Qt rich text, DocBook-ish help
 * strings): "<file>" or "<máquina>" in usage messages are placeholders, kept on both sides.
 */
const TAG =
  /<\/?(?:a|b|i|u|s|em|strong|big|small|tt|sub|sup|span|br|p|div|font|code|kbd|pre|nobr|center|ul|ol|li|img|h[1-6]|html|body|qt|markup|table|tr|td|th|emphasis|literal|command|filename|guilabel|guimenu|link|ulink)(?:\s[^<>]*)?\/?>/gi;
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

export function stripMarkup(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  return text
    .replace(TAG, '')
    .replace(/&(#\d+|[a-z]+);/g, (m, name: string) =>
      name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? m),
    );
}

/**
 * printf conversions (C, with positional `%1$s`, length modifiers and flags other than space,
 * since "100 % de" is Spanish prose), Python `%(name)s`, brace fields `{0}`/`{name:fmt}`,
 * and Qt/KDE `%1`. Sorted, so reordered placeholders still match.
 */
const PLACEHOLDER =
  /%(?:\d+\$)?[-+0#']*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGaAcspS%]|%\([^)]+\)[-+0#]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]|\{[A-Za-z0-9_]*(?::[^{}]*)?\}|%\d+/g;

export function placeholders(text: string): string[] {
  return (text.match(PLACEHOLDER) ?? []).sort();
}

export function wordCount(text: string): number {
  let n = 0;
  for (const w of text.split(' ')) if (/\p{L}/u.test(w)) n++;
  return n;
}
