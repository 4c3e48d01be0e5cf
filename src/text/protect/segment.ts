/**
 * A segment as the model gets it under protection (docs/protected-spans.md): its mt and src
 * plain text (inline tags split off) cut into lines, each line's protected spans, and the
 * XLIFF `mrk` content that is protected whatever it holds. With the `html` tag flavour, block
 * tags (`p`, `li`, `div`, `td`, …) and the line-breaking void tags `br` and `hr` cut the
 * segment too ("pieces"), so `mundo</b></p><p>Adiós` is two units and never `mundoAdiós`.
 */
import { parseTagged, type TaggedText } from '../tags/parse.js';
import { reinsertTags } from '../tags/reinsert.js';
import { detectSpans, type ProtectedSpan, type Range } from './detect.js';

export interface PlannedLine {
  /** The mt line (plain). */
  mt: string;
  /** The src line the model sees beside it; undefined: the line is not sent (blank). */
  src: string | undefined;
  /** What follows the line in the mt: its newline (`\n` or `\r\n`), or '' for the last. */
  sep: string;
  spans: ProtectedSpan[];
}

export interface SegmentPlan {
  src: TaggedText;
  mt: TaggedText;
  lines: PlannedLine[];
  /**
   * The tagged post-edit from each line's plain post-edit (undefined: that line's mt): the
   * lines joined with their newlines and the mt's tags put back (tags/reinsert.ts), piece by
   * piece where HTML block tags cut the segment.
   */
  rebuild(pes: readonly (string | undefined)[]): string;
}

/** `<mrk translate="no">` (XLIFF 2) and `<mrk mtype="protected">` (XLIFF 1.2) open tags. */
function protectsContent(raw: string): boolean {
  if (!/^<(?:[\w.-]+:)?mrk[\s>]/.test(raw)) return false;
  return /\stranslate\s*=\s*["']no["']/.test(raw) || /\smtype\s*=\s*["']protected["']/.test(raw);
}

/** Plain-text ranges inside protected `mrk` elements (tags paired by nesting order). */
export function protectedMarkRanges(t: TaggedText): Range[] {
  if (t.flavour !== 'xliff') return [];
  const stack: { offset: number; protects: boolean }[] = [];
  const out: Range[] = [];
  for (const tag of t.tags) {
    if (tag.role === 'open') stack.push({ offset: tag.offset, protects: protectsContent(tag.raw) });
    else if (tag.role === 'close') {
      const open = stack.pop();
      if (open?.protects === true && tag.offset > open.offset)
        out.push({ start: open.offset, end: tag.offset });
    }
  }
  return out;
}

function lines(s: string): { text: string; sep: string; start: number }[] {
  const out: { text: string; sep: string; start: number }[] = [];
  const re = /\r?\n/g;
  let at = 0;
  for (const m of s.matchAll(re)) {
    out.push({ text: s.slice(at, m.index), sep: m[0], start: at });
    at = m.index + m[0].length;
  }
  out.push({ text: s.slice(at), sep: '', start: at });
  return out;
}

/**
 * HTML elements whose tags end a segment unit (docs/protected-spans.md, "HTML boundaries"):
 * the block elements of HTML's rendering section, and the void elements that break a line.
 * Other void elements (`img`, `input`, `wbr`) sit inside a sentence and stay inline tags.
 */
export const HTML_BOUNDARY_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'head',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'option',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'ul',
]);

function isBoundaryTag(raw: string): boolean {
  const name = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(raw)?.[1];
  return name !== undefined && HTML_BOUNDARY_TAGS.has(name.toLowerCase());
}

/** A piece of an HTML segment: its text and inline tags, and the markup that follows it. */
interface Piece {
  tagged: TaggedText;
  /** The boundary markup after the piece, verbatim ('' after the last). */
  after: string;
}

/**
 * Cuts an `html` segment at its boundaries: a boundary is a run of tags and white space
 * holding at least one boundary tag, kept verbatim between the pieces. Undefined when
 * there is none (or the flavour is not html).
 */
