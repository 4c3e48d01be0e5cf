/**
 * Protected spans: the parts of an mt that a post-edit must carry over verbatim
 * (docs/protected-spans.md is the specification; test/fixtures/protect/cases.json its cases).
 *
 * Detection runs on plain text (inline tags already split off, entities of the tag flavour
 * decoded: src/text/tags/parse.ts). Every rule is a pattern over the mt; some also need the
 * src (names, keyboard shortcuts: only what occurs verbatim in both). Candidates that overlap
 * are resolved leftmost first, then longest, then by the order of the kinds below.
 */

export type SpanKind =
  | 'xliff-protected'
  | 'markup'
  | 'escaped-markup'
  | 'entity'
  | 'url'
  | 'email'
  | 'printf'
  | 'brace'
  | 'path'
  | 'ip'
  | 'shortcut'
  | 'version'
  | 'number'
  | 'name';

export interface ProtectedSpan {
  kind: SpanKind;
  /** UTF-16 offsets into the text it was found in. */
  start: number;
  end: number;
  text: string;
}

/** A plain-text range given by the caller (XLIFF `mrk translate="no"` content). */
export interface Range {
  start: number;
  end: number;
}

interface Rule {
  kind: SpanKind;
  re: RegExp;
  /** Trailing characters a match gives back (sentence punctuation after a URL or a path). */
  trim?: RegExp;
}

const W = String.raw`\p{L}\p{N}\p{M}_`;
const TRAILING_PUNCT = /[.,;:!?)\]}'"»]+$/u;

