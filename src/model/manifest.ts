import { z } from 'zod';
import { ModelError } from '../errors.js';

/**
 * The TypeScript half of the model-directory contract, docs/model-format.md (format
 * versions 1 to 8; version 2 only adds the optional `architecture.alpha`, `casing` and
 * `decoding.keepMtMargin`, version 3 only the optional output-vocabulary `shortlist` and the
 * `graphs.quantization` value "int8-block32", version 4 only the optional target `lexicon`,
 * version 5 only the optional `graphs.decoderPositions`, version 6 only the optional
 * keep-or-edit `gate`, version 7 only the single-input `input.layout` values, version 8 only
 * the optional `shortlist.baseRows`).
 * The Python half is the frozen dataclass in
 * training/ape/export/manifest.py; a change to either is a change to that document and
 * bumps `formatVersion`.
 */
export const SUPPORTED_FORMAT_VERSIONS = [1, 2, 3, 4, 5, 6, 7, 8] as const;

/**
 * The encoder input layouts (docs/model-format.md, "Encoder input"): `bert-pair` (APE, every
 * version) and, from version 7, the single-input baselines, the same sequence with one side
 * empty: `bert-pair-src-only` (src → pe) and `bert-pair-mt-only` (mt → pe).
 */
export const INPUT_LAYOUTS = ['bert-pair', 'bert-pair-src-only', 'bert-pair-mt-only'] as const;
export type InputLayout = (typeof INPUT_LAYOUTS)[number];

const Normalizer = z.enum(['softmax', 'sparsemax', 'entmax15', 'alpha-entmax']);
const TokenId = z.number().int().nonnegative();
const PositiveInt = z.number().int().positive();
const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase sha256 hex digest');
/** Learned α-entmax α per [layer][head] (1 < α ≤ 2). */
const AlphaGrid = z.array(z.array(z.number().gt(1).lte(2)));

export const ManifestSchema = z.object({
  formatVersion: z.union([
    z.literal(1),
    z.literal(2),
    z.literal(3),
    z.literal(4),
    z.literal(5),
    z.literal(6),
    z.literal(7),
    z.literal(8),
  ]),
  name: z.string().min(1),
  languages: z.object({ src: z.string().min(1), tgt: z.string().min(1) }),
  architecture: z.object({
    layers: PositiveInt,
    hidden: PositiveInt,
    heads: PositiveInt,
    headDim: PositiveInt,
    ffn: PositiveInt,
    vocabSize: PositiveInt,
    maxPositions: PositiveInt,
    normalizers: z.object({
      encoderSelf: Normalizer,
      decoderSelf: Normalizer,
      context: Normalizer,
    }),
    entmaxBisectIterations: PositiveInt,
    sharing: z.object({
      decoderSelfWithEncoder: z.boolean(),
      contextWithSelf: z.boolean(),
      ffnWithEncoder: z.boolean(),
    }),
    alpha: z
      .object({ encoderSelf: AlphaGrid, decoderSelf: AlphaGrid, context: AlphaGrid })
      .partial()
      .strict()
      .optional(),
  }),
  specialTokens: z.object({ pad: TokenId, unk: TokenId, bos: TokenId, eos: TokenId, sep: TokenId }),
  input: z.object({
    layout: z.enum(INPUT_LAYOUTS),
    maxSrcTokens: PositiveInt,
    maxMtTokens: PositiveInt,
    lowercase: z.boolean(),
  }),
  decoding: z.object({
    beam: PositiveInt,
    lengthPenalty: z.enum(['avg', 'gnmt', 'none']),
    lengthPenaltyAlpha: z.number().nonnegative(),
    minLength: z.number().int().nonnegative(),
    maxLengthRatio: z.number().nonnegative(),
    maxLengthOffset: z.number().int().nonnegative(),
    keepMtMargin: z.number().nonnegative().optional(),
  }),
  graphs: z.object({
    encoder: z.string().min(1),
    decoder: z.string().min(1),
    quantization: z.enum(['none', 'int8', 'fp16', 'int8-block32']),
    /**
     * v5: "many" = the decoder graphs take T ≥ 1 new positions per call (input_ids [B, T],
     * log_probs [B·T, V]), which drafted decoding needs; absent = "one" (docs/model-format.md).
     */
    decoderPositions: z.enum(['one', 'many']).optional(),
  }),
  casing: z.object({ kind: z.literal('truecase-v1'), file: z.string().min(1) }).optional(),
  /**
   * v3: the output-vocabulary shortlist (docs/model-format.md, "Output-vocabulary shortlist");
   * v8: `baseRows` "in-graph", the shortlist decoder holds the rows of S − {eos} and takes
   * only the batch's extra rows as inputs.
   */
  shortlist: z
    .object({
      ids: z.string().min(1),
      decoder: z.string().min(1),
      rows: z.string().min(1),
      baseRows: z.literal('in-graph').optional(),
    })
    .strict()
    .optional(),
  /** v4: the target lexicon of word-level constrained decoding (docs/model-format.md, "Target lexicon"). */
  lexicon: z
    .object({ kind: z.literal('wordpiece-trie-v1'), file: z.string().min(1) })
    .strict()
    .optional(),
  /**
   * v6: the keep-or-edit gate, gate.onnx (docs/model-format.md, "Keep-or-edit gate"): a
   * segment whose pi(edit) is exactly 0 is answered with its mt, not decoded.
   */
  gate: z
    .object({ file: z.string().min(1) })
    .strict()
    .optional(),
  training: z.record(z.string(), z.unknown()).optional(),
  files: z.record(z.string(), Sha256Hex),
});

