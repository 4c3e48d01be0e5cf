import { ApeError } from '../errors.js';
import type { MtUnit } from './detokenize.js';
import { encoderInput, type EncoderInput } from './encoder-input.js';
import type { Manifest } from './manifest.js';
import type { ApeTokenizer } from './tokenizer.js';

/** One (src, mt) pair to post-edit. */
export interface Segment {
  src: string;
  mt: string;
}

/**
 * A side longer than the model's `maxSrcTokens`/`maxMtTokens`: refused, never cut
 * (docs/model-format.md, "Encoder input"). The server answers 422, the CLI names the line.
 * Only the sides the model's `input.layout` reads are checked: a src-only baseline takes any mt,
 * an mt-only one any src.
 */
export class SegmentTooLongError extends ApeError {
  override name = 'SegmentTooLongError';
  constructor(
    readonly side: 'src' | 'mt',
    readonly tokens: number,
    readonly limit: number,
    /** The segment's index in the request or batch, when known. */
    readonly index?: number,
  ) {
    super(
      `${index === undefined ? '' : `segment ${index}: `}${side} has ${tokens} tokens, more than this model's limit of ${limit} (split the segment)`,
    );
  }
}

/** A segment tokenized and laid out for the encoder, with what detokenization needs. */
export interface PreparedSegment {
  segment: Segment;
  input: EncoderInput;
  mtIds: number[];
  mtUnits: MtUnit[];
}

export function prepareSegment(
  segment: Segment,
  tokenizer: ApeTokenizer,
  manifest: Manifest,
): PreparedSegment {
  const { layout, maxSrcTokens, maxMtTokens } = manifest.input;
  // the mt is tokenized whatever the layout: detokenization, conservative and drafted decoding
  // follow it; the src only when the encoder reads it
  const srcIds = layout === 'bert-pair-mt-only' ? [] : tokenizer.encode(segment.src);
  const mtIds = tokenizer.encode(segment.mt);
  if (srcIds.length > maxSrcTokens)
    throw new SegmentTooLongError('src', srcIds.length, maxSrcTokens);
  if (layout !== 'bert-pair-src-only' && mtIds.length > maxMtTokens)
    throw new SegmentTooLongError('mt', mtIds.length, maxMtTokens);
  return {
    segment,
    input: encoderInput(layout, srcIds, mtIds, manifest.specialTokens),
    mtIds,
    mtUnits: tokenizer.units(segment.mt),
  };
}
