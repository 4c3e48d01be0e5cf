/**
 * A reader for the PO text that `msgunfmt` prints (and for hand-written .po files): entries of
 * `msgctxt`, `msgid`, `msgid_plural`, `msgstr` / `msgstr[n]` with continuation lines, and the
 * `#,` flag comments (GNU gettext manual, "The Format of PO Files"). Obsolete `#~` entries are
 * skipped.
 */
export interface PoEntry {
  context?: string;
  msgid: string;
  msgidPlural?: string;
  /** `msgstr`, or `msgstr[0..n-1]` for plural entries. */
  msgstr: string[];
  /** From `#, fuzzy, c-format`. */
  flags: string[];
  /** 1-based line of the entry's `msgid` in the PO text. */
  line: number;
}

type Key = 'msgctxt' | 'msgid' | 'msgid_plural' | 'msgstr';

const KEYWORD = /^(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?\s+"(.*)"\s*$/;
const CONTINUATION = /^"(.*)"\s*$/;

export function parsePo(text: string): PoEntry[] {
  const entries: PoEntry[] = [];
  let cur: Partial<PoEntry> & { msgstr: string[]; flags: string[] } = { msgstr: [], flags: [] };
  let key: Key | undefined;
  let index = 0;
  let started = false;

  const finish = (): void => {
    if (started && cur.msgid !== undefined) {
      entries.push({ ...cur, msgid: cur.msgid, line: cur.line ?? 0 });
    }
    cur = { msgstr: [], flags: [] };
    key = undefined;
    started = false;
  };
  const append = (s: string): void => {
    const v = unescapeC(s);
    if (key === 'msgctxt') cur.context = (cur.context ?? '') + v;
    else if (key === 'msgid') cur.msgid = (cur.msgid ?? '') + v;
    else if (key === 'msgid_plural') cur.msgidPlural = (cur.msgidPlural ?? '') + v;
    else if (key === 'msgstr') cur.msgstr[index] = (cur.msgstr[index] ?? '') + v;
  };

  const lines = text.split('\n');
  for (const [i, raw] of lines.entries()) {
    const line = raw.trimEnd();
    if (line === '') {
      finish();
      continue;
    }
    if (line.startsWith('#~')) continue;
    // A comment after a msgstr starts the next entry even without a blank line.
    if (line.startsWith('#') && key === 'msgstr') finish();
    if (line.startsWith('#,')) {
      cur.flags.push(
        ...line
          .slice(2)
          .split(',')
          .map((f) => f.trim())
          .filter((f) => f !== ''),
      );
      continue;
    }
    if (line.startsWith('#')) continue;
    const kw = KEYWORD.exec(line);
    if (kw !== null) {
      const k = kw[1] as Key;
      // A new msgctxt/msgid after a msgstr starts the next entry even without a blank line.
      if ((k === 'msgctxt' || k === 'msgid') && key === 'msgstr') finish();
      key = k;
      index = kw[2] === undefined ? 0 : Number(kw[2]);
      if (k === 'msgid') cur.line = i + 1;
      started = true;
      if (k === 'msgstr') cur.msgstr[index] = cur.msgstr[index] ?? '';
      append(kw[3] ?? '');
      continue;
    }
    const cont = CONTINUATION.exec(line);
    if (cont !== null && key !== undefined) append(cont[1] ?? '');
  }
  finish();
  return entries;
}

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '"': '"',
  '\\': '\\',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
};

/** C string escapes as msgunfmt writes them. */
export function unescapeC(s: string): string {
  if (!s.includes('\\')) return s;
  return s.replace(/\\([0-7]{1,3}|.)/g, (_m, c: string) => {
    if (/^[0-7]+$/.test(c)) return String.fromCharCode(parseInt(c, 8));
    return ESCAPES[c] ?? c;
  });
}

/** `nplurals` from the header's Plural-Forms, or undefined. */
export function pluralCount(entries: PoEntry[]): number | undefined {
  const header = entries.find((e) => e.msgid === '' && e.context === undefined);
  const m = /nplurals\s*=\s*(\d+)/.exec(header?.msgstr[0] ?? '');
  return m === null ? undefined : Number(m[1]);
}
