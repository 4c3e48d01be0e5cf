/**
 * Flag parsing for the subcommands: node:util parseArgs, with its own errors (an unknown
 * flag, a missing or dash-leading value) turned into a UsageError here and nowhere else, and
 * the number checks every command shares.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

function isParseArgsError(err: unknown): err is Error {
  const code = (err as { code?: unknown } | null)?.code;
  return err instanceof Error && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

/**
 * Parses `argv` for `ape <command>` (strict: unknown flags are errors). A malformed command
 * line is a UsageError on one line that points at `ape <command> --help`.
 */
export function parseFlags<O extends Options, P extends boolean = false>(
  command: string,
  argv: string[],
  options: O,
  allowPositionals?: P,
): ReturnType<typeof parseArgs<{ args: string[]; options: O; strict: true; allowPositionals: P }>> {
  try {
    return parseArgs({
      args: argv,
      options,
      strict: true,
      allowPositionals: (allowPositionals ?? false) as P,
    });
  } catch (err) {
    if (!isParseArgsError(err)) throw err;
    const message = err.message.split('\n').join(' ');
    throw new UsageError(`${message} (ape ${command} --help lists the flags)`, { cause: err });
  }
}

/** An integer flag >= `min` (written in decimal digits); absent: `undefined`. */
export function intFlag(name: string, value: string, min: number): number;
export function intFlag(name: string, value: string | undefined, min: number): number | undefined;
export function intFlag(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(n) || n < min)
    throw new UsageError(`--${name}: expected an integer >= ${min}, got '${value}'`);
  return n;
}

/** A number flag (any finite number). */
export function numberFlag(name: string, value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n))
    throw new UsageError(`--${name}: expected a number, got '${value}'`);
  return n;
}
