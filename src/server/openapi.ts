import type { ModelInfo } from '../model/post-editor.js';
import type { ServerConfig } from './config.js';
import { explainOpenApiPaths } from './routes/explain.js';

const problem = { $ref: '#/components/responses/Problem' };

/**
 * The OpenAPI 3.1 description served at GET /openapi.json. Limits come from the running
 * config so the document states what this server enforces; test/server/openapi.test.ts
 * checks that every path here answers and that the examples pass the request validator.
 */
export function openApiDocument(config: ServerConfig, model: ModelInfo): Record<string, unknown> {
  const secured = config.apiKeys.length > 0;
  const security = secured ? [{ bearer: [] }, { apiKey: [] }] : [];
  return {
    openapi: '3.1.0',
    info: {
      title: 'ape: automatic post-editing',
      version: '1',
      description: `Post-edits machine translation (${model.languages.src} → ${model.languages.tgt}) with model "${model.name}". Errors are RFC 9457 problem details. See docs/http-api.md.`,
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
      ...explainOpenApiPaths(config, security),
      '/v1/models': {
        get: {
          summary: 'The loaded model',
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
              description: `Source sentence (${model.languages.src}); at most ${model.maxSrcTokens} tokens, else 422`,
            },
            mt: {
              type: 'string',
              description: `Machine translation (${model.languages.tgt}); at most ${model.maxMtTokens} tokens, else 422`,
            },
          },
        },
        PosteditRequest: {
          type: 'object',
          additionalProperties: false,
          required: ['segments'],
          properties: {
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
                    "Conservative decoding: the mt's own score is computed too (forced decoding, same length penalty), and the mt comes back unchanged unless score − mtScore > keepMtMargin. null: off. Default: the model's decoding.keepMtMargin",
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
            model: { type: 'string' },
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

export const EXAMPLE_REQUEST = {
  segments: [{ src: 'El gato está en la alfombra.', mt: 'The cat is in the carpet.' }],
  options: { beam: 4 },
};
