/**
 * Inputs of `ape synth`, read as streams with file:line errors:
 * - eSCAPE (Negri et al. 2018): a parallel corpus, JSONL objects with a `group` key and one
 *   key per language code (`ape harvest` writes `{"group","catalog","en","es"}`); `src` and
 *   `ref` are picked by language, and the human `ref` becomes pe.
 * - round trip (Junczys-Dowmunt and Grundkiewicz 2016): monolingual text in the target
 *   language, one sentence a line; a blank line ends a document, and each document is one
 *   group (`doc1`, `doc2`, ...) so that splits never cut a document.
 */
import { DataError } from '../../errors.js';
import { LineReader } from '../line-reader.js';

export interface SourceRecord {
  group: string;
  /** Source-language text (eSCAPE), or undefined for round trip. */
  src?: string;
  /** Target-language human text: pe. */
  ref: string;
  /** Where it came from, for messages. */
  line: number;
}

export async function* readParallel(
  path: string,
  srcLang: string,
  tgtLang: string,
): AsyncGenerator<SourceRecord> {
  const reader = new LineReader(path);
  try {
    for (;;) {
      const line = await reader.next();
      if (line === undefined) return;
      if (line.trim() === '') continue;
      const where = { file: path, line: reader.lineNo };
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        throw new DataError(where, `invalid JSON: ${(err as Error).message}`, { cause: err });
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new DataError(
          where,
          `expected a JSON object with keys group, ${srcLang}, ${tgtLang}`,
        );
      }
      const obj = value as Record<string, unknown>;
      const get = (key: string): string => {
        const v = obj[key];
        if (typeof v !== 'string')
          throw new DataError(
            { ...where, field: key },
            v === undefined ? 'missing key' : 'expected a string',
          );
        return v;
      };
      yield { group: get('group'), src: get(srcLang), ref: get(tgtLang), line: reader.lineNo };
    }
  } finally {
    await reader.close();
  }
}

export async function* readMonolingual(path: string): AsyncGenerator<SourceRecord> {
  const reader = new LineReader(path);
  let doc = 1;
  let inDoc = false;
  try {
    for (;;) {
      const line = await reader.next();
      if (line === undefined) return;
      if (line.trim() === '') {
        if (inDoc) doc++;
        inDoc = false;
        continue;
      }
      inDoc = true;
      yield { group: `doc${doc}`, ref: line, line: reader.lineNo };
    }
  } finally {
    await reader.close();
  }
}
