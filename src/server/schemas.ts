/**
 * The HTTP API's bodies as zod schemas. The routes validate requests with `requestSchemas`
 * (built from the server's config and models, so limits and model names are this server's),
 * and GET /openapi.json (openapi.ts) is generated from these same schemas, their
 * descriptions included; the response schemas type what the handlers write.
 */
import { z } from 'zod';
import { INPUT_LAYOUTS } from '../model/manifest.js';
import type { ModelInfo } from '../model/post-editor.js';
import type { ServerConfig } from './config.js';
import type { ModelSet } from './models.js';

/** `languages` of /v1/postedit and /v1/explain: language codes as manifests and CAT tools write them. */
export const languagesSchema = z
  .strictObject({ src: z.string().min(1), tgt: z.string().min(1) })
  .describe(
    "The language pair to post-edit (as in GET /v1/models): picks the first served model of that pair, codes compared as ISO 639-3 (`es`, `spa` and `es-ES` are one language). With `model`, checked against that model's pair. A pair no model serves is a 400 on the field `languages`",
  );

/** `64` when every model has that limit, else `64 (model "a"), 128 (model "b")`. */
function tokenLimits(models: ModelSet, limit: (info: ModelInfo) => number): string {
  const limits = models.all.map((m) => limit(m.postEditor.info));
  if (limits.every((n) => n === limits[0])) return String(limits[0]);
  return models.all.map((m, i) => `${limits[i]} (model "${m.name}")`).join(', ');
}

/** Whitespace-separated words, as /v1/diff splits them (routes/word-diff.ts). */
function words(s: string): number {
  return s.match(/\S+/g)?.length ?? 0;
}

/**
 * The request bodies of the /v1 routes for a server with this config and these models. The
 * `model` field validates as any string (an unknown name is ModelSet.pick's 400, which lists
 * the known ones) and is documented as the enum of served names.
 */
export function requestSchemas(config: ServerConfig, models: ModelSet) {
  const info = models.default.postEditor.info;
  const model = z
    .string()
    .meta({
      enum: models.names,
      default: models.default.name,
      description:
        'The model to use (GET /v1/models); absent: the default. An unknown name is a 400 on the field `model` that lists the known ones',
    })
    .optional();
  const languages = languagesSchema.optional();
  // Empty or blank text is a 400: there is nothing to post-edit, and a model given nothing
  // invents text ("A - - - file").
  const text = z.string().regex(/\S/, 'is empty or only white space: give the text to post-edit');
  const src = text.describe(
    `Source sentence, not blank; at most ${tokenLimits(models, (i) => i.maxSrcTokens)} tokens, else 422`,
  );
  const mt = text.describe(
    `Machine translation, not blank; at most ${tokenLimits(models, (i) => i.maxMtTokens)} tokens, else 422`,
  );
  const segment = z.strictObject({ src, mt });
  const beam = z
    .number()
    .int()
    .min(1)
    .max(config.maxBeam)
    .meta({
      default: Math.min(info.decoding.beam, config.maxBeam),
      description:
        "Default: the chosen model's decoding.beam (GET /v1/models, `beam.default`); the one shown is the default model's",
    });
  const postedit = z.strictObject({
    model,
    languages,
    segments: z.array(segment).min(1).max(config.maxSegmentsPerRequest),
    options: z
      .strictObject({
        beam: beam.optional(),
        nbest: z
          .number()
          .int()
          .min(1)
          .meta({
            default: 1,
            description: 'Alternatives per segment (≤ beam); returned as `nbest` when > 1',
          })
          .optional(),
        keepMtMargin: z
          .number()
          .nonnegative()
          .nullable()
          .meta({
            default: info.decoding.keepMtMargin ?? null,
            description:
              "Conservative decoding (src/model/forced.ts): the mt's own score is computed too (forced decoding, same length penalty), and the mt comes back unchanged unless score − mtScore > keepMtMargin. null: off. Default: the chosen model's decoding.keepMtMargin (the one shown is the default model's)",
          })
          .optional(),
        protect: z
          .boolean()
          .meta({
            default: true,
            description:
              "Protected spans (docs/protected-spans.md): URLs, e-mail addresses, placeholders, markup, numbers, paths and names of the mt must come out verbatim, as often as in the mt, or the segment keeps its mt (kept: 'mt-protected'). false: off (lines are still post-edited one by one)",
          })
          .optional(),
        gate: z
          .boolean()
          .meta({
            default: true,
            description:
              "The model's keep-or-edit gate (docs/model-format.md, Keep-or-edit gate; GET /v1/models `gate`): a segment whose pi(edit) is exactly 0 comes back as its mt without decoding (kept: 'gate', score null). false: every segment is decoded. No effect on a model without a gate or a server started with --no-gate",
          })
          .optional(),
      })
      .optional(),
    tags: z
      .enum(['omegat', 'xliff', 'html', 'none'])
      .meta({
        default: 'none',
        description:
          "Inline tags in src/mt: stripped for the model, the mt's tags carried into the pe (src/text/tags/, docs/cat-tools.md)",
      })
      .optional(),
  });
  const explain = z.strictObject({
    model,
    languages,
    src,
    mt,
    options: z
      .strictObject({
        beam: beam.optional(),
        attention: z
          .union([
            z.enum(['all', 'none']),
            z.strictObject({
              layer: z.number().int().min(0).optional(),
              head: z.number().int().min(0).optional(),
            }),
          ])
          .meta({
            default: 'all',
            description:
              "Which context attention to send: `all` layers and heads; `none`; or `{layer, head}` (0-based, either may be left out to mean all): the rows not asked for are `[]`, so `attention[layer][head]` keeps its indices. A layer or head the model does not have is a 400 on the field `options.attention.layer`/`.head`. The answer's size is bounded (docs/http-api.md, POST /v1/explain)",
          })
          .optional(),
      })
      .optional(),
  });
  const side = (name: 'mt' | 'pe') =>
    z
      .string()
      .refine((s) => words(s) <= config.maxDiffWordsPerSide, {
        message: `more than ${config.maxDiffWordsPerSide} words (this server's maxDiffWordsPerSide); split the segment or diff it offline (ape eval)`,
      })
      .describe(
        `${name === 'mt' ? 'The machine translation' : 'Its post-edit'}; at most ${config.maxDiffWordsPerSide} whitespace-separated words, else 400`,
      );
  const diff = z.strictObject({
    pairs: z
      .array(z.strictObject({ mt: side('mt'), pe: side('pe') }))
      .min(1)
      .max(config.maxSegmentsPerRequest)
      .superRefine((pairs, ctx) => {
        const total = pairs.reduce((n, p) => n + words(p.mt) + words(p.pe), 0);
        if (total > config.maxDiffWords)
          ctx.addIssue({
            code: 'custom',
            message: `${total} words in all (mt and pe of every pair), more than ${config.maxDiffWords} (this server's maxDiffWords); send the pairs in several requests`,
          });
      })
      .describe(
        `At most ${config.maxSegmentsPerRequest} pairs and ${config.maxDiffWords} words in all (mt and pe of every pair), else 400`,
      ),
  });
  return { segment, postedit, explain, diff };
}

