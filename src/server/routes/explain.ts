import express, { Router } from 'express';
import { z } from 'zod';
import { SegmentTooLongError } from '../../model/segment.js';
import type { ServerConfig } from '../config.js';
import type { ModelSet } from '../models.js';
import { HttpError } from '../problem.js';
import type { Lifecycle } from './health.js';
import { fieldName, languagesSchema, requireJson } from './postedit.js';
import { wordDiff } from './word-diff.js';

export function explainRequestSchema(config: ServerConfig) {
  return z.strictObject({
    /** A served model's name (GET /v1/models); absent: the default model. */
    model: z.string().optional(),
    /** The pair to post-edit (manifest `languages`): picks the first model of that pair. */
    languages: languagesSchema.optional(),
    src: z.string(),
    mt: z.string(),
    options: z
      .strictObject({ beam: z.number().int().min(1).max(config.maxBeam).optional() })
      .optional(),
  });
}

export function diffRequestSchema(config: ServerConfig) {
  return z.strictObject({
    pairs: z
      .array(z.strictObject({ mt: z.string(), pe: z.string() }))
      .min(1)
      .max(config.maxSegmentsPerRequest),
  });
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = fieldName(issue?.path ?? []);
  throw new HttpError(400, 'Bad Request', `${field}: ${issue?.message ?? 'invalid'}`, { field });
}

/**
 * POST /v1/explain (one segment: output tokens, their probabilities, the context attention
 * per layer and head; docs/web.md) and POST /v1/diff (TER word diffs of mt against pe, for
 * the web page). Validation and errors as /v1/postedit's.
 */
export function explainRouter(deps: {
  models: ModelSet;
  config: ServerConfig;
  lifecycle: Lifecycle;
}): Router {
  const { models, config, lifecycle } = deps;
  const explainSchema = explainRequestSchema(config);
  const diffSchema = diffRequestSchema(config);
  const json = express.json({ limit: config.bodyLimitBytes, type: 'application/json' });
  const router = Router();
  router.post('/v1/explain', requireJson, json, async (req, res) => {
    if (!lifecycle.accepting) {
      throw new HttpError(503, 'Service Unavailable', 'the server is shutting down', {
        headers: { 'Retry-After': String(config.retryAfterS) },
      });
    }
    const body = parse(explainSchema, req.body);
    const { name, postEditor } = models.select(body.model, body.languages);
    const explain = postEditor.explain?.bind(postEditor);
    if (explain === undefined)
      throw new HttpError(501, 'Not Implemented', 'this model runtime cannot explain its output');
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
    const beam = body.options?.beam ?? Math.min(postEditor.info.decoding.beam, config.maxBeam);
    const e = await explain(prepared, { beam });
    res.json({ model: name, ...e });
  });
  router.post('/v1/diff', requireJson, json, (req, res) => {
    const body = parse(diffSchema, req.body);
    res.json({ pairs: body.pairs.map((p) => wordDiff(p.mt, p.pe)) });
  });
  return router;
}

const problem = { $ref: '#/components/responses/Problem' };
const number = { type: 'number' };
const json = (schema: object) => ({ 'application/json': { schema } });

/** The OpenAPI paths of this router (merged into src/server/openapi.ts's document). */
export function explainOpenApiPaths(
  config: ServerConfig,
  security: object[],
  modelField: object,
  languagesField: object,
): Record<string, unknown> {
  const segment = { type: 'string' };
  return {
    '/v1/explain': {
      post: {
        summary:
          'Post-edit one segment and show why: token probabilities and context attention per layer and head (docs/web.md)',
        security,
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: false,
                required: ['src', 'mt'],
                properties: {
                  model: modelField,
                  languages: languagesField,
                  src: segment,
                  mt: segment,
                  options: {
                    type: 'object',
                    additionalProperties: false,
                    properties: { beam: { type: 'integer', minimum: 1, maximum: config.maxBeam } },
                  },
                },
              },
              example: { src: 'El gato negro.', mt: 'The cat black.', options: { beam: 2 } },
            },
          },
        },
        responses: {
          '200': {
            description:
              '`attention[layer][head][i]` is the context attention of an output token on input position i (`input[i]`); exact zeros (entmax) are 0',
            content: json({
              type: 'object',
              required: ['model', 'pe', 'score', 'input', 'output', 'normalizer', 'alpha'],
              properties: {
                model: { type: 'string', description: 'The model that answered' },
                pe: { type: 'string' },
                score: number,
                input: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['token', 'side', 'special'],
                    properties: {
                      token: { type: 'string' },
                      side: { enum: ['src', 'mt'] },
                      special: { type: 'boolean' },
                    },
                  },
                },
                output: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['id', 'token', 'prob', 'attention'],
                    properties: {
                      id: { type: 'integer' },
                      token: { type: 'string' },
                      prob: number,
                      attention: {
                        type: 'array',
                        items: { type: 'array', items: { type: 'array', items: number } },
                      },
                    },
                  },
                },
                normalizer: { type: 'string' },
                alpha: {
                  type: ['array', 'null'],
                  description:
                    'α per [layer][head] of the context attention: 1 for softmax, 1.5 for 1.5-entmax, 2 for sparsemax, the learned values of α-entmax from ape.json (format version 2); null for an α-entmax model of format version 1, which does not store them',
                  items: { type: 'array', items: number },
                },
              },
            }),
          },
          '400': problem,
          '401': problem,
          '413': problem,
          '415': problem,
          '422': problem,
          '503': problem,
        },
      },
    },
    '/v1/diff': {
      post: {
        summary:
          'Word diff and TER of mt against pe (sacreBLEU TER, case-sensitive), for the web page',
        security,
        requestBody: {
          required: true,
          content: json({
            type: 'object',
            additionalProperties: false,
            required: ['pairs'],
            properties: {
              pairs: {
                type: 'array',
                minItems: 1,
                maxItems: config.maxSegmentsPerRequest,
                items: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['mt', 'pe'],
                  properties: { mt: segment, pe: segment },
                },
              },
            },
          }),
        },
        responses: {
          '200': {
            description:
              'One diff per pair: `ops` in pe order (equal, substitute, insert, delete; `shifted` marks mt words TER moved)',
            content: json({
              type: 'object',
              required: ['pairs'],
              properties: {
                pairs: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['edits', 'shifts', 'refLength', 'ter', 'ops'],
                  },
                },
              },
            }),
          },
          '400': problem,
          '401': problem,
          '413': problem,
          '415': problem,
        },
      },
    },
  };
}
