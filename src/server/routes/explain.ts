import type { Response } from 'express';
import { Router } from 'express';
import type { Explanation, InputToken, OutputStep } from '../../model/explain.js';
import type { PostEditResult } from '../../model/post-editor.js';
import { SegmentTooLongError, type Segment } from '../../model/segment.js';
import { tagsForRequest, type LineAttempt } from '../../text/tagged-postedit.js';
import type { ServerConfig } from '../config.js';
import type { ModelSet } from '../models.js';
import { HttpError } from '../problem.js';
import type { Lifecycle } from './health.js';
import type { RequestSchemas } from '../schemas.js';
import { jsonBody, parseBody, refuseWhenStopping } from '../validate.js';

/** `options.attention` of a request: which [layer][head] rows an answer carries. */
type AttentionChoice = 'all' | 'none' | { layer?: number; head?: number };

/**
 * An attention weight as JSON, the shorter of its plain and exponent forms (`1.234e-5`, not
 * `0.00001234`); both parse to the same number. At most 8 characters for a weight in [0, 1]
 * rounded to 4 significant digits (src/model/explain.ts), so an attention value costs at most
 * 9 bytes of the answer with its comma (docs/http-api.md, POST /v1/explain).
 */
export function attentionNumber(x: number): string {
  if (!Number.isFinite(x)) return 'null';
  const plain = String(x);
  const exp = x.toExponential();
  return exp.length < plain.length ? exp : plain;
}

/** One output step as JSON, with only the chosen rows of its attention. */
function stepJson(step: OutputStep, line: number, choice: AttentionChoice): string {
  const wanted = (l: number, h: number): boolean =>
    choice === 'all' ||
    (choice !== 'none' &&
      (choice.layer === undefined || choice.layer === l) &&
      (choice.head === undefined || choice.head === h));
  const attention = step.attention
    .map(
      (layer, l) =>
        `[${layer.map((row, h) => (wanted(l, h) ? `[${row.map(attentionNumber).join(',')}]` : '[]')).join(',')}]`,
    )
    .join(',');
  return `{"line":${line},"id":${step.id},"token":${JSON.stringify(step.token)},"prob":${JSON.stringify(step.prob)},"attention":[${attention}]}`;
}

