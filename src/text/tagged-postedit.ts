/**
 * Post-editing segments that carry inline tags and protected spans: the model sees src and mt
 * without tags (it was never trained on them), line by line, and the mt's tags go back into
 * its post-edit (tags/reinsert.ts). Protected spans (URLs, placeholders, names...:
 * docs/protected-spans.md) must come out of the model exactly as often as they are in the mt;
 * a line whose post-edit breaks one is decoded again with its spans stripped out, and if that
 * breaks one too, the segment is answered with its mt (`kept: "mt-protected"`). The model is
 * any function from plain segments to post-edits, so the same code serves the HTTP routes
 * (through the micro-batcher) and the XLIFF command.
 */
import type { PostEditResult } from '../model/post-editor.js';
import type { Segment } from '../model/segment.js';
import { maskPair, spansKept } from './protect/mask.js';
import { planSegment, type SegmentPlan } from './protect/segment.js';
import type { ProtectedSpan } from './protect/detect.js';
import { parseTagged, TagSyntaxError, type TagFlavour, type TaggedText } from './tags/parse.js';

export interface PlainPostEdit {
  pe: string;
  changed: boolean;
  /**
   * `mt-protected`: the post-edit broke a protected span, so `pe` is the mt, verbatim;
   * `mt`/`edit`: conservative decoding's choice, as the post-editor said (PostEditResult).
   */
  kept?: 'mt' | 'edit' | 'mt-protected';
}

