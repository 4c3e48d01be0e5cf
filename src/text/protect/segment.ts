/**
 * A segment as the model gets it under protection (docs/protected-spans.md): its mt and src
 * plain text (inline tags split off) cut into lines, each line's protected spans, and the
 * XLIFF `mrk` content that is protected whatever it holds.
 */
import type { TaggedText } from '../tags/parse.js';
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
 * Lines are post-edited one by one when src and mt have as many lines; otherwise the segment
 * is one unit (the model reads its newlines as spaces; the check still applies). A blank mt
 * or src line is not sent. `protect: false` finds no spans.
 */
export function planSegment(src: TaggedText, mt: TaggedText, protect: boolean): SegmentPlan {
  const mtLines = lines(mt.plain);
  const srcLines = lines(src.plain);
  const marks = protect ? protectedMarkRanges(mt) : [];
  const split = mtLines.length === srcLines.length;
  const units = split
    ? mtLines.map((l, i) => ({ ...l, src: srcLines[i]?.text ?? '' }))
    : [{ text: mt.plain, sep: '', start: 0, src: src.plain }];
  return {
    src,
    mt,
    lines: units.map((u) => {
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
    }),
  };
}