export type Manifest = z.infer<typeof ManifestSchema>;
export type LengthPenalty = Manifest['decoding']['lengthPenalty'];
export type DecodingDefaults = Manifest['decoding'];

/**
 * Parses `ape.json`. The format version is checked before anything else, so a model from a
 * newer exporter says so instead of failing on some renamed field.
 */
export function parseManifest(raw: unknown, file: string): Manifest {
  const version =
    typeof raw === 'object' && raw !== null
      ? (raw as Record<string, unknown>).formatVersion
      : undefined;
  if (version === undefined) {
    throw new ModelError(
      `${file}: no "formatVersion" field; this is not an ape model manifest (see docs/model-format.md)`,
    );
  }
  if (!(SUPPORTED_FORMAT_VERSIONS as readonly unknown[]).includes(version)) {
    throw new ModelError(
      `${file}: formatVersion ${JSON.stringify(version)} is not supported; this version of ape reads ` +
        `formatVersion ${SUPPORTED_FORMAT_VERSIONS.join(', ')} (docs/model-format.md). ` +
        'Re-export the model with a matching training/ape/export, or upgrade ape.',
    );
  }
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue === undefined ? '' : issue.path.join('.');
    throw new ModelError(
      `${file} (${field}): ${issue?.message ?? 'invalid manifest'} (docs/model-format.md)`,
    );
  }
  const m = parsed.data;
  if (m.architecture.heads * m.architecture.headDim !== m.architecture.hidden) {
    throw new ModelError(`${file} (architecture): heads × headDim must equal hidden`);
  }
  // The guarantees of docs/model-format.md ("The export also guarantees"): an input or output
  // longer than the position embeddings would fail inside onnxruntime on the first long request.
  const { maxPositions } = m.architecture;
  const { maxSrcTokens, maxMtTokens } = m.input;
  if (maxSrcTokens + maxMtTokens + 3 > maxPositions)
    throw new ModelError(
      `${file} (input.maxSrcTokens): maxSrcTokens ${maxSrcTokens} + maxMtTokens ${maxMtTokens} + 3 ` +
        `special tokens is more than architecture.maxPositions ${maxPositions}; lower the token ` +
        'limits or re-export the model (docs/model-format.md)',
    );
  // maxLen follows the src in a src-only model, the mt otherwise (src/model/segment.ts)
  const [lengthSide, lengthLimit] =
    m.input.layout === 'bert-pair-src-only'
      ? ['maxSrcTokens', maxSrcTokens]
      : ['maxMtTokens', maxMtTokens];
  const maxOut = Math.floor(m.decoding.maxLengthRatio * lengthLimit) + m.decoding.maxLengthOffset;
  if (maxOut > maxPositions)
    throw new ModelError(
      `${file} (decoding.maxLengthRatio): the longest output, floor(maxLengthRatio ` +
        `${m.decoding.maxLengthRatio} × ${lengthSide} ${lengthLimit}) + maxLengthOffset ` +
        `${m.decoding.maxLengthOffset} = ${maxOut}, is more than architecture.maxPositions ` +
        `${maxPositions}; lower them or re-export the model (docs/model-format.md)`,
    );
  for (const graph of [m.graphs.encoder, m.graphs.decoder, 'tokenizer.json']) {
    if (!(graph in m.files))
      throw new ModelError(`${file} (files): "${graph}" is not listed with its sha256`);
  }
  const v2Fields = [
    m.architecture.alpha === undefined ? '' : 'architecture.alpha',
    m.casing === undefined ? '' : 'casing',
    m.decoding.keepMtMargin === undefined ? '' : 'decoding.keepMtMargin',
  ].filter((f) => f !== '');
  if (m.formatVersion === 1 && v2Fields.length > 0)
    throw new ModelError(`${file} (${v2Fields[0]}): needs formatVersion 2 (docs/model-format.md)`);
  if (m.graphs.quantization === 'int8-block32' && m.formatVersion < 3)
    throw new ModelError(
      `${file} (graphs.quantization): "int8-block32" needs formatVersion 3 (docs/model-format.md)`,
    );
  if (m.input.layout !== 'bert-pair' && m.formatVersion < 7)
    throw new ModelError(
      `${file} (input.layout): "${m.input.layout}" needs formatVersion 7 (docs/model-format.md)`,
    );
  if (m.graphs.decoderPositions !== undefined && m.formatVersion < 5)
    throw new ModelError(
      `${file} (graphs.decoderPositions): needs formatVersion 5 (docs/model-format.md)`,
    );
  if (m.shortlist !== undefined) {
    if (m.formatVersion < 3)
      throw new ModelError(`${file} (shortlist): needs formatVersion 3 (docs/model-format.md)`);
    if (m.shortlist.baseRows !== undefined && m.formatVersion < 8)
      throw new ModelError(
        `${file} (shortlist.baseRows): needs formatVersion 8 (docs/model-format.md)`,
      );
    const { ids, decoder, rows } = m.shortlist;
    for (const [key, name] of Object.entries({ ids, decoder, rows })) {
      if (!(name in m.files))
        throw new ModelError(
          `${file} (shortlist.${key}): "${name}" is not listed in files with its sha256`,
        );
    }
  }
  if (m.lexicon !== undefined) {
    if (m.formatVersion < 4)
      throw new ModelError(`${file} (lexicon): needs formatVersion 4 (docs/model-format.md)`);
    if (!(m.lexicon.file in m.files))
      throw new ModelError(
        `${file} (lexicon.file): "${m.lexicon.file}" is not listed in files with its sha256`,
      );
  }
  if (m.gate !== undefined) {
    if (m.formatVersion < 6)
      throw new ModelError(`${file} (gate): needs formatVersion 6 (docs/model-format.md)`);
    if (!(m.gate.file in m.files))
      throw new ModelError(
        `${file} (gate.file): "${m.gate.file}" is not listed in files with its sha256`,
      );
  }
  if (m.casing !== undefined && !(m.casing.file in m.files))
    throw new ModelError(
      `${file} (casing.file): "${m.casing.file}" is not listed in files with its sha256`,
    );
  const { layers, heads, normalizers } = m.architecture;
  for (const [place, grid] of Object.entries(m.architecture.alpha ?? {})) {
    if (normalizers[place as keyof typeof normalizers] !== 'alpha-entmax')
      throw new ModelError(
        `${file} (architecture.alpha.${place}): present but the normalizer is not alpha-entmax`,
      );
    if (grid.length !== layers || grid.some((row) => row.length !== heads))
      throw new ModelError(
        `${file} (architecture.alpha.${place}): must be ${layers} layers × ${heads} heads`,
      );
  }
  return m;
}
