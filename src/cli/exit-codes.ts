import { ApeError, DataError, ModelError, UsageError } from '../errors.js';

/** Exit codes of the `ape` command: the one place that maps error classes to them. */
export const EXIT = {
  ok: 0,
  /** A bug or an unexpected failure (the stack is printed). */
  internal: 1,
  /** Bad usage or bad input data: the message says what and where. */
  input: 2,
  /** A model directory that cannot be loaded. */
  model: 3,
  /** Interrupted by SIGINT/SIGTERM after writing only whole records. */
  interrupted: 130,
} as const;

export function exitCodeFor(err: unknown): number {
  if (err instanceof UsageError || err instanceof DataError) return EXIT.input;
  if (err instanceof ModelError) return EXIT.model;
  if (err instanceof ApeError) return EXIT.input;
  return EXIT.internal;
}
