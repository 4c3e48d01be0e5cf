/**
 * Typed errors shared by every module. Each says what was wrong, where, and what to do;
 * the CLI maps classes to exit codes in one place (src/cli/exit-codes.ts) and the server
 * maps them to HTTP statuses in its error middleware.
 */

/** Base class: an error a user can act on (never a bug in this program). */
export class ApeError extends Error {
  override name = 'ApeError';
}

/** Bad command-line usage: unknown flag, missing required flag, bad flag value. */
export class UsageError extends ApeError {
  override name = 'UsageError';
}

/** Where in an input an error was found. `line` is 1-based; `field` names a column or JSON key. */
export interface Location {
  file: string;
  line?: number;
  field?: string;
}

/** Bad input data: a missing, unreadable, non-UTF-8 or malformed file, misaligned files. */
export class DataError extends ApeError {
  override name = 'DataError';
  readonly file: string;
  readonly line: number | undefined;
  readonly field: string | undefined;

  constructor(where: Location, message: string, options?: { cause?: unknown }) {
    super(`${formatLocation(where)}: ${message}`, options);
    this.file = where.file;
    this.line = where.line;
    this.field = where.field;
  }
}

/** A model directory that cannot be used: missing files, checksum mismatch, unknown format. */
export class ModelError extends ApeError {
  override name = 'ModelError';
}

export function formatLocation(where: Location): string {
  let s = where.file;
  if (where.line !== undefined) s += `:${where.line}`;
  if (where.field !== undefined) s += ` (${where.field})`;
  return s;
}
