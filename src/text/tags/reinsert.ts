/**
 * Carries every inline tag of the MT into the post-edit: each tag exactly once, in the MT's
 * order, so the post-edit's tags nest exactly as the MT's did.
 *
 * The rule (docs/cat-tools.md, "Inline tags"):
 * 1. Tokenize mt (cut at every tag) and pe, and align them (align.ts: Levenshtein over
 *    tokens, monotone).
 * 2. A tag sits in a gap between mt tokens. It attaches to a neighbouring mt token:
 *    an opening tag to the token after it, a closing tag to the token before it; a standalone
 *    tag (`<x/>`, `<ph/>`, `<br>`) to the token it touches without white space, the one after it
 *    if it touches both or neither.
 * 3. A tag attached to the token after it goes right before the pe token aligned to the
 *    first aligned mt token at or after its gap (the end of pe if none); a tag attached to the
 *    token before it goes right after the pe token aligned to the last aligned mt token before
 *    its gap (the start of pe if none). So tags around words the post-edit deleted collapse
 *    onto the nearest aligned neighbour.
 * 4. Positions are then made non-decreasing in mt order (each tag goes no earlier than the one
 *    before it). The tags thus come out in the mt's order; the order of tags alone decides
 *    their nesting, so output nesting equals input nesting.
 * Text between tags is re-escaped for the flavour (encodeText). A pe identical to the mt's
 * plain text gives back the mt exactly, tags and entities as they were.
 */
import { alignTokens, tokenize, type Token } from './align.js';
import { encodeText, type PlacedTag, type TaggedText } from './parse.js';

type Side = 'before' | 'after';

/** Which mt token a tag attaches to: the one after it ('before' it) or the one before it. */
function attachment(tag: PlacedTag, plain: string): Side {
  if (tag.role === 'open') return 'before';
  if (tag.role === 'close') return 'after';
  const prev = plain[tag.offset - 1];
  const next = plain[tag.offset];
  const touchesPrev = prev !== undefined && !/\s/.test(prev);
  const touchesNext = next !== undefined && !/\s/.test(next);
  return touchesPrev && !touchesNext ? 'after' : 'before';
}

/** UTF-16 offset in pe where each tag of `mt` goes (rule steps 1 to 4). */
export function tagPositions(mt: TaggedText, pe: string): number[] {
  const mtTokens = tokenize(
    mt.plain,
    mt.tags.map((t) => t.offset),
  );
  const peTokens: Token[] = tokenize(pe);
  const aligned = alignTokens(mtTokens, peTokens);
  const peEnd = peTokens.length > 0 ? (peTokens[peTokens.length - 1] as Token).end : pe.length;
  let floor = 0;
  return mt.tags.map((tag) => {
    // The gap: how many mt tokens end at or before the tag.
    let gap = 0;
    while (gap < mtTokens.length && (mtTokens[gap] as Token).end <= tag.offset) gap++;
    let pos: number;
    if (attachment(tag, mt.plain) === 'before') {
      let i = gap;
      while (i < mtTokens.length && (aligned[i] ?? -1) < 0) i++;
      const j = i < mtTokens.length ? (aligned[i] ?? -1) : -1;
      pos = j >= 0 ? (peTokens[j] as Token).start : peEnd;
    } else {
      let i = gap - 1;
      while (i >= 0 && (aligned[i] ?? -1) < 0) i--;
      const j = i >= 0 ? (aligned[i] ?? -1) : -1;
      pos = j >= 0 ? (peTokens[j] as Token).end : 0;
    }
    floor = Math.max(floor, pos);
    return floor;
  });
}

/** The post-edit with the mt's tags put back (see the rule above). */
export function reinsertTags(mt: TaggedText, pe: string): string {
  if (pe === mt.plain) return mt.source;
  const positions = tagPositions(mt, pe);
  let out = '';
  let at = 0;
  mt.tags.forEach((tag, k) => {
    const pos = positions[k] ?? pe.length;
    out += encodeText(pe.slice(at, pos), mt.flavour) + tag.raw;
    at = pos;
  });
  return out + encodeText(pe.slice(at), mt.flavour);
}
