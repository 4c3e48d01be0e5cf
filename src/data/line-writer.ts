/**
 * Writes a text file line by line without ever leaving a half-written file under its final
 * name: lines go to `<file>.partial`, which `close` renames to `<file>`. An interrupted run
 * leaves the partial file; opening it again with `resume` truncates any incomplete last line
 * and appends, so a long job continues where it stopped (`existingLines` says how far).
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { rename, stat, truncate, unlink } from 'node:fs/promises';
import { DataError } from '../errors.js';

const FLUSH_CHARS = 1 << 16;

export interface LineWriterOptions {
  /** Keep and extend an existing `<file>.partial` instead of starting it over. */
  resume?: boolean;
}

export function partialPath(file: string): string {
  return `${file}.partial`;
}

export class LineWriter {
  readonly file: string;
  /** Complete lines the partial file held when it was opened (0 unless resuming). */
  readonly existingLines: number;
  private readonly stream: WriteStream;
  private buffer: string[] = [];
  private bufferedChars = 0;
  private failure: Error | undefined;

  private constructor(file: string, stream: WriteStream, existingLines: number) {
    this.file = file;
    this.stream = stream;
    this.existingLines = existingLines;
    stream.on('error', (err) => {
      this.failure = err;
    });
  }

  static async open(file: string, opts: LineWriterOptions = {}): Promise<LineWriter> {
    const partial = partialPath(file);
    let existing = 0;
    if (opts.resume === true && (await exists(partial))) {
      const { lines, bytes } = await countCompleteLines(partial);
      await truncate(partial, bytes);
      existing = lines;
    }
    const stream = createWriteStream(partial, { flags: opts.resume === true ? 'a' : 'w' });
    await once(stream, 'open');
    return new LineWriter(file, stream, existing);
  }

  /** Cuts the partial file back to its first `lines` lines (to realign files of one corpus). */
  static async truncateTo(file: string, lines: number): Promise<void> {
    const { bytes } = await countCompleteLines(partialPath(file), lines);
    await truncate(partialPath(file), bytes);
  }

  /** Appends one line; `line` must not contain a newline (the caller validates). */
  async write(line: string): Promise<void> {
    this.buffer.push(line, '\n');
    this.bufferedChars += line.length + 1;
    if (this.bufferedChars >= FLUSH_CHARS) await this.flush();
  }

  async flush(): Promise<void> {
    this.check();
    if (this.buffer.length === 0) return;
    const text = this.buffer.join('');
    this.buffer = [];
    this.bufferedChars = 0;
    // Wait for the write itself (not only for buffer room): after `flush` the lines are in
    // the file, so a checkpoint saved next never claims lines a crash could lose.
    await new Promise<void>((resolve) => this.stream.write(text, () => resolve()));
    this.check();
  }

  /** Flushes, closes and renames the partial file to its final name. */
  async close(): Promise<void> {
    await this.end();
    await rename(partialPath(this.file), this.file);
  }

  /** Flushes and closes, keeping the partial file for a later `resume`. */
  async end(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'close');
    this.check();
  }

  /** Closes and deletes the partial file. */
  async discard(): Promise<void> {
    this.buffer = [];
    this.stream.destroy();
    await unlink(partialPath(this.file)).catch(() => undefined);
  }

  private check(): void {
    if (this.failure !== undefined) {
      throw new DataError(
        { file: partialPath(this.file) },
        `cannot write: ${this.failure.message}`,
        {
          cause: this.failure,
        },
      );
    }
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/** Complete (newline-terminated) lines in a file, up to `max`, and the byte length they span. */
async function countCompleteLines(
  file: string,
  max = Infinity,
): Promise<{ lines: number; bytes: number }> {
  let lines = 0;
  let bytes = 0;
  let offset = 0;
  for await (const chunk of createReadStream(file, {
    highWaterMark: 1 << 20,
  }) as AsyncIterable<Buffer>) {
    let i = chunk.indexOf(0x0a);
    while (i >= 0 && lines < max) {
      lines++;
      bytes = offset + i + 1;
      i = chunk.indexOf(0x0a, i + 1);
    }
    if (lines >= max) break;
    offset += chunk.length;
  }
  return { lines, bytes };
}
