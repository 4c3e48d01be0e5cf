/**
 * Post-editing segments that carry inline tags: the model sees src and mt without tags
 * (it was never trained on them), and the mt's tags go back into its post-edit
 * (tags/reinsert.ts). The model is any function from plain segments to post-edits, so the
 * same code serves the HTTP routes (through the micro-batcher) and the XLIFF command.
 */
import type { Segment } from '../model/segment.js';
import { parseTagged, TagSyntaxError, type TagFlavour, type TaggedText } from './tags/parse.js';
import { reinsertTags } from './tags/reinsert.js';

export interface PlainPostEdit {
  pe: string;
  changed: boolean;
}

/** Throws SegmentError for a segment it cannot handle (e.g. too long for the model). */
export type PostEditPlain = (segments: Segment[]) => Promise<PlainPostEdit[]>;

export interface StrippedSegment {
  plain: Segment;
  mt: TaggedText;
}

/**
 * One segment of a batch could not be post-edited (bad markup, too long for the model): the
 * caller names the segment (an XLIFF unit, a request field) from `index`.
 */
export class SegmentError extends Error {
  constructor(
    readonly index: number,
    readonly side: 'src' | 'mt' | undefined,
    cause: Error,
  ) {
    super(`${side === undefined ? '' : side + ': '}${cause.message}`, { cause });
  }
}

/** Throws TagSyntaxError (tags/parse.ts) for markup that the flavour cannot split. */
export function stripSegment(segment: Segment, flavour: TagFlavour): StrippedSegment {
  const src = parseTagged(segment.src, flavour);
  const mt = parseTagged(segment.mt, flavour);
  return { plain: { src: src.plain, mt: mt.plain }, mt };
}

function stripAt(segment: Segment, flavour: TagFlavour, index: number): StrippedSegment {
  let side: 'src' | 'mt' = 'src';
  try {
    const src = parseTagged(segment.src, flavour);
    side = 'mt';
    const mt = parseTagged(segment.mt, flavour);
    return { plain: { src: src.plain, mt: mt.plain }, mt };
  } catch (err) {
    if (err instanceof TagSyntaxError) throw new SegmentError(index, side, err);
    throw err;
  }
}

/** Post-edits tagged segments; each result holds every tag of its mt, in the mt's order. */
export async function postEditTagged(
  segments: Segment[],
  flavour: TagFlavour,
  postEdit: PostEditPlain,
): Promise<PlainPostEdit[]> {
  const stripped = segments.map((s, i) => stripAt(s, flavour, i));
  const results = await postEdit(stripped.map((s) => s.plain));
  return results.map((r, i) => {
    const mt = (stripped[i] as StrippedSegment).mt;
    const pe = reinsertTags(mt, r.pe);
    return { pe, changed: pe !== mt.source };
  });
}

/**
 * For the HTTP route's `tags` option: the segments' plain text for the model, and how to
 * put each mt's tags back into a post-edit (or an n-best alternative). `onError` turns a
 * segment whose markup does not parse into the caller's error (HTTP 400 naming the field).
 */
export function tagsForRequest(
  segments: readonly Segment[],
  flavour: TagFlavour,
  onError: (index: number, side: 'src' | 'mt', message: string) => Error,
) {
  const stripped = segments.map((s, i) => {
    try {
      return stripAt(s, flavour, i);
    } catch (err) {
      if (err instanceof SegmentError && err.side !== undefined)
        throw onError(i, err.side, (err.cause as Error).message);
      throw err;
    }
  });
  return {
    plain: stripped.map((s) => s.plain),
    restore: (index: number, pe: string): string => {
      const s = stripped[index];
      return s === undefined || flavour === 'none' ? pe : reinsertTags(s.mt, pe);
    },
  };
}