export type RequestSchemas = ReturnType<typeof requestSchemas>;

const alternative = z.object({ pe: z.string(), score: z.number() });

export const resultSchema = z.object({
  pe: z.string(),
  changed: z.boolean().describe('The output tokens differ from the mt tokens'),
  score: z
    .number()
    .nullable()
    .describe(
      "Length-normalized log-probability of the model's best edit (docs/model-format.md, Decoding); of pe unless the mt was kept. null: the keep-or-edit gate kept the mt and nothing was decoded (kept: 'gate')",
    ),
  kept: z
    .enum(['mt', 'edit', 'gate', 'mt-protected'])
    .describe(
      "With keepMtMargin: pe is the mt, verbatim ('mt'), or the edit ('edit'). 'gate' (models with a keep-or-edit gate): the gate gave the segment pi(edit) = 0, so pe is the mt, verbatim, not decoded (score null, no mtScore or nbest). 'mt-protected' (whatever keepMtMargin): the post-edit lost, duplicated or altered a protected span of the mt (a URL, placeholder, tag, number, name: docs/protected-spans.md), so pe is the mt, verbatim",
    )
    .optional(),
  mtScore: z
    .number()
    .describe("Only with keepMtMargin: the mt's score under the model, comparable to score")
    .optional(),
  nbest: z
    .array(alternative)
    .describe(
      "Only with options.nbest > 1: that many alternatives, best first (none where kept is 'gate': nothing was decoded)",
    )
    .optional(),
});

const answeredBy = z.string().describe('The model that answered');

export const posteditResponseSchema = z.object({
  model: answeredBy,
  segments: z.array(resultSchema),
});
export type PosteditResponse = z.infer<typeof posteditResponseSchema>;