export function htmlPieces(t: TaggedText): Piece[] | undefined {
  if (t.flavour !== 'html' || !t.tags.some((tag) => isBoundaryTag(tag.raw))) return undefined;
  // Items of the source in order: text between tags (its raw form) and tags. Text of the
  // html flavour holds no '<' (parse.ts refuses it), so each tag is the next '<' onwards.
  type Item = { start: number; end: number; tag: boolean; boundary: boolean; blank: boolean };
  const items: Item[] = [];
  let at = 0;
  for (const tag of t.tags) {
    const start = t.source.indexOf(tag.raw, at);
    if (start < 0) return undefined;
    if (start > at)
      items.push({
        start: at,
        end: start,
        tag: false,
        boundary: false,
        blank: t.source.slice(at, start).trim() === '',
      });
    items.push({
      start,
      end: start + tag.raw.length,
      tag: true,
      boundary: isBoundaryTag(tag.raw),
      blank: true,
    });
    at = start + tag.raw.length;
  }
  if (at < t.source.length)
    items.push({
      start: at,
      end: t.source.length,
      tag: false,
      boundary: false,
      blank: t.source.slice(at).trim() === '',
    });
  // Separators: maximal runs of tags and blank text that hold a boundary tag.
  const separators: { start: number; end: number }[] = [];
  let i = 0;
  while (i < items.length) {
    if (!(items[i]?.blank ?? false)) {
      i++;
      continue;
    }
    let j = i;
    let boundary = false;
    while (j < items.length && (items[j]?.blank ?? false)) {
      boundary ||= items[j]?.boundary ?? false;
      j++;
    }
    const first = items[i];
    const last = items[j - 1];
    if (boundary && first !== undefined && last !== undefined)
      separators.push({ start: first.start, end: last.end });
    i = j;
  }
  const pieces: Piece[] = [];
  let from = 0;
  for (const s of separators) {
    pieces.push({
      tagged: parseTagged(t.source.slice(from, s.start), 'html'),
      after: t.source.slice(s.start, s.end),
    });
    from = s.end;
  }
  pieces.push({ tagged: parseTagged(t.source.slice(from), 'html'), after: '' });
  return pieces;
}

/** The units of one stretch of plain text: its lines when src and mt have as many. */
function linesOf(
  src: string,
  mt: string,
  marks: readonly Range[],
  protect: boolean,
): PlannedLine[] {
  const mtLines = lines(mt);
  const srcLines = lines(src);
  const split = mtLines.length === srcLines.length;
  const units = split
    ? mtLines.map((l, i) => ({ ...l, src: srcLines[i]?.text ?? '' }))
    : [{ text: mt, sep: '', start: 0, src }];
  return units.map((u) => {
    const blank = u.text.trim() === '' || u.src.trim() === '';
    const mtRanges = marks
      .map((r) => ({
        start: Math.max(r.start, u.start) - u.start,
        end: Math.min(r.end, u.start + u.text.length) - u.start,
      }))
      .filter((r) => r.end > r.start);
    return {
      mt: u.text,
      src: blank ? undefined : u.src,
      sep: u.sep,
      spans: protect && !blank ? detectSpans(u.src, u.text, { mtRanges }) : [],
    };
  });
}

const joinLines = (ls: readonly PlannedLine[], pes: readonly (string | undefined)[]): string =>
  ls.map((l, i) => (pes[i] ?? l.mt) + l.sep).join('');

/**
 * Lines are post-edited one by one when src and mt have as many lines; otherwise the segment
 * is one unit (the model reads its newlines as spaces; the check still applies). A blank mt
 * or src line is not sent. `protect: false` finds no spans. With the `html` flavour, a
 * segment whose src and mt have as many pieces (htmlPieces) is cut into them first, each
 * piece then into its lines; with different counts it is planned as a whole, as above.
 */
export function planSegment(src: TaggedText, mt: TaggedText, protect: boolean): SegmentPlan {
  const srcPieces = htmlPieces(src);
  const mtPieces = htmlPieces(mt);
  if (srcPieces !== undefined && mtPieces !== undefined && srcPieces.length === mtPieces.length) {
    const perPiece = mtPieces.map((p, k) =>
      linesOf(srcPieces[k]?.tagged.plain ?? '', p.tagged.plain, [], protect),
    );
    return {
      src,
      mt,
      lines: perPiece.flat(),
      rebuild: (pes) => {
        let out = '';
        let first = 0;
        mtPieces.forEach((p, k) => {
          const ls = perPiece[k] ?? [];
          out +=
            reinsertTags(p.tagged, joinLines(ls, pes.slice(first, first + ls.length))) + p.after;
          first += ls.length;
        });
        return out;
      },
    };
  }
  const marks = protect ? protectedMarkRanges(mt) : [];
  const ls = linesOf(src.plain, mt.plain, marks, protect);
  return { src, mt, lines: ls, rebuild: (pes) => reinsertTags(mt, joinLines(ls, pes)) };
}
