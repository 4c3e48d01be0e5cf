/**
 * Reading hypothesis and reference files the way the sacreBLEU command line reads them
 * (sacrebleu/sacrebleu.py with utils.smart_open): files are opened as UTF-8 with
 * `newline="\n"`, so only LF ends a line; every line is then `rstrip()`ed, which also drops a
 * trailing `\r` of CRLF files and any trailing Unicode whitespace; a final LF does not start
 * an extra line; a UTF-8 BOM is kept as U+FEFF (Python's 'utf-8' codec keeps it); `.gz`
 * files are decompressed. Standard input (`-`) is read like sacreBLEU reads stdin
 * (`io.TextIOWrapper`, universal newlines): CR, CRLF and LF all end a line.
 */

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { DataError } from '../errors.js';

/** The lines of one input file, after sacreBLEU's `line.rstrip()`. */
export interface TextLines {
  /** The name as given on the command line ('-' for stdin). */
  file: string;
  lines: string[];
}

/**
 * Python's `str.rstrip()` with no argument: strips the characters for which `str.isspace()`
 * is true. JavaScript's `trimEnd` differs (it strips U+FEFF, keeps U+001C..U+001F and U+0085).
 */
function isPySpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    (c >= 0x1c && c <= 0x20) ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

export function pyRstrip(s: string): string {
  let end = s.length;
  while (end > 0 && isPySpace(s.charCodeAt(end - 1))) end--;
  return end === s.length ? s : s.slice(0, end);
}

export type NewlineMode = 'lf' | 'universal';

/** Decodes UTF-8 bytes (fatal on the first invalid byte) and splits them into stripped lines. */
export function decodeLines(bytes: Uint8Array, file: string, newline: NewlineMode): string[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (err) {
    const line = firstInvalidLine(bytes);
    throw new DataError({ file, line }, 'not valid UTF-8 (decode the file as UTF-8 first)', {
      cause: err,
    });
  }
  const parts = newline === 'lf' ? text.split('\n') : text.split(/\r\n|\r|\n/u);
  // A terminator at the end of the file closes the last line instead of opening a new one.
  if (parts[parts.length - 1] === '') parts.pop();
  return parts.map(pyRstrip);
}

/** 1-based number of the first line holding an invalid UTF-8 sequence. LF never occurs inside one. */
function firstInvalidLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    start = end + 1;
    line++;
  }
  return line;
}

/** Reads a file ('-' = standard input) into sacreBLEU-style lines, or throws a one-line DataError. */
export function readLines(file: string): TextLines {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (err) {
    throw new DataError({ file }, describeReadError(err), { cause: err });
  }
  if (file.endsWith('.gz')) {
    try {
      bytes = gunzipSync(bytes);
    } catch (err) {
      throw new DataError({ file }, 'not a valid gzip file', { cause: err });
    }
  }
  return { file, lines: decodeLines(bytes, file, file === '-' ? 'universal' : 'lf') };
}

function describeReadError(err: unknown): string {
  const code = err instanceof Error && 'code' in err ? String(err.code) : '';
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a text file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (cannot read the file)';
    default:
      return `cannot read the file (${err instanceof Error ? err.message : String(err)})`;
  }
}

/**
 * Every file must have as many lines as `first` (sacreBLEU's `sanity_check_lengths`); the
 * error names the shorter file and the line where it ends.
 */
export function checkAligned(first: TextLines, others: TextLines[]): void {
  for (const other of others) {
    const a = first.lines.length;
    const b = other.lines.length;
    if (a === b) continue;
    const [short, long] = a < b ? [first, other] : [other, first];
    const n = short.lines.length;
    const what = `but ${long.file} has ${long.lines.length} lines (files must align line by line)`;
    if (n === 0) throw new DataError({ file: short.file }, `is empty, ${what}`);
    throw new DataError({ file: short.file, line: n }, `ends here, ${what}`);
  }
}
