/**
 * A streaming line reader over a UTF-8 file: memory holds one chunk (1 MiB) whatever the file
 * size. Lines end at `\n`; a trailing `\r` is dropped (files written on Windows) and so is a
 * byte-order mark at the start of the file. Bytes that are not valid UTF-8 raise a DataError
 * naming the file and line, because a decoder that silently substitutes U+FFFD would let broken
 * text into training data.
 */
import { createReadStream } from 'node:fs';
import { DataError } from '../errors.js';

const NEWLINE = 0x0a;
const CHUNK_BYTES = 1 << 20;

export class LineReader implements AsyncIterable<string> {
  readonly file: string;
  /** 1-based number of the line last returned by `next` (0 before the first). */
  lineNo = 0;
  private readonly chunks: AsyncIterator<Buffer>;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private lines: string[] = [];
  private pos = 0;
  private rest: Buffer = Buffer.alloc(0);
  private linesDecoded = 0;
  private eof = false;

  constructor(file: string) {
    this.file = file;
    const stream = createReadStream(file, { highWaterMark: CHUNK_BYTES });
    this.chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  }

  /** The next line without its terminator, or undefined at the end of the file. */
  async next(): Promise<string | undefined> {
    while (this.pos >= this.lines.length) {
      if (this.eof) return undefined;
      await this.fill();
    }
    this.lineNo++;
    const line = this.lines[this.pos] as string;
    this.pos++;
    return line;
  }

  /** Stops reading and releases the file. */
  async close(): Promise<void> {
    this.eof = true;
    this.lines = [];
    await this.chunks.return?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<string> {
    try {
      for (;;) {
        const line = await this.next();
        if (line === undefined) return;
        yield line;
      }
    } finally {
      await this.close();
    }
  }

  private async fill(): Promise<void> {
    let result: IteratorResult<Buffer>;
    try {
      result = await this.chunks.next();
    } catch (err) {
      throw new DataError({ file: this.file }, `cannot read: ${(err as Error).message}`, {
        cause: err,
      });
    }
    if (result.done === true) {
      this.eof = true;
      const last = this.rest;
      this.rest = Buffer.alloc(0);
      this.setLines(last.length > 0 ? this.decode(last) : []);
      return;
    }
    const chunk = result.value;
    const cut = chunk.lastIndexOf(NEWLINE);
    if (cut < 0) {
      this.rest = this.rest.length === 0 ? chunk : Buffer.concat([this.rest, chunk]);
      this.setLines([]);
      return;
    }
    const head =
      this.rest.length === 0
        ? chunk.subarray(0, cut)
        : Buffer.concat([this.rest, chunk.subarray(0, cut)]);
    this.rest = Buffer.from(chunk.subarray(cut + 1));
    this.setLines(this.decode(head));
  }

  private setLines(lines: string[]): void {
    this.lines = lines;
    this.pos = 0;
  }

  /** Decodes whole lines at once (fast path); on bad bytes, finds the offending line. */
  private decode(bytes: Buffer): string[] {
    let text: string;
    try {
      text = this.decoder.decode(bytes);
    } catch {
      throw this.badLine(bytes);
    }
    if (this.linesDecoded === 0 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i] as string;
      if (l.endsWith('\r')) lines[i] = l.slice(0, -1);
    }
    this.linesDecoded += lines.length;
    return lines;
  }

  private badLine(bytes: Buffer): DataError {
    let start = 0;
    for (let n = 1; ; n++) {
      const end = bytes.indexOf(NEWLINE, start);
      const line = bytes.subarray(start, end < 0 ? bytes.length : end);
      try {
        this.decoder.decode(line);
      } catch {
        const col = firstInvalidByte(line);
        return new DataError(
          { file: this.file, line: this.linesDecoded + n },
          `invalid UTF-8 (byte 0x${(line[col] ?? 0).toString(16).padStart(2, '0')} at byte ${col + 1} of the line); convert the file to UTF-8, e.g. with iconv`,
        );
      }
      if (end < 0) return new DataError({ file: this.file }, 'invalid UTF-8');
      start = end + 1;
    }
  }
}

/** Index of the first byte where a fatal decode of the prefix fails. */
function firstInvalidByte(line: Buffer): number {
  let lo = 0;
  let hi = line.length;
  // A streaming decode accepts a prefix that stops inside a valid sequence, so "accepted"
  // is monotone in the prefix length and the first bad byte sits right after the longest.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(line.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return Math.min(lo, line.length - 1);
}
