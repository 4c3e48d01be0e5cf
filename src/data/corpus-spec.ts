/**
 * Where a corpus lives and in which layout. Three layouts hold the same triplets:
 * - `files`: three line-aligned plain-text files `prefix.src`, `prefix.mt`, `prefix.pe`
 *   (the layout of WMT APE data and of synthetic-data/);
 * - `tsv`: one file, one triplet a line, `src<TAB>mt<TAB>pe` (no tab inside a field);
 * - `jsonl`: one file, one JSON object a line with string keys `src`, `mt`, `pe`.
 */
import { UsageError } from '../errors.js';
import { FIELDS, type Field } from './triplet.js';

export type CorpusFormat = 'files' | 'tsv' | 'jsonl';

export interface CorpusSpec {
  format: CorpusFormat;
  /** The prefix for `files` (without the `.src` extension), else the file path. */
  path: string;
}

export const CORPUS_FORMATS: readonly CorpusFormat[] = ['files', 'tsv', 'jsonl'];

/** Guesses the layout from the name: `*.tsv`, `*.jsonl`, otherwise a three-file prefix. */
export function corpusSpec(path: string, format?: string): CorpusSpec {
  if (format !== undefined) {
    if (!(CORPUS_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(
        `unknown corpus format '${format}' (expected one of ${CORPUS_FORMATS.join(', ')})`,
      );
    }
    return { format: format as CorpusFormat, path };
  }
  if (path.endsWith('.tsv')) return { format: 'tsv', path };
  if (path.endsWith('.jsonl')) return { format: 'jsonl', path };
  return { format: 'files', path };
}

/** The file that holds one field of a three-file corpus. */
export function fieldFile(prefix: string, field: Field): string {
  return `${prefix}.${field}`;
}

/** Every file a corpus consists of. */
export function corpusFiles(spec: CorpusSpec): string[] {
  return spec.format === 'files' ? FIELDS.map((f) => fieldFile(spec.path, f)) : [spec.path];
}
