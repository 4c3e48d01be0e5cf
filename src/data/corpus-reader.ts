/**
 * Streaming readers for the three corpus layouts (corpus-spec.ts). Each yields one Triplet at
 * a time and holds only the current chunk of each file, so an 8M-triplet corpus reads in
 * constant memory. Every malformed record stops the read with a DataError naming file, line
 * and field: misaligned files, empty fields, invalid UTF-8, a tab inside a TSV field, bad JSON
 * or a missing key.
 */
import { DataError } from '../errors.js';
import { type CorpusSpec, fieldFile } from './corpus-spec.js';
import { LineReader } from './line-reader.js';
import {
  FIELDS,
  type Field,
  type NormalizeOptions,
  type Triplet,
  normalizeTriplet,
} from './triplet.js';

export interface ReadOptions {
  /** Applied to each field before validation. */
  normalize?: NormalizeOptions;
  /** Accept empty fields (after normalization). Off by default: an empty pe teaches the model to delete. */
  allowEmpty?: boolean;
}

export function readCorpus(spec: CorpusSpec, opts: ReadOptions = {}): AsyncGenerator<Triplet> {
  switch (spec.format) {
    case 'files':
      return readFiles(spec.path, opts);
    case 'tsv':
      return readTsv(spec.path, opts);
    case 'jsonl':
      return readJsonl(spec.path, opts);
  }
}

async function* readFiles(prefix: string, opts: ReadOptions): AsyncGenerator<Triplet> {
  const readers = FIELDS.map((f) => new LineReader(fieldFile(prefix, f)));
  const [src, mt, pe] = readers as [LineReader, LineReader, LineReader];
  try {
    for (;;) {
      const s = await src.next();
      const m = await mt.next();
      const p = await pe.next();
      if (s === undefined || m === undefined || p === undefined) {
        if (s === undefined && m === undefined && p === undefined) return;
        throw await misaligned(readers, [s, m, p]);
      }
      const t = normalizeTriplet({ src: s, mt: m, pe: p }, opts.normalize ?? {});
      if (opts.allowEmpty !== true) {
        for (const [i, f] of FIELDS.entries()) {
          if (t[f] === '')
            throw emptyField({ file: (readers[i] as LineReader).file, line: src.lineNo, field: f });
        }
      }
      yield t;
    }
  } finally {
    await Promise.all(readers.map((r) => r.close()));
  }
}

/** Names the file that ended first and counts the lines of the longest, for the error message. */
async function misaligned(readers: LineReader[], got: (string | undefined)[]): Promise<DataError> {
  const shortIdx = got.findIndex((g) => g === undefined);
  const short = readers[shortIdx] as LineReader;
  const shortLines = short.lineNo;
  let longest = short;
  let longestLines = shortLines;
  for (const [i, r] of readers.entries()) {
    if (got[i] === undefined) continue;
    while ((await r.next()) !== undefined);
    if (r.lineNo > longestLines) {
      longest = r;
      longestLines = r.lineNo;
    }
  }
  return new DataError(
    { file: short.file, line: shortLines + 1 },
    `file ends after ${shortLines} lines, but ${longest.file} has ${longestLines} (files must align line by line)`,
  );
}

function emptyField(where: { file: string; line: number; field: Field }): DataError {
  return new DataError(
    where,
    `empty ${where.field} (every triplet needs src, mt and pe; pass allowEmpty to accept)`,
  );
}

/** An optional first line naming the columns. */
const TSV_HEADER = FIELDS.join('\t');

async function* readTsv(path: string, opts: ReadOptions): AsyncGenerator<Triplet> {
  const reader = new LineReader(path);
  try {
    for (;;) {
      const line = await reader.next();
      if (line === undefined) return;
      if (reader.lineNo === 1 && line === TSV_HEADER) continue;
      const cols = line.split('\t');
      if (cols.length !== 3) {
        const why =
          cols.length > 3
            ? 'a field contains a tab, which TSV cannot hold (use the jsonl layout)'
            : `missing ${FIELDS.slice(cols.length).join(' and ')}`;
        throw new DataError(
          { file: path, line: reader.lineNo },
          `found ${cols.length} tab-separated fields, expected 3 (src, mt, pe): ${why}`,
        );
      }
      const [s, m, p] = cols as [string, string, string];
      const t = normalizeTriplet({ src: s, mt: m, pe: p }, opts.normalize ?? {});
      if (opts.allowEmpty !== true) {
        for (const f of FIELDS)
          if (t[f] === '') throw emptyField({ file: path, line: reader.lineNo, field: f });
      }
      yield t;
    }
  } finally {
    await reader.close();
  }
}

async function* readJsonl(path: string, opts: ReadOptions): AsyncGenerator<Triplet> {
  const reader = new LineReader(path);
  try {
    for (;;) {
      const line = await reader.next();
      if (line === undefined) return;
      const where = { file: path, line: reader.lineNo };
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        throw new DataError(where, `invalid JSON: ${(err as Error).message}`, { cause: err });
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new DataError(where, 'expected a JSON object with string keys src, mt, pe');
      }
      const obj = value as Record<string, unknown>;
      const fields: Partial<Triplet> = {};
      for (const f of FIELDS) {
        const v = obj[f];
        if (typeof v !== 'string') {
          const what =
            v === undefined
              ? 'missing key'
              : `expected a string, got ${v === null ? 'null' : typeof v}`;
          throw new DataError({ ...where, field: f }, what);
        }
        fields[f] = v;
      }
      const t = normalizeTriplet(fields as Triplet, opts.normalize ?? {});
      if (opts.allowEmpty !== true) {
        for (const f of FIELDS) if (t[f] === '') throw emptyField({ ...where, field: f });
      }
      yield t;
    }
  } finally {
    await reader.close();
  }
}
