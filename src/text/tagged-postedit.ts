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
   * `mt`/`edit`: conservative decoding's choice, as the post-editor said (PostEditResult);
   * `gate`: the keep-or-edit gate kept the mt without decoding.
   */
  kept?: 'mt' | 'edit' | 'gate' | 'mt-protected';
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
  /** The decode that gave it: the line as it is, or with its protected spans stripped. */
  masking: 'keep' | 'strip';
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
  onAttempt?: (attempt: LineAttempt<R>, unmask: (pe: string) => string) => void,
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
      onAttempt?.(
        {
          segment: t.seg,
          line: t.line,
          masking: strategy,
          unit: t.unit,
          result,
          pe,
          ok,
          spans: l.spans,
        },
        t.unmask,
      );
      row[t.line] = ok ? { result, pe, masking: strategy, unmask: t.unmask } : 'failed';
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

/** decodeLines over a PostEditPlain, whose SegmentError names a line, renamed to its segment. */
function decodePlain<R extends PlainPostEdit>(
  plans: readonly SegmentPlan[],
  postEdit: (segments: Segment[]) => Promise<R[]>,
  onAttempt?: (attempt: LineAttempt<R>, unmask: (pe: string) => string) => void,
): Promise<Outcomes<R>> {
  return decodeLines(
    plans,
    async (units, owners) => {
      try {
        return await postEdit(units);
      } catch (err) {
        // The callee names a line; the caller knows segments.
        if (err instanceof SegmentError)
          throw new SegmentError(owners[err.index] ?? err.index, err.side, err.cause as Error);
        throw err;
      }
    },
    onAttempt,
  );
}

function plainAnswer<R extends PlainPostEdit>(
  plan: SegmentPlan,
  lines: readonly (LineOutcome<R> | 'failed' | undefined)[],
): PlainPostEdit {
  if (lines.includes('failed')) return { pe: plan.mt.source, changed: false, kept: 'mt-protected' };
  const pe = plan.rebuild(lines.map((o) => (o === undefined || o === 'failed' ? undefined : o.pe)));
  return { pe, changed: pe !== plan.mt.source };
}

async function finishPlain(
  plans: SegmentPlan[],
  postEdit: PostEditPlain,
): Promise<PlainPostEdit[]> {
  const outcomes = await decodePlain(plans, postEdit);
  return plans.map((plan, i) => plainAnswer(plan, outcomes[i] ?? []));
}

/** A plain post-edit with the beam's hypotheses, best first (PostEditResult's `nbest`). */
export interface NbestPostEdit extends PlainPostEdit {
  nbest: readonly { pe: string; score: number }[];
}

/** A post-edit and up to the asked number of other post-edits, distinct, best first. */
export interface PostEditWithAlternatives extends PlainPostEdit {
  alternatives: string[];
}

/**
 * Joins per-line alternatives into a text's: alternative k takes each line's k-th alternative
 * (a line with fewer keeps its best); those equal to the best or to an earlier one are left
 * out, and at most `max` are kept.
 */
export function joinAlternatives(
  best: string,
  lines: readonly { best: string | undefined; alternatives: readonly string[] }[],
  join: (lines: (string | undefined)[]) => string,
  max: number,
): string[] {
  const out: string[] = [];
  const longest = Math.max(0, ...lines.map((l) => l.alternatives.length));
  for (let k = 0; k < longest && out.length < max; k++) {
    const text = join(lines.map((l) => l.alternatives[k] ?? l.best));
    if (text !== best && !out.includes(text)) out.push(text);
  }
  return out;
}

/**
 * postEditParsed (the same post-edits) with each segment's alternatives from the n-best that
 * `postEdit` answers (ask it for `alternatives` + 1 hypotheses). A line's alternatives are its
 * hypotheses after its best, in score order, each with the line's protected spans put back and
 * kept (a hypothesis that breaks one is never offered), distinct; a line decoded as it was and
 * then stripped takes them from the decode that gave its post-edit, a line whose decodes all
 * broke a span (the segment keeps its mt: `mt-protected`) from all of them, by score.
 * Alternative k of a segment joins its lines' k-th (joinAlternatives), tags put back.
 */
export async function postEditParsedAlternatives(
  segments: readonly { src: TaggedText; mt: TaggedText }[],
  postEdit: (segments: Segment[]) => Promise<NbestPostEdit[]>,
  alternatives: number,
  options: ProtectOptions = {},
): Promise<PostEditWithAlternatives[]> {
  const plans = segments.map((s) => planSegment(s.src, s.mt, options.protect ?? true));
  // every span-keeping hypothesis of each line, per decode (keep, then strip)
  const hyps: { pe: string; score: number; masking: 'keep' | 'strip' }[][][] = plans.map((p) =>
    p.lines.map(() => []),
  );
  const outcomes = await decodePlain(plans, postEdit, (attempt, unmask) => {
    const l = plans[attempt.segment]?.lines[attempt.line];
    const into = hyps[attempt.segment]?.[attempt.line];
    if (l === undefined || into === undefined) return;
    for (const h of attempt.result.nbest) {
      const pe = unmask(h.pe);
      if (spansKept(l.mt, l.spans, pe)) into.push({ pe, score: h.score, masking: attempt.masking });
    }
  });
  return plans.map((plan, i) => {
    const lines = outcomes[i] ?? [];
    const base = plainAnswer(plan, lines);
    const failed = base.kept === 'mt-protected';
    const perLine = plan.lines.map((l, j) => {
      const o = lines[j];
      const own = hyps[i]?.[j] ?? [];
      // the line's best: its post-edit, or its mt where the segment keeps the mt
      const best = typeof o === 'object' && !failed ? o.pe : undefined;
      const from =
        typeof o === 'object'
          ? own.filter((h) => h.masking === o.masking)
          : [...own].sort((a, b) => b.score - a.score);
      const alts: string[] = [];
      for (const h of from) if (h.pe !== (best ?? l.mt) && !alts.includes(h.pe)) alts.push(h.pe);
      return { best, alternatives: alts };
    });
    return {
      ...base,
      alternatives: joinAlternatives(base.pe, perLine, (pes) => plan.rebuild(pes), alternatives),
    };
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
  /** null: no line was decoded (the keep-or-edit gate kept every line's mt). */
  score: number | null;
  kept?: 'mt' | 'edit' | 'gate' | 'mt-protected';
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
  const scores = decoded.flatMap((o) => (o.result.score === null ? [] : [o.result.score]));
  // the mean over the decoded lines; null when the gate kept every line (nothing to score)
  const score = decoded.length > 0 && scores.length === 0 ? null : mean(scores);
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
      : {
          // 'gate' only when the gate kept every line; a line it kept beside decoded ones is mt
          kept: kepts.every((k) => k === 'gate')
            ? kepts.length === decoded.length
              ? ('gate' as const)
              : ('edit' as const)
            : kepts.includes('edit')
              ? ('edit' as const)
              : ('mt' as const),
        };
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