/** Resolves once `res` may take more (its buffer drained) or the client has gone. */
function drained(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** One line of the segment as explained: what was decoded last for it (see explainRouter). */
interface ExplainedLine {
  /** The line's index in the segment's plan (its mt lines, in order). */
  line: number;
  masking: 'keep' | 'strip' | null;
  /** What the model was given for this line (the masked src and mt), or null: not sent. */
  src: string | null;
  mt: string | null;
  /** Whether the shown decode kept every protected span (false: the segment fell back). */
  kept: boolean | null;
  spans: { kind: string; start: number; end: number; text: string }[];
  explanation: Explanation | undefined;
}

interface ExplainAnswer {
  pe: string;
  score: number;
  kept?: 'mt-protected';
  lines: ExplainedLine[];
  normalizer: Explanation['normalizer'];
  alpha: Explanation['alpha'];
}

/**
 * Writes the answer one output token at a time, yielding to the event loop between tokens and
 * waiting while the client's socket is full, so that a large answer never holds the loop in
 * one JSON.stringify and never piles up in memory for a slow reader.
 */
async function writeAnswer(
  res: Response,
  model: string,
  a: ExplainAnswer,
  choice: AttentionChoice,
): Promise<void> {
  const input: (InputToken & { line: number })[] = a.lines.flatMap((l) =>
    (l.explanation?.input ?? []).map((t) => ({ line: l.line, ...t })),
  );
  const head = JSON.stringify({
    model,
    pe: a.pe,
    score: a.score,
    ...(a.kept === undefined ? {} : { kept: a.kept }),
    lines: a.lines.map((l) => ({
      masking: l.masking,
      src: l.src,
      mt: l.mt,
      kept: l.kept,
      spans: l.spans,
    })),
    input,
    normalizer: a.normalizer,
    alpha: a.alpha,
  });
  res.status(200).type('application/json');
  res.write(`${head.slice(0, -1)},"output":[`);
  let first = true;
  for (const l of a.lines)
    for (const step of l.explanation?.output ?? []) {
      if (res.destroyed) return;
      const ok = res.write(`${first ? '' : ','}${stepJson(step, l.line, choice)}`);
      first = false;
      if (!ok) await drained(res);
      else await new Promise((resolve) => setImmediate(resolve));
    }
  res.end(']}');
}

/**
 * POST /v1/explain: one segment post-edited, with its output tokens, their probabilities and
 * the context attention per layer and head (docs/web.md). Validation and errors as
 * /v1/postedit's. The segment goes through the same pipeline as /v1/postedit's (tags `none`,
 * protected spans on: src/text/tagged-postedit.ts), so `pe` and `score` are what /v1/postedit
 * answers for it; the tokens shown per line are those of the line's last decode: as sent
 * (`masking: "keep"`), or with its protected spans stripped (`"strip"`) when the first decode
 * broke one, in which case `input` and `output` are of the stripped text. At most `maxExplainQueue` explanations are admitted at once (decoding,
 * waiting for the model's explain worker, or being written); more get 503 with Retry-After.
 */
export function explainRouter(deps: {
  models: ModelSet;
  config: ServerConfig;
  lifecycle: Lifecycle;
  schemas: RequestSchemas;
}): Router {
  const { models, config, lifecycle } = deps;
  const explainSchema = deps.schemas.explain;
  const router = Router();
  let admitted = 0;
  router.post(
    '/v1/explain',
    ...jsonBody(config),
    refuseWhenStopping(lifecycle, config),
    async (req, res) => {
      const body = parseBody(explainSchema, req);
      const { name, postEditor } = models.select(body.model, body.languages);
      const explain = postEditor.explain?.bind(postEditor);
      if (explain === undefined)
        throw new HttpError(501, 'Not Implemented', 'this model runtime cannot explain its output');
      const choice: AttentionChoice = body.options?.attention ?? 'all';
      if (typeof choice === 'object') {
        const { layers, heads } = postEditor.info.architecture;
        for (const [key, n] of [
          ['layer', layers],
          ['head', heads],
        ] as const) {
          const asked = choice[key];
          if (asked !== undefined && asked >= n) {
            const field = `options.attention.${key}`;
            throw new HttpError(
              400,
              'Bad Request',
              `${field}: model "${name}" has ${n} ${key}s, numbered 0 to ${n - 1}; got ${asked}`,
              { field },
            );
          }
        }
      }
      const onError = (_i: number, side: 'src' | 'mt', message: string) =>
        new HttpError(400, 'Bad Request', `${side}: ${message}`, { field: side });
      const tagged = tagsForRequest([{ src: body.src, mt: body.mt }], 'none', onError);
      const prepare = (unit: Segment) => {
        try {
          return postEditor.prepare(unit);
        } catch (err) {
          if (err instanceof SegmentTooLongError)
            throw new HttpError(422, 'Unprocessable Content', `${err.side}: ${err.message}`, {
              field: err.side,
            });
          throw err;
        }
      };
      // Every line is checked before admission (a stripped line is never longer).
      const plan = tagged.plans[0];
      for (const l of plan?.lines ?? []) if (l.src !== undefined) prepare({ src: l.src, mt: l.mt });
      if (admitted >= config.maxExplainQueue)
        throw new HttpError(
          503,
          'Service Unavailable',
          `${admitted} explanations are already being computed or waiting (this server's maxExplainQueue is ${config.maxExplainQueue}); retry after ${config.retryAfterS} s`,
          { headers: { 'Retry-After': String(config.retryAfterS) } },
        );
      admitted++;
      try {
        const beam = body.options?.beam ?? Math.min(postEditor.info.decoding.beam, config.maxBeam);
        type Explained = PostEditResult & { explanation: Explanation };
        const explainUnits = async (units: Segment[]): Promise<Explained[]> => {
          const out: Explained[] = [];
          // One at a time: the model explains in one worker thread.
          for (const unit of units) {
            const e = await explain(prepare(unit), { beam });
            out.push({
              pe: e.pe,
              changed: e.pe !== unit.mt,
              score: e.score,
              tokens: e.output.length,
              nbest: [{ pe: e.pe, score: e.score }],
              explanation: e,
            });
          }
          return out;
        };
        const last = new Map<number, LineAttempt<Explained>>();
        const [answer] = await tagged.run(explainUnits, 1, (a) => last.set(a.line, a));
        const lines: ExplainedLine[] = (plan?.lines ?? []).map((l, i) => {
          const a = last.get(i);
          return {
            line: i,
            masking: a?.masking ?? null,
            src: a?.unit.src ?? null,
            mt: a?.unit.mt ?? null,
            kept: a?.ok ?? null,
            spans: l.spans.map((s) => ({ kind: s.kind, start: s.start, end: s.end, text: s.text })),
            explanation: a?.result.explanation,
          };
        });
        const some = lines.find((l) => l.explanation !== undefined)?.explanation;
        const normalizer = some?.normalizer ?? postEditor.info.architecture.normalizers.context;
        await writeAnswer(
          res,
          name,
          {
            pe: answer?.pe ?? body.mt,
            score: answer?.score ?? 0,
            ...(answer?.kept === 'mt-protected' ? { kept: 'mt-protected' as const } : {}),
            lines,
            normalizer,
            alpha: some?.alpha ?? null,
          },
          choice,
        );
      } finally {
        admitted--;
      }
    },
  );
  return router;
}
