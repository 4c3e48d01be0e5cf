import { z } from 'zod';
import type { ServerConfig } from './config.js';
import type { ModelSet } from './models.js';
import {
  diffResponseSchema,
  explainResponseSchema,
  healthResponseSchema,
  modelsResponseSchema,
  posteditResponseSchema,
  problemSchema,
  readyResponseSchema,
  resultSchema,
  type RequestSchemas,
} from './schemas.js';

type JsonSchema = Record<string, unknown>;

const SAFE_INTEGER = new Set([Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]);

/**
 * zod's JSON Schema made plain for an OpenAPI 3.1 document: no `$schema`/`$id` on each
 * component, `anyOf: [X, {type: null}]` written `type: [X.type, 'null']` (the same schema;
 * X's keywords only constrain values of its type), and zod's implicit safe-integer bounds of
 * `.int()` dropped.
 */
function plain(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(plain);
  if (typeof node !== 'object' || node === null) return node;
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === '$schema' || k === '$id') continue;
    if ((k === 'minimum' || k === 'maximum') && typeof v === 'number' && SAFE_INTEGER.has(v))
      continue;
    out[k] = plain(v);
  }
  const any = out.anyOf;
  if (Array.isArray(any) && any.length === 2) {
    const nul = any.findIndex((b: JsonSchema) => b.type === 'null' && Object.keys(b).length === 1);
    const other = any[1 - nul] as JsonSchema | undefined;
    if (nul >= 0 && other !== undefined && typeof other.type === 'string') {
      delete out.anyOf;
      return { ...other, ...out, type: [other.type, 'null'] };
    }
  }
  return out;
}

const jsonSchema = (schema: z.ZodType): JsonSchema =>
  plain(z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' })) as JsonSchema;

const problem = { $ref: '#/components/responses/Problem' };
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (schema: object, example?: object) => ({
  'application/json': { schema, ...(example === undefined ? {} : { example }) },
});

export const EXAMPLE_REQUEST = {
  segments: [{ src: 'El gato está en la alfombra.', mt: 'The cat is in the carpet.' }],
  options: { beam: 4 },
};
export const EXAMPLE_EXPLAIN = {
  src: 'El gato negro.',
  mt: 'The cat black.',
  options: { beam: 2 },
};
export const EXAMPLE_DIFF = { pairs: [{ mt: 'The cat black.', pe: 'The black cat.' }] };

/**
 * The OpenAPI 3.1 description served at GET /openapi.json, its bodies generated from the
 * zod schemas the routes validate with (`schemas`: requestSchemas of this config and these
 * models) and the response schemas of schemas.ts, so limits and model names are what this
 * server enforces. test/server/openapi.test.ts checks that every route is documented and that
 * the examples pass both the document's schemas and the routes' validation.
 */
export function openApiDocument(
  config: ServerConfig,
  models: ModelSet,
  schemas: RequestSchemas,
): Record<string, unknown> {
  const security = config.apiKeys.length > 0 ? [{ bearer: [] }, { apiKey: [] }] : [];
  const served = models.all
    .map((m) => {
      const l = m.postEditor.info.languages;
      return `"${m.name}" (${l.src} → ${l.tgt}${m.isDefault ? ', the default' : ''})`;
    })
    .join(', ');
  const registry = z.registry<{ id: string }>();
  registry.add(schemas.segment, { id: 'Segment' });
  registry.add(schemas.postedit, { id: 'PosteditRequest' });
  registry.add(resultSchema, { id: 'Result' });
  registry.add(posteditResponseSchema, { id: 'PosteditResponse' });
  registry.add(problemSchema, { id: 'Problem' });
  const components = plain(
    z.toJSONSchema(registry, {
      target: 'draft-2020-12',
      io: 'input',
      uri: (id) => `#/components/schemas/${id}`,
    }).schemas,
  ) as Record<string, JsonSchema>;
  return {
    openapi: '3.1.0',
    info: {
      title: 'ape: automatic post-editing',
      version: '1',
      description: `Post-edits machine translation with ${models.all.length === 1 ? 'model' : 'the models'} ${served}. Errors are RFC 9457 problem details. See docs/http-api.md.`,
    },
    paths: {
      '/v1/postedit': {
        post: {
          summary: 'Post-edit segments (src + mt → pe), answered in request order',
          security,
          requestBody: { required: true, content: json(ref('PosteditRequest'), EXAMPLE_REQUEST) },
          responses: {
            '200': {
              description: 'One result per segment, in request order',
              content: json(ref('PosteditResponse')),
            },
            '400': problem,
            '401': problem,
            '413': problem,
            '415': problem,
            '422': problem,
            '503': { ...problem, description: 'Queue full or shutting down; see Retry-After' },
            '504': problem,
          },
        },
      },
      '/v1/explain': {
        post: {
          summary:
            'Post-edit one segment and show why: token probabilities and context attention per layer and head (docs/web.md)',
          security,
          requestBody: {
            required: true,
            content: json(jsonSchema(schemas.explain), EXAMPLE_EXPLAIN),
          },
          responses: {
            '200': {
              description:
                '`attention[layer][head][i]` is the context attention of an output token on input position i (`input[i]`); exact zeros (entmax) are 0',
              content: json(jsonSchema(explainResponseSchema)),
            },
            '400': problem,
            '401': problem,
            '413': problem,
            '415': problem,
            '422': problem,
            '503': { ...problem, description: 'Shutting down; see Retry-After' },
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
            content: json(jsonSchema(schemas.diff), EXAMPLE_DIFF),
          },
          responses: {
            '200': {
              description:
                'One diff per pair: `ops` in pe order (equal, substitute, insert, delete; `shifted` marks mt words TER moved)',
              content: json(jsonSchema(diffResponseSchema)),
            },
            '400': problem,
            '401': problem,
            '413': problem,
            '415': problem,
            '503': { ...problem, description: 'Shutting down; see Retry-After' },
          },
        },
      },
      '/v1/models': {
        get: {
          summary:
            'The served models, the default first (`default: true`), each with its languages, limits, decoding defaults and beam range',
          security,
          responses: {
            '200': { description: 'Models', content: json(jsonSchema(modelsResponseSchema)) },
            '401': problem,
          },
        },
      },
      '/healthz': {
        get: {
          summary: 'Liveness: the process answers',
          responses: {
            '200': { description: 'Alive', content: json(jsonSchema(healthResponseSchema)) },
          },
        },
      },
      '/readyz': {
        get: {
          summary: 'Readiness: model loaded, not shutting down',
          responses: {
            '200': { description: 'Ready', content: json(jsonSchema(readyResponseSchema)) },
            '503': {
              description: 'Shutting down',
              content: json(jsonSchema(readyResponseSchema)),
            },
          },
        },
      },
      '/metrics': {
        get: {
          summary: 'Prometheus metrics (text format 0.0.4)',
          responses: {
            '200': {
              description: 'Metrics',
              content: { 'text/plain': { schema: { type: 'string' } } },
            },
          },
        },
      },
      '/openapi.json': {
        get: {
          summary: 'This document',
          responses: {
            '200': { description: 'OpenAPI 3.1', content: json({ type: 'object' }) },
          },
        },
      },
    },
    components: {
      schemas: components,
      responses: {
        Problem: {
          description: 'Problem details',
          content: { 'application/problem+json': { schema: ref('Problem') } },
        },
      },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
      },
    },
  };
}