export interface ProtectOptions {
  /** Protected spans (docs/protected-spans.md); default true. Lines are split either way. */
  protect?: boolean;
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

/** A decoded line: the model's result and its post-edit with the spans put back. */
interface LineOutcome<R> {
  result: R;
  pe: string;
  /** Puts the spans back into another output of the same masked line (an n-best entry). */
  unmask: (pe: string) => string;
}

/** Per segment, per line: its outcome, `undefined` for a line not sent, or 'failed'. */
type Outcomes<R> = (LineOutcome<R> | 'failed' | undefined)[][];

/** One decode of one line, as /v1/explain shows it (src/server/routes/explain.ts). */
export interface LineAttempt<R> {
  /** The segment's index and the line's index in its plan. */
  segment: number;
  line: number;
  /** `keep`: the model saw the line as it is; `strip`: with its protected spans taken out. */
  masking: 'keep' | 'strip';
  /** What the model was given. */
  unit: Segment;
  result: R;
  /** The post-edit with the spans put back. */
  pe: string;
  /** Whether `pe` kept every protected span of the line (else the line failed this round). */
  ok: boolean;
  /** The line's protected spans (offsets into its mt). */
  spans: readonly ProtectedSpan[];
}

/**
 * Decodes every sent line: first as it is (the model reads spans better than holes:
 * docs/protected-spans.md, "Masking"), then, for the lines whose post-edit broke a protected
 * span, once more with the spans stripped (masked like inline tags). `decode` gets the lines
 * to post-edit and, for each, the index of its segment.
 */
async function decodeLines<R extends { pe: string }>(
  plans: readonly SegmentPlan[],
  decode: (units: Segment[], owners: number[]) => Promise<R[]>,
  onAttempt?: (attempt: LineAttempt<R>) => void,
): Promise<Outcomes<R>> {
  const out: Outcomes<R> = plans.map((p) => p.lines.map(() => undefined));
  for (const strategy of ['keep', 'strip'] as const) {
    const todo: {
      seg: number;
      line: number;
      unmask: (pe: string) => string;
      unit: Segment;
    }[] = [];
    plans.forEach((p, seg) =>
      p.lines.forEach((l, line) => {
        if (l.src === undefined) return;
        if (strategy === 'strip' && out[seg]?.[line] !== 'failed') return;
        const masked = maskPair(l.src, l.mt, l.spans, strategy);
        todo.push({ seg, line, unmask: masked.unmask, unit: { src: masked.src, mt: masked.mt } });
      }),
    );
    if (todo.length === 0) break;
    const results = await decode(
      todo.map((t) => t.unit),
      todo.map((t) => t.seg),
    );
    todo.forEach((t, k) => {
      const result = results[k];
      const l = plans[t.seg]?.lines[t.line];
      const row = out[t.seg];
      if (result === undefined || l === undefined || row === undefined) return;
      const pe = t.unmask(result.pe);
      const ok = spansKept(l.mt, l.spans, pe);
      onAttempt?.({
        segment: t.seg,
        line: t.line,
        masking: strategy,
        unit: t.unit,
        result,
        pe,
        ok,
        spans: l.spans,
      });
      row[t.line] = ok ? { result, pe, unmask: t.unmask } : 'failed';
    });
  }
  return out;
}

/** Throws SegmentError (with the segment's index) for markup that does not parse. */
function planAt(
  segment: Segment,
  flavour: TagFlavour,
  index: number,
  protect: boolean,
): SegmentPlan {
  const { src, mt } = parseAt(segment, flavour, index);
  return planSegment(src, mt, protect);
}

function parseAt(
  segment: Segment,
  flavour: TagFlavour,
  index: number,
): { src: TaggedText; mt: TaggedText } {
  let side: 'src' | 'mt' = 'src';
  try {
    const src = parseTagged(segment.src, flavour);
    side = 'mt';
    return { src, mt: parseTagged(segment.mt, flavour) };
  } catch (err) {
    if (err instanceof TagSyntaxError) throw new SegmentError(index, side, err);
    throw err;
  }
}

/**
 * Post-edits segments already split into tags and text; each result holds every tag of its
 * mt, in the mt's order, and every protected span of the mt (or is the mt, kept).
 */
export async function postEditParsed(
  segments: readonly { src: TaggedText; mt: TaggedText }[],
  postEdit: PostEditPlain,
  options: ProtectOptions = {},
): Promise<PlainPostEdit[]> {
  const plans = segments.map((s) => planSegment(s.src, s.mt, options.protect ?? true));
  return finishPlain(plans, postEdit);
}

async function finishPlain(
  plans: SegmentPlan[],
  postEdit: PostEditPlain,
): Promise<PlainPostEdit[]> {
  const outcomes = await decodeLines(plans, async (units, owners) => {
    try {
      return await postEdit(units);
    } catch (err) {
      // The callee names a line; the caller knows segments.
      if (err instanceof SegmentError)
        throw new SegmentError(owners[err.index] ?? err.index, err.side, err.cause as Error);
      throw err;
    }
  });
  return plans.map((plan, i) => {
    const lines = outcomes[i] ?? [];
    if (lines.includes('failed'))
      return { pe: plan.mt.source, changed: false, kept: 'mt-protected' };
    const pe = plan.rebuild(
      lines.map((o) => (o === undefined || o === 'failed' ? undefined : o.pe)),
    );
    return { pe, changed: pe !== plan.mt.source };
  });
}

/**
 * Post-edits tagged segments; each result holds every tag of its mt, in the mt's order, and
 * every protected span of the mt, or is the mt with `kept: "mt-protected"`.
 */
export async function postEditTagged(
  segments: Segment[],
  flavour: TagFlavour,
  postEdit: PostEditPlain,
  options: ProtectOptions = {},
): Promise<PlainPostEdit[]> {
  const plans = segments.map((s, i) => planAt(s, flavour, i, options.protect ?? true));
  return finishPlain(plans, postEdit);
}

/** One segment's answer on the HTTP route (src/server/schemas.ts resultSchema). */
export interface RequestAnswer {
  pe: string;
  changed: boolean;
  score: number;
  kept?: 'mt' | 'edit' | 'mt-protected';
  mtScore?: number;
  nbest?: { pe: string; score: number }[];
}

const mean = (xs: readonly number[]) =>
  xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * For the HTTP route: parses each segment's tags (`onError` turns a segment whose markup
 * does not parse into the caller's error, HTTP 400 naming the field) and plans its lines and
 * protected spans; `run` decodes through the caller's `decode` (which gets the lines and, for
 * each, its segment's index, to name it in an error) and answers each segment. A segment of
 * several lines scores the mean of its lines; with `nbest` > 1, its k-th alternative joins
 * its lines' k-th alternatives, and alternatives that break a protected span are left out.
 */
export function tagsForRequest(
  segments: readonly Segment[],
  flavour: TagFlavour,
  onError: (index: number, side: 'src' | 'mt', message: string) => Error,
  options: ProtectOptions = {},
) {
  const plans = segments.map((s, i) => {
    try {
      return planAt(s, flavour, i, options.protect ?? true);
    } catch (err) {
      if (err instanceof SegmentError && err.side !== undefined)
        throw onError(i, err.side, (err.cause as Error).message);
      throw err;
    }
  });
  return {
    plans,
    /** `onAttempt` sees every decode of every line, in order (/v1/explain shows the last). */
    run: async <R extends PostEditResult>(
      decode: (units: Segment[], owners: number[]) => Promise<R[]>,
      nbest: number,
      onAttempt?: (attempt: LineAttempt<R>) => void,
    ): Promise<RequestAnswer[]> => {
      const outcomes = await decodeLines(plans, decode, onAttempt);
      return plans.map((plan, i) => answer(plan, outcomes[i] ?? [], nbest));
    },
  };
}

function answer(
  plan: SegmentPlan,
  lines: readonly (LineOutcome<PostEditResult> | 'failed' | undefined)[],
  nbest: number,
): RequestAnswer {
  const decoded = lines.filter((o): o is LineOutcome<PostEditResult> => typeof o === 'object');
  const score = mean(decoded.map((o) => o.result.score));
  const mtScores = decoded.flatMap((o) =>
    o.result.mtScore === undefined ? [] : [o.result.mtScore],
  );
  const mtScore = mtScores.length > 0 ? { mtScore: mean(mtScores) } : {};
  if (lines.includes('failed'))
    return { pe: plan.mt.source, changed: false, score, kept: 'mt-protected', ...mtScore };
  const pe = plan.rebuild(lines.map((o) => (typeof o === 'object' ? o.pe : undefined)));
  const kepts = decoded.flatMap((o) => (o.result.kept === undefined ? [] : [o.result.kept]));
  const kept =
    kepts.length === 0
      ? {}
      : { kept: kepts.includes('edit') ? ('edit' as const) : ('mt' as const) };
  const changed =
    plan.lines.length === 1 && decoded[0] !== undefined
      ? decoded[0].result.changed
      : pe !== plan.mt.source;
  const out: RequestAnswer = { pe, changed, score, ...kept, ...mtScore };
  if (nbest > 1) {
    const alternatives: { pe: string; score: number }[] = [];
    for (let k = 0; k < nbest; k++) {
      const pes: (string | undefined)[] = [];
      const scores: number[] = [];
      let ok = true;
      plan.lines.forEach((l, j) => {
        const o = lines[j];
        if (typeof o !== 'object') return pes.push(undefined);
        const alt = o.result.nbest[k];
        const altPe = alt === undefined ? undefined : o.unmask(alt.pe);
        if (alt === undefined || altPe === undefined || !spansKept(l.mt, l.spans, altPe))
          ok = false;
        else scores.push(alt.score);
        return pes.push(altPe);
      });
      if (ok) alternatives.push({ pe: plan.rebuild(pes), score: mean(scores) });
    }
    out.nbest = alternatives;
  }
  return out;
}
