import type { Response } from 'express';
import { Router } from 'express';
import type { Explanation, OutputStep } from '../../model/explain.js';
import { SegmentTooLongError } from '../../model/segment.js';
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
function stepJson(step: OutputStep, choice: AttentionChoice): string {
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
  return `{"id":${step.id},"token":${JSON.stringify(step.token)},"prob":${JSON.stringify(step.prob)},"attention":[${attention}]}`;
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

/**
 * Writes the answer one output token at a time, yielding to the event loop between tokens and
 * waiting while the client's socket is full, so that a large answer never holds the loop in
 * one JSON.stringify and never piles up in memory for a slow reader.
 */
async function writeAnswer(
  res: Response,
  model: string,
  e: Explanation,
  choice: AttentionChoice,
): Promise<void> {
  const { output, ...rest } = e;
  const head = JSON.stringify({ model, ...rest });
  res.status(200).type('application/json');
  res.write(`${head.slice(0, -1)},"output":[`);
  for (const [t, step] of output.entries()) {
    if (res.destroyed) return;
    const ok = res.write(`${t === 0 ? '' : ','}${stepJson(step, choice)}`);
    if (!ok) await drained(res);
    else await new Promise((resolve) => setImmediate(resolve));
  }
  res.end(']}');
}

/**
 * POST /v1/explain: one segment post-edited, with its output tokens, their probabilities and
 * the context attention per layer and head (docs/web.md). Validation and errors as
 * /v1/postedit's. At most `maxExplainQueue` explanations are admitted at once (decoding,
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
      let prepared;
      try {
        prepared = postEditor.prepare({ src: body.src, mt: body.mt });
      } catch (err) {
        if (err instanceof SegmentTooLongError)
          throw new HttpError(422, 'Unprocessable Content', `${err.side}: ${err.message}`, {
            field: err.side,
          });
        throw err;
      }
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
        const e = await explain(prepared, { beam });
        await writeAnswer(res, name, e, choice);
      } finally {
        admitted--;
      }
    },
  );
  return router;
}
