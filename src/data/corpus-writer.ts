/**
 * Streaming writers for the three corpus layouts, with the guarantees of line-writer.ts: the
 * final files appear only on `close` (partial files before), and `resume` continues an
 * interrupted corpus, first cutting all three files of a `files` corpus back to the same
 * number of complete lines so they stay aligned.
 */
import { DataError } from '../errors.js';
import { type CorpusSpec, corpusFiles, fieldFile } from './corpus-spec.js';
import { LineWriter, type LineWriterOptions } from './line-writer.js';
import { FIELDS, type Triplet } from './triplet.js';

export class CorpusWriter {
  readonly spec: CorpusSpec;
  /** Triplets already in the partial files when resuming; the caller skips that many inputs. */
  readonly existing: number;
  private readonly writers: LineWriter[];
  private written = 0;

  private constructor(spec: CorpusSpec, writers: LineWriter[], existing: number) {
    this.spec = spec;
    this.writers = writers;
    this.existing = existing;
  }

  static async open(spec: CorpusSpec, opts: LineWriterOptions = {}): Promise<CorpusWriter> {
    const files = corpusFiles(spec);
    let writers = await Promise.all(files.map((f) => LineWriter.open(f, opts)));
    const counts = writers.map((w) => w.existingLines);
    const existing = Math.min(...counts);
    if (counts.some((c) => c !== existing)) {
      // An interrupted run may have flushed one file further than the others: realign.
      await Promise.all(writers.map((w) => w.end()));
      await Promise.all(files.map((f) => LineWriter.truncateTo(f, existing)));
      writers = await Promise.all(files.map((f) => LineWriter.open(f, opts)));
    }
    return new CorpusWriter(spec, writers, existing);
  }

  async write(t: Triplet): Promise<void> {
    const record = this.existing + this.written + 1;
    switch (this.spec.format) {
      case 'files':
        // Check all three before writing any, so a bad record cannot misalign the files.
        for (const f of FIELDS)
          checkLine(t[f], { file: fieldFile(this.spec.path, f), line: record, field: f }, false);
        for (const [i, f] of FIELDS.entries()) await (this.writers[i] as LineWriter).write(t[f]);
        break;
      case 'tsv':
        for (const f of FIELDS)
          checkLine(t[f], { file: this.spec.path, line: record, field: f }, true);
        await (this.writers[0] as LineWriter).write(`${t.src}\t${t.mt}\t${t.pe}`);
        break;
      case 'jsonl':
        await (this.writers[0] as LineWriter).write(
          JSON.stringify({ src: t.src, mt: t.mt, pe: t.pe }),
        );
        break;
    }
    this.written++;
  }

  /** Number of triplets in the corpus so far (resumed plus written). */
  get count(): number {
    return this.existing + this.written;
  }

  /** Flushes all files to disk (a checkpoint for resume), keeping them open. */
  async flush(): Promise<void> {
    await Promise.all(this.writers.map((w) => w.flush()));
  }

  /** Finishes the corpus: the final files replace any earlier ones. */
  async close(): Promise<void> {
    await Promise.all(this.writers.map((w) => w.close()));
  }

  /** Stops, keeping the partial files so that `resume` can continue. */
  async end(): Promise<void> {
    await Promise.all(this.writers.map((w) => w.end()));
  }

  async discard(): Promise<void> {
    await Promise.all(this.writers.map((w) => w.discard()));
  }
}

function checkLine(
  text: string,
  where: { file: string; line: number; field: string },
  tsv: boolean,
): void {
  if (/[\n\r]/.test(text)) {
    throw new DataError(
      where,
      'contains a line break, which a line-based layout cannot hold (use jsonl)',
    );
  }
  if (tsv && text.includes('\t')) {
    throw new DataError(
      where,
      'contains a tab, which TSV cannot hold (use the jsonl or files layout)',
    );
  }
}
