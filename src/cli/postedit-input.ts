import { DataError, UsageError } from '../errors.js';
import { LineReader } from '../data/line-reader.js';
import type { Segment } from '../model/segment.js';

/** Where `ape postedit` reads (src, mt) pairs from. */
export type PairSource =
  { kind: 'files'; src: string; mt: string } | { kind: 'tsv' | 'jsonl'; path: string };

/** A pair and the place it came from, so errors can name file:line. */
export interface LocatedSegment extends Segment {
  file: string;
  line: number;
}

/**
 * Streams pairs: two aligned files (one segment per line), TSV (`src<TAB>mt`, more columns
 * such as a pe are ignored, an optional `src\tmt…` header is skipped) or JSONL (objects
 * with string keys `src` and `mt`). Memory holds one chunk per file (src/data/line-reader.ts).
 */
export async function* readPairs(source: PairSource): AsyncGenerator<LocatedSegment> {
  if (source.kind === 'files') {
    const src = new LineReader(source.src);
    const mt = new LineReader(source.mt);
    try {
      for (;;) {
        const s = await src.next();
        const m = await mt.next();
        if (s === undefined && m === undefined) return;
        if (s === undefined)
          throw new DataError(
            { file: source.src, line: src.lineNo + 1 },
            `file ends here, but ${source.mt} goes on (files must align line by line)`,
          );
        if (m === undefined)
          throw new DataError(
            { file: source.mt, line: mt.lineNo + 1 },
            `file ends here, but ${source.src} goes on (files must align line by line)`,
          );
        yield { src: s, mt: m, file: source.src, line: src.lineNo };
      }
    } finally {
      await Promise.all([src.close(), mt.close()]);
    }
  }
  const reader = new LineReader(source.path);
  try {
    for (;;) {
      const line = await reader.next();
      if (line === undefined) return;
      const where = { file: source.path, line: reader.lineNo };
      if (source.kind === 'tsv') {
        const cols = line.split('\t');
        if (reader.lineNo === 1 && cols[0] === 'src' && cols[1] === 'mt') continue;
        const [s, m] = cols;
        if (s === undefined || m === undefined)
          throw new DataError(where, 'expected at least 2 tab-separated fields (src, mt)');
        yield { src: s, mt: m, ...where };
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        throw new DataError(where, `invalid JSON: ${(err as Error).message}`, { cause: err });
      }
      const obj = (typeof value === 'object' && value !== null ? value : {}) as Record<
        string,
        unknown
      >;
      for (const f of ['src', 'mt']) {
        if (typeof obj[f] !== 'string')
          throw new DataError(
            { ...where, field: f },
            `expected a string "${f}" key in a JSON object`,
          );
      }
      yield { src: obj.src as string, mt: obj.mt as string, ...where };
    }
  } finally {
    await reader.close();
  }
}

/** Lines of a file (for the progress bar's total), read in constant memory. */
export async function countLines(path: string): Promise<number> {
  const reader = new LineReader(path);
  try {
    while ((await reader.next()) !== undefined);
    return reader.lineNo;
  } finally {
    await reader.close();
  }
}

/** `--keep-mt-margin`: a number >= 0, or 'off'; absent: the model's default. */
export function keepMtMargin(value: string | undefined): number | null | undefined {
  if (value === undefined) return undefined;
  if (value === 'off') return null;
  const x = Number(value);
  if (value.trim() === '' || !Number.isFinite(x) || x < 0)
    throw new UsageError(`--keep-mt-margin must be a number >= 0 or 'off', got '${value}'`);
  return x;
}
