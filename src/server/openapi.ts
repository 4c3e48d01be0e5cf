import type { ModelInfo } from '../model/post-editor.js';
import type { ServerConfig } from './config.js';
import type { ModelSet } from './models.js';
import { explainOpenApiPaths } from './routes/explain.js';

const problem = { $ref: '#/components/responses/Problem' };

/**
 * The OpenAPI 3.1 description served at GET /openapi.json. Limits come from the running
 * config so the document states what this server enforces; test/server/openapi.test.ts
 * checks that every path here answers and that the examples pass the request validator.
 */
export function openApiDocument(config: ServerConfig, models: ModelSet): Record<string, unknown> {
  const secured = config.apiKeys.length > 0;
  const security = secured ? [{ bearer: [] }, { apiKey: [] }] : [];
  const model = models.default.postEditor.info;
  const served = models.all
    .map((m) => {
      const l = m.postEditor.info.languages;
      return `"${m.name}" (${l.src} → ${l.tgt}${m.isDefault ? ', the default' : ''})`;
    })
    .join(', ');
  const modelField = {
    type: 'string',
    enum: models.names,
    default: models.default.name,
    description:
      'The model to use (GET /v1/models); absent: the default. An unknown name is a 400 on the field `model` that lists the known ones',
  };
  const languagesField = {
    type: 'object',
    additionalProperties: false,
    required: ['src', 'tgt'],
    properties: { src: { type: 'string', minLength: 1 }, tgt: { type: 'string', minLength: 1 } },
    description:
      "The language pair to post-edit (as in GET /v1/models): picks the first served model of that pair, codes compared as ISO 639-3 (`es`, `spa` and `es-ES` are one language). With `model`, checked against that model's pair. A pair no model serves is a 400 on the field `languages`",
  };
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
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/PosteditRequest' },
                example: EXAMPLE_REQUEST,
              },
            },
          },
          responses: {
            '200': {
              description: 'One result per segment, in request order',
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/PosteditResponse' } },
              },
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
      ...explainOpenApiPaths(config, security, modelField, languagesField),
      '/v1/models': {
        get: {
          summary:
            'The served models, the default first (`default: true`), each with its languages, limits, decoding defaults and beam range',
          security,
          responses: {
            '200': {
              description: 'Models',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: { models: { type: 'array', items: { type: 'object' } } },
                    required: ['models'],
                  },
                },
              },
            },
            '401': problem,
          },
        },
      },
      '/healthz': {
        get: {
          summary: 'Liveness: the process answers',
          responses: {
            '200': {
              description: 'Alive',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
          },
        },
      },
      '/readyz': {
        get: {
          summary: 'Readiness: model loaded, not shutting down',
          responses: {
            '200': {
              description: 'Ready',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
            '503': {
              description: 'Shutting down',
              content: { 'application/json': { schema: { type: 'object' } } },
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
            '200': {
              description: 'OpenAPI 3.1',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        Segment: {
          type: 'object',
          additionalProperties: false,
          required: ['src', 'mt'],
          properties: {
            src: {
              type: 'string',
              description: `Source sentence; at most ${tokenLimits(models, (i) => i.maxSrcTokens)} tokens, else 422`,
            },
            mt: {
              type: 'string',
              description: `Machine translation; at most ${tokenLimits(models, (i) => i.maxMtTokens)} tokens, else 422`,
            },
          },
        },
        PosteditRequest: {
          type: 'object',
          additionalProperties: false,
          required: ['segments'],
          properties: {
            model: modelField,
            languages: languagesField,
            segments: {
              type: 'array',
              minItems: 1,
              maxItems: config.maxSegmentsPerRequest,
              items: { $ref: '#/components/schemas/Segment' },
            },
            options: {
              type: 'object',
              additionalProperties: false,
              properties: {
                beam: {
                  type: 'integer',
                  minimum: 1,
                  maximum: config.maxBeam,
                  default: Math.min(model.decoding.beam, config.maxBeam),
                  description:
                    "Default: the chosen model's decoding.beam (GET /v1/models, `beam.default`); the one shown is the default model's",
                },
                nbest: {
                  type: 'integer',
                  minimum: 1,
                  default: 1,
                  description: 'Alternatives per segment (≤ beam); returned as `nbest` when > 1',
                },
                keepMtMargin: {
                  type: ['number', 'null'],
                  minimum: 0,
                  default: model.decoding.keepMtMargin ?? null,
                  description:
                    "Conservative decoding: the mt's own score is computed too (forced decoding, same length penalty), and the mt comes back unchanged unless score − mtScore > keepMtMargin. null: off. Default: the chosen model's decoding.keepMtMargin (the one shown is the default model's)",
                },
              },
            },
            tags: {
              type: 'string',
              enum: ['omegat', 'xliff', 'html', 'none'],
              default: 'none',
              description:
                "Inline tags in src/mt: stripped for the model, the mt's tags carried into the pe (docs/cat-tools.md)",
            },
          },
        },
        Result: {
          type: 'object',
          required: ['pe', 'changed', 'score'],
          properties: {
            pe: { type: 'string' },
            changed: {
              type: 'boolean',
              description: 'The output tokens differ from the mt tokens',
            },
            score: {
              type: 'number',
              description:
                "Length-normalized log-probability of the model's best edit (docs/model-format.md, Decoding); of pe unless the mt was kept",
            },
            kept: {
              type: 'string',
              enum: ['mt', 'edit'],
              description: 'Only with keepMtMargin: pe is the mt, verbatim, or the edit',
            },
            mtScore: {
              type: 'number',
              description:
                "Only with keepMtMargin: the mt's score under the model, comparable to score",
            },
            nbest: {
              type: 'array',
              items: {
                type: 'object',
                required: ['pe', 'score'],
                properties: { pe: { type: 'string' }, score: { type: 'number' } },
              },
            },
          },
        },
        PosteditResponse: {
          type: 'object',
          required: ['model', 'segments'],
          properties: {
            model: { type: 'string', description: 'The model that answered' },
            segments: { type: 'array', items: { $ref: '#/components/schemas/Result' } },
          },
        },
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'detail'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            field: { type: 'string', description: 'The request field at fault (400, 422)' },
            instance: { type: 'string' },
          },
        },
      },
      responses: {
        Problem: {
          description: 'Problem details',
          content: {
            'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
          },
        },
      },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
      },
    },
  };
}

/** `64` when every model has that limit, else `64 (model "a"), 128 (model "b")`. */
function tokenLimits(models: ModelSet, limit: (info: ModelInfo) => number): string {
  const limits = models.all.map((m) => limit(m.postEditor.info));
  if (limits.every((n) => n === limits[0])) return String(limits[0]);
  return models.all.map((m, i) => `${limits[i]} (model "${m.name}")`).join(', ');
}

export const EXAMPLE_REQUEST = {
  segments: [{ src: 'El gato está en la alfombra.', mt: 'The cat is in the carpet.' }],
  options: { beam: 4 },
};