export const explainResponseSchema = z.object({
  model: answeredBy,
  pe: z
    .string()
    .describe('What /v1/postedit answers for this segment (protected spans and lines alike)'),
  score: z.number(),
  kept: z
    .enum(['mt-protected'])
    .describe(
      "As /v1/postedit's: every decode of some line broke a protected span, so pe is the mt; that line's tokens are of its last, rejected, decode",
    )
    .optional(),
  lines: z
    .array(
      z.object({
        masking: z
          .enum(['keep', 'strip'])
          .nullable()
          .describe(
            "The decode whose tokens are shown: 'keep' (the line as sent) or 'strip' (its protected spans taken out of src and mt, after the 'keep' decode broke one); null: a blank line, not sent",
          ),
        src: z.string().nullable().describe('The src the model read for this line (masked)'),
        mt: z.string().nullable().describe('The mt the model read for this line (masked)'),
        kept: z
          .boolean()
          .nullable()
          .describe('Whether that decode kept every protected span of the line'),
        spans: z
          .array(
            z.object({ kind: z.string(), start: z.number(), end: z.number(), text: z.string() }),
          )
          .describe("The line's protected spans (UTF-16 offsets into its unmasked mt line)"),
      }),
    )
    .describe(
      'The segment cut into lines as /v1/postedit cuts it (newlines, when src and mt have as many: docs/protected-spans.md)',
    ),
  input: z
    .array(
      z.object({
        line: z.number().int(),
        token: z.string(),
        side: z.enum(['src', 'mt']),
        special: z.boolean(),
      }),
    )
    .describe(
      'Per line, the encoder input `[CLS] src [SEP] mt [SEP]` as the model read it, as tokens',
    ),
  output: z.array(
    z.object({
      line: z.number().int(),
      id: z.number().int(),
      token: z.string(),
      prob: z.number(),
      attention: z
        .array(z.array(z.array(z.number())))
        .describe(
          '`attention[layer][head][i]`: the context attention of this token on the i-th input token of its line, 4 significant digits; `[]` for a layer or head not asked for (options.attention)',
        ),
    }),
  ),
  normalizer: z.string().describe('The context attention normalizer (ape.json architecture)'),
  alpha: z
    .array(z.array(z.number()))
    .nullable()
    .describe(
      'α per [layer][head] of the context attention: 1 for softmax, 1.5 for 1.5-entmax, 2 for sparsemax, the learned values of α-entmax from ape.json (format version 2); null for an α-entmax model of format version 1, which does not store them',
    ),
});
export type ExplainResponse = z.infer<typeof explainResponseSchema>;

export const diffResponseSchema = z.object({
  pairs: z.array(
    z.object({
      edits: z
        .number()
        .describe("TER edits: shifts + the edit distance after them (sacreBLEU's lib_ter)"),
      shifts: z.number().int(),
      refLength: z.number().describe("The pe's length in words"),
      ter: z.number().nullable().describe('edits / refLength; null for an empty pe'),
      ops: z.array(
        z.object({
          op: z.enum(['equal', 'substitute', 'insert', 'delete']),
          mt: z.string().optional(),
          pe: z.string().optional(),
          shifted: z.boolean().describe('The mt word was moved by one of the TER shifts'),
        }),
      ),
    }),
  ),
});
export type DiffResponse = z.infer<typeof diffResponseSchema>;

export const modelsResponseSchema = z.object({
  models: z.array(
    z.looseObject({
      name: z.string().describe('The name requests use (`model`)'),
      manifestName: z
        .string()
        .describe("The manifest's name, when `ape serve` serves the model under another")
        .optional(),
      default: z.boolean().describe('The model a request without `model` or `languages` gets'),
      languages: z.object({ src: z.string(), tgt: z.string() }),
      maxSrcTokens: z.number().int(),
      maxMtTokens: z.number().int(),
      inputLayout: z
        .enum(INPUT_LAYOUTS)
        .describe(
          'What the model\'s encoder reads: `bert-pair` is post-editing (src and mt); `bert-pair-src-only` a translation baseline that never reads the mt, `bert-pair-mt-only` one that never reads the src (docs/model-format.md, "Encoder input")',
        ),
      shortlist: z
        .boolean()
        .describe(
          "Whether decoding uses the model's output-vocabulary shortlist (false: the model has none, or `ape serve --full-vocab`)",
        ),
      lexicon: z
        .boolean()
        .describe(
          "Whether decoding uses the model's target lexicon, /v1/explain included (false: the model has none, or `ape serve --no-lexicon`)",
        ),
      gate: z
        .boolean()
        .describe(
          "Whether the model's keep-or-edit gate decides which segments are decoded (/v1/postedit options.gate; /v1/explain always decodes). false: the model has none, or `ape serve --no-gate`",
        ),
      beam: z
        .object({ minimum: z.number().int(), maximum: z.number().int(), default: z.number().int() })
        .describe(
          'The beams a request may ask of this model; `default` is what a request without options.beam gets',
        ),
    }),
  ),
});
export type ModelsResponse = z.infer<typeof modelsResponseSchema>;

export const healthResponseSchema = z.object({ status: z.literal('ok') });

export const readyResponseSchema = z.object({
  status: z.enum(['ready', 'shutting down']),
  model: z.string().describe('The default model'),
  queued: z.number().int().describe('Segments waiting, all models together'),
  models: z.array(z.object({ name: z.string(), queued: z.number().int() })),
});

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  field: z.string().describe('The request field at fault (400, 422)').optional(),
  instance: z.string(),
});
