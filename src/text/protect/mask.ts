/**
 * Masking protected spans for the model and restoring them in its output
 * (docs/protected-spans.md, "Masking"). Three strategies, compared there on the default model:
 * - `placeholder` (the default): each distinct span text becomes a placeholder token, the same
 *   in src and mt, that the model copies; restoring swaps placeholders back.
 * - `strip`: spans leave the text, as inline tags do (tags/reinsert.ts carries them back by
 *   word alignment).
 * - `keep`: the model sees the spans; only the check below applies.
 * Whatever the strategy, `spansKept` decides whether a post-edit may be sent.
 */
import { reinsertTags } from '../tags/reinsert.js';
import type { PlacedTag, TaggedText } from '../tags/parse.js';
import { countOccurrences, type ProtectedSpan } from './detect.js';

export type MaskStrategy = 'placeholder' | 'strip' | 'keep';
export const MASK_STRATEGIES: readonly MaskStrategy[] = ['placeholder', 'strip', 'keep'];

/** The placeholder of the k-th distinct span text (k from 0). */
export function placeholder(k: number): string {
  return `xx${k + 1}`;
}

export interface MaskedPair {
  /** What the model sees. */
  src: string;
  mt: string;
  /** The spans of the unmasked mt. */
  spans: ProtectedSpan[];
  /** The unmasked mt. */
  original: string;
  /** Puts the spans back into a post-edit of the masked pair (not yet checked). */
  unmask(pe: string): string;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole occurrences of `texts` in `s` (longest text first where two overlap). */
function occurrences(
  s: string,
  texts: readonly string[],
): { start: number; end: number; k: number }[] {
  const found: { start: number; end: number; k: number }[] = [];
  texts.forEach((t, k) => {
    let from = 0;
    for (;;) {
      const at = s.indexOf(t, from);
      if (at < 0) break;
      const before = s[at - 1];
      const after = s[at + t.length];
      const word = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}\p{M}_]/u.test(c);
      const whole = !(word(t[0]) && word(before)) && !(word(t[t.length - 1]) && word(after));
      if (whole) {
        found.push({ start: at, end: at + t.length, k });
        from = at + t.length;
      } else from = at + 1;
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: typeof found = [];
  let end = 0;
  for (const f of found) {
    if (f.start < end) continue;
    out.push(f);
    end = f.end;
  }
  return out;
}

/** Removes ranges with one neighbouring space each, as standalone tags that carry it. */
function stripRanges(
  s: string,
  ranges: readonly { start: number; end: number }[],
): { plain: string; tags: PlacedTag[] } {
  let plain = '';
  let at = 0;
  const tags: PlacedTag[] = [];
  for (const r of ranges) {
    let start = r.start;
    let end = r.end;
    // A span standing as a word of its own takes one space with it; a glued one takes none.
    const free = (c: string | undefined) => c === undefined || /[\s\p{P}]/u.test(c);
    if (free(s[start - 1]) && free(s[end])) {
      if (start > at && start - 1 > 0 && s[start - 1] === ' ') start--;
      else if (s[end] === ' ') end++;
    }
    plain += s.slice(at, start);
    tags.push({ raw: s.slice(start, end), role: 'standalone', offset: plain.length });
    at = end;
  }
  return { plain: plain + s.slice(at), tags };
}

/** Masks the spans of `mt` (found by detectSpans on this pair) in both src and mt. */
export function maskPair(
  src: string,
  mt: string,
  spans: readonly ProtectedSpan[],
  strategy: MaskStrategy,
): MaskedPair {
  const base = { spans: [...spans], original: mt };
  if (spans.length === 0 || strategy === 'keep') return { ...base, src, mt, unmask: (pe) => pe };
  const texts = [...new Set(spans.map((s) => s.text))].sort((a, b) => b.length - a.length);
  const kOf = new Map(texts.map((t, k) => [t, k]));
  const mtRanges = spans.map((s) => ({ start: s.start, end: s.end, k: kOf.get(s.text) ?? 0 }));
  const srcRanges = occurrences(src, texts);
  if (strategy === 'placeholder') {
    const names = texts.map((_, k) => placeholder(k));
    // A placeholder glued to anything (a letter, another span) could merge with it into one
    // word: it gets a space on that side, dropped again when restoring.
    const glued = texts.map(() => ({ left: false, right: false }));
    const word = (c: string | undefined) => c !== undefined && !/\s/u.test(c);
    const padded = (
      text: string,
      ranges: readonly { start: number; end: number; k: number }[],
      record: boolean,
    ): string => {
      let out = '';
      let at = 0;
      for (const r of ranges) {
        const left = word(text[r.start - 1]);
        const right = word(text[r.end]);
        const g = glued[r.k];
        if (record && g !== undefined && !g.left && !g.right) {
          g.left = left;
          g.right = right;
        }
        out += text.slice(at, r.start) + (left ? ' ' : '') + placeholder(r.k) + (right ? ' ' : '');
        at = r.end;
      }
      return out + text.slice(at);
    };
    const maskedMt = padded(mt, mtRanges, true);
    const re = new RegExp(
      `(\\s*)(?<![\\p{L}\\p{N}_])(${names.map(escapeRe).join('|')})(?![\\p{L}\\p{N}_])(\\s*)`,
      'giu',
    );
    return {
      ...base,
      src: padded(src, srcRanges, false),
      mt: maskedMt,
      unmask: (pe) =>
        pe.replace(re, (_whole, before: string, p: string, after: string) => {
          const k = names.indexOf(p.toLowerCase());
          const g = glued[k];
          const text = texts[k] ?? p;
          return (g?.left === true ? '' : before) + text + (g?.right === true ? '' : after);
        }),
    };
  }
  const stripped = stripRanges(mt, mtRanges);
  const tagged: TaggedText = {
    flavour: 'none',
    source: mt,
    plain: stripped.plain,
    tags: stripped.tags,
  };
  const srcStripped = stripRanges(src, srcRanges).plain;
  return {
    ...base,
    src: srcStripped,
    mt: stripped.plain,
    unmask: (pe) => reinsertTags(tagged, pe),
  };
}

/**
 * The guarantee: every protected span text of the mt occurs in `pe` exactly as many times
 * as in the mt, both counted as whole occurrences (detect.ts countOccurrences).
 */
export function spansKept(mt: string, spans: readonly ProtectedSpan[], pe: string): boolean {
  for (const text of new Set(spans.map((s) => s.text)))
    if (countOccurrences(pe, text) !== countOccurrences(mt, text)) return false;
  return true;
}
