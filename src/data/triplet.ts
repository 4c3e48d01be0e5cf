/**
 * The unit every APE corpus is made of: a source sentence (src), a machine translation of it
 * (mt) and its post-edited, corrected translation (pe), in the papers' terms.
 */
export interface Triplet {
  src: string;
  mt: string;
  pe: string;
}

/** Field names in file order: `prefix.src`, `prefix.mt`, `prefix.pe`; TSV columns; JSONL keys. */
export const FIELDS = ['src', 'mt', 'pe'] as const;
export type Field = (typeof FIELDS)[number];

/**
 * Unicode normalization of each field. NFC composes accents into one code point, so
 * "é" typed two ways compares equal (both in deduplication and in the tokenizer).
 */
export type UnicodeForm = 'none' | 'NFC' | 'NFKC';
/** `trim` strips both ends; `collapse` also turns every run of white space into one space. */
export type WhitespaceMode = 'keep' | 'trim' | 'collapse';

export interface NormalizeOptions {
  unicode?: UnicodeForm;
  whitespace?: WhitespaceMode;
}

const WHITESPACE_RUN = /\s+/gu;

export function normalizeText(text: string, opts: NormalizeOptions): string {
  let s = text;
  const unicode = opts.unicode ?? 'none';
  if (unicode !== 'none') s = s.normalize(unicode);
  switch (opts.whitespace ?? 'keep') {
    case 'keep':
      return s;
    case 'trim':
      return s.trim();
    case 'collapse':
      return s.replace(WHITESPACE_RUN, ' ').trim();
  }
}

export function normalizeTriplet(t: Triplet, opts: NormalizeOptions): Triplet {
  if ((opts.unicode ?? 'none') === 'none' && (opts.whitespace ?? 'keep') === 'keep') return t;
  return {
    src: normalizeText(t.src, opts),
    mt: normalizeText(t.mt, opts),
    pe: normalizeText(t.pe, opts),
  };
}