/** Pattern rules, in priority order (earlier wins a tie of start and length). */
const RULES: readonly Rule[] = [
  { kind: 'markup', re: /<!--[\s\S]*?-->|<\/?[A-Za-z][\w:.-]*(?:\s+[^<>]*?)?\s*\/?>/g },
  { kind: 'escaped-markup', re: /&lt;\/?[A-Za-z][\w:.-]*(?:\s(?:(?!&gt;)[^<>])*?)?\/?&gt;/g },
  { kind: 'entity', re: /&(?:#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);/g },
  {
    kind: 'url',
    re: /\b(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/|www\.|mailto:)[^\s<>"'`]+/g,
    trim: TRAILING_PUNCT,
  },
  { kind: 'email', re: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g },
  { kind: 'printf', re: /%\([^()\s]+\)[-+#0]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]/g },
  {
    kind: 'printf',
    re: /%(?:\d+\$)?[-+#0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGaAcspn]|%%/g,
  },
  { kind: 'brace', re: /\{\{[^{}\n]*\}\}|\{[A-Za-z0-9_.:![\]<>,#+-]*\}/g },
  {
    kind: 'path',
    re: new RegExp(
      String.raw`(?<![${W}/.~:])(?:~|\.{1,2})?(?:/[${W}.+@-]+)+/?|\b[A-Za-z]:\\(?:[${W}.+ -]+\\)*[${W}.+-]+|(?<![${W}/.])~/`,
      'gu',
    ),
    trim: /[.,;:!?)\]}'"»]+$/u,
  },
  { kind: 'ip', re: /(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?(?![\w.]\w)/g },
  {
    kind: 'version',
    re: new RegExp(
      String.raw`(?<![${W}.])v?\d+(?:\.\d+){1,}(?:[-+~][A-Za-z0-9.]+)?(?![${W}])`,
      'gu',
    ),
    trim: /\.+$/,
  },
  {
    kind: 'number',
    re: new RegExp(String.raw`(?<![${W}])\d+(?:[.,:]\d+)*(?![${W}])`, 'gu'),
  },
];

/** Keyboard shortcuts: modifier+key chords; protected only where they occur verbatim in the src. */
const SHORTCUT =
  /\b(?:(?:Ctrl|Control|Alt|AltGr|Shift|Cmd|Command|Super|Meta|Win|Fn|Option)\+)+(?:[A-Za-z0-9]|F\d{1,2}|[A-Z][a-z]+)\b/g;

/**
 * Names: a run of tokens that each have an upper-case letter (after the first character, or at
 * the start of a token that is not the first word of its sentence) or that mix letters and
 * digits, joined by single spaces, occurring verbatim in both src and mt (whole words).
 */
const NAME_TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}._+-]*[\p{L}\p{N}\p{M}+]|\p{Lu}/gu;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}\p{M}_]/u.test(c);
}

/** Whether `text` occurs in `s` at `at` as a whole: no word character glued to a word edge. */
function wholeAt(s: string, text: string, at: number): boolean {
  const first = text[0];
  const last = text[text.length - 1];
  if (!isWordChar(first)) return true;
  if (isWordChar(s[at - 1])) return false;
  if (isWordChar(last) && isWordChar(s[at + text.length])) return false;
  return true;
}

/**
 * How many times `text` occurs in `s` (non-overlapping, left to right). A text that starts
 * (ends) with a letter, digit or `_` counts only where no such character precedes (follows)
 * it, so `1` is not counted inside `10` nor `Writer` inside `Writers`; a text that starts
 * with another character (`%d`, `{0}`, a URL's scheme is a word, so it is bounded) counts
 * wherever it is, so `%d` counts in `%dpx`.
 */
export function countOccurrences(s: string, text: string): number {
  if (text === '') return 0;
  let n = 0;
  let from = 0;
  for (;;) {
    const at = s.indexOf(text, from);
    if (at < 0) return n;
    if (wholeAt(s, text, at)) {
      n++;
      from = at + text.length;
    } else from = at + 1;
  }
}

/** Offsets where a sentence starts: the text's start and after `. ! ? :` plus space, or a newline. */
function sentenceStarts(s: string): Set<number> {
  const starts = new Set<number>();
  const re = /^[\s"'«¿¡([-]*|[.!?:;]\s+["'«¿¡([]*|\n\s*/g;
  for (const m of s.matchAll(re)) starts.add(m.index + m[0].length);
  return starts;
}

function isNameToken(tok: string, sentenceInitial: boolean): boolean {
  if (tok.length < 2) return false;
  const letters = /\p{L}/u.test(tok);
  if (!letters) return false;
  if (/\p{N}/u.test(tok)) return true; // mp3, ext4, Qt6
  if (/\p{Lu}/u.test(tok.slice(1))) return true; // LibreOffice, GNOME, iPhone
  if (/^\p{Lu}/u.test(tok)) return !sentenceInitial; // Nextcloud mid-sentence
  return false;
}

function nameCandidates(mt: string): ProtectedSpan[] {
  const starts = sentenceStarts(mt);
  const toks = [...mt.matchAll(NAME_TOKEN)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const out: ProtectedSpan[] = [];
  let run: { start: number; end: number } | undefined;
  const flush = () => {
    if (run !== undefined)
      out.push({
        kind: 'name',
        start: run.start,
        end: run.end,
        text: mt.slice(run.start, run.end),
      });
    run = undefined;
  };
  for (const t of toks) {
    if (!isNameToken(t.text, starts.has(t.start))) {
      flush();
      continue;
    }
    if (run !== undefined && mt.slice(run.end, t.start) === ' ') run.end = t.end;
    else {
      flush();
      run = { start: t.start, end: t.end };
    }
  }
  flush();
  return out;
}

/**
 * A name run that does not occur whole in the src is split into its tokens, each kept
 * if it does (so `Abrir LibreOffice Writer` / `Open LibreOffice Writer` protects the pair,
 * and `Nextcloud Files` / `Archivos de Nextcloud` protects `Nextcloud`).
 */
function namesInBoth(src: string, mt: string): ProtectedSpan[] {
  const out: ProtectedSpan[] = [];
  for (const run of nameCandidates(mt)) {
    if (countOccurrences(src, run.text) > 0) {
      out.push(run);
      continue;
    }
    for (const m of run.text.matchAll(/\S+/g)) {
      const text = m[0];
      const starts = sentenceStarts(mt);
      const at = run.start + m.index;
      if (isNameToken(text, starts.has(at)) && countOccurrences(src, text) > 0)
        out.push({ kind: 'name', start: at, end: at + text.length, text });
    }
  }
  return out;
}

function patternCandidates(s: string): ProtectedSpan[] {
  const out: ProtectedSpan[] = [];
  for (const rule of RULES) {
    for (const m of s.matchAll(new RegExp(rule.re.source, rule.re.flags))) {
      let text = m[0];
      if (rule.trim !== undefined) text = text.replace(rule.trim, '');
      if (text === '' || (rule.kind === 'path' && !/[\p{L}\p{N}]/u.test(text) && text !== '~/'))
        continue;
      out.push({ kind: rule.kind, start: m.index, end: m.index + text.length, text });
    }
  }
  return out;
}

const PRIORITY: readonly SpanKind[] = [
  'xliff-protected',
  'markup',
  'escaped-markup',
  'entity',
  'url',
  'email',
  'printf',
  'brace',
  'path',
  'ip',
  'shortcut',
  'version',
  'number',
  'name',
];

/** Non-overlapping spans: leftmost, then longest, then by kind priority. */
function resolve(candidates: ProtectedSpan[]): ProtectedSpan[] {
  const sorted = [...candidates].sort(
    (a, b) =>
      a.start - b.start ||
      b.end - b.start - (a.end - a.start) ||
      PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind),
  );
  const out: ProtectedSpan[] = [];
  let end = 0;
  for (const c of sorted) {
    if (c.start < end || c.end <= c.start) continue;
    out.push(c);
    end = c.end;
  }
  return out;
}

export interface DetectOptions {
  /** Ranges of the mt that are protected whatever they hold (XLIFF `mrk translate="no"`). */
  mtRanges?: readonly Range[];
}

/** The protected spans of `mt`, in order, given its `src`. */
export function detectSpans(src: string, mt: string, options: DetectOptions = {}): ProtectedSpan[] {
  const candidates = patternCandidates(mt);
  for (const m of mt.matchAll(SHORTCUT))
    if (countOccurrences(src, m[0]) > 0)
      candidates.push({ kind: 'shortcut', start: m.index, end: m.index + m[0].length, text: m[0] });
  // Names come last: a name that a pattern already covers (a host in a URL) is not one.
  const patterns = resolve(candidates);
  const covered = (n: ProtectedSpan) => patterns.some((p) => p.start < n.end && n.start < p.end);
  const names = namesInBoth(src, mt).filter((n) => !covered(n));
  const forced = (options.mtRanges ?? [])
    .filter((r) => r.end > r.start)
    .map((r) => ({
      kind: 'xliff-protected' as const,
      start: r.start,
      end: r.end,
      text: mt.slice(r.start, r.end),
    }));
  const outsideForced = (s: ProtectedSpan) =>
    !forced.some((f) => f.start < s.end && s.start < f.end);
  return [...forced, ...patterns.filter(outsideForced), ...names.filter(outsideForced)].sort(
    (a, b) => a.start - b.start,
  );
}
