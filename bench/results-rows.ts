/**
 * The rows of docs/results.md (bench/results.json): which model directory each row reads,
 * with which decoding options, and the command that produces the model when it is missing.
 * Parsed with zod so a typo in the rows file names the row and the field.
 */

import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DataError } from '../src/errors.js';

const RowSchema = z
  .object({
    /** File-name-safe: the hypothesis cache is bench/results/<id>.<split>.hyp. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes'),
    label: z.string().min(1),
    /** Model directory, relative to the repository root. */
    model: z.string().min(1),
    /** Decoding overrides; the rest comes from the model's ape.json `decoding`. */
    decoding: z
      .object({
        beam: z.number().int().positive().optional(),
        /** Conservative decoding (docs/model-format.md v2 `decoding.keepMtMargin`); null: off. */
        keepMtMargin: z.number().nonnegative().nullable().optional(),
        /** false: the full output vocabulary even if the model has a shortlist (docs/model-format.md v3). */
        shortlist: z.boolean().optional(),
        /** false: no target lexicon even if the model has one (docs/model-format.md v4). */
        lexicon: z.boolean().optional(),
        /** false: decode every segment even if the model has a keep-or-edit gate (docs/model-format.md v6). */
        gate: z.boolean().optional(),
      })
      .strict()
      .default({}),
    /** The shell command that trains and exports `model` (printed while it is missing). */
    produce: z.string().min(1),
    /**
     * The id of the row this one is an ablation of: its scores are also compared with that
     * row's (paired bootstrap, the other row's output in the MT's place).
     */
    compareTo: z.string().min(1).optional(),
  })
  .strict();

export type ResultRow = z.infer<typeof RowSchema>;

const RowsFileSchema = z
  .object({
    $comment: z.string().optional(),
    /** Triplet prefix directory: <data>/<split>.{src,mt,pe}, relative to the repository root. */
    data: z.string().min(1),
    rows: z.array(RowSchema).min(1),
  })
  .strict();

export type RowsFile = z.infer<typeof RowsFileSchema>;

export function parseRows(raw: unknown, file: string): RowsFile {
  const parsed = RowsFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue === undefined ? undefined : issue.path.join('.');
    throw new DataError({ file, field }, issue?.message ?? 'invalid rows file');
  }
  const seen = new Set<string>();
  parsed.data.rows.forEach((row, i) => {
    if (seen.has(row.id))
      throw new DataError({ file, field: `rows.${i}.id` }, `duplicate row id '${row.id}'`);
    seen.add(row.id);
  });
  parsed.data.rows.forEach((row, i) => {
    if (row.compareTo === undefined) return;
    if (row.compareTo === row.id || !seen.has(row.compareTo))
      throw new DataError(
        { file, field: `rows.${i}.compareTo` },
        `'${row.compareTo}' is not the id of another row (${[...seen].join(', ')})`,
      );
  });
  return parsed.data;
}

export function loadRows(file: string): RowsFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new DataError({ file }, `cannot read the rows file: ${(err as Error).message}`, {
      cause: err,
    });
  }
  return parseRows(raw, file);
}
