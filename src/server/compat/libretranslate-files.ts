/**
 * LibreTranslate's file translation (libretranslate/app.py `/translate_file` and
 * `/download_file/<filename>`, with argostranslatefiles naming the output): the pieces the
 * router uses. A multipart body's fields and file, the file's name made safe as werkzeug's
 * `secure_filename` makes it, the stored and downloaded names as LibreTranslate gives them,
 * and a bounded, expiring store of translated files in memory (LibreTranslate writes them to
 * a temporary folder and deletes them after 30 minutes).
 */
import { randomUUID } from 'node:crypto';
import type { Request } from 'express';

/**
 * The extensions served (LibreTranslate lists those of argostranslatefiles; we serve plain
 * text only), compared as LibreTranslate compares them: the exact extension, case included.
 */
export const SUPPORTED_FILE_FORMATS: readonly string[] = ['.txt'];

/** How long a translated file may be downloaded: LibreTranslate deletes them after 30 minutes. */
export const FILE_TTL_MS = 30 * 60_000;

/** At most this many translated files are kept; the oldest goes first. */
export const MAX_STORED_FILES = 256;

/** A multipart body: its text fields (first value of each name) and its `file` part. */
export interface MultipartForm {
  fields: Record<string, string>;
  /** The `file` part, when the body has one with a file name. */
  file?: { name: string; bytes: Buffer };
}

/**
 * Parses a `multipart/form-data` body (read whole by express.raw) with Node's own parser
 * (undici's `Response.formData()`). Returns the form, or the reason it does not parse.
 */
export async function parseMultipart(req: Request): Promise<MultipartForm | { error: string }> {
  const body: unknown = req.body;
  if (!Buffer.isBuffer(body)) return { fields: {} };
  let form: FormData;
  try {
    form = await new Response(body, {
      headers: { 'content-type': req.get('content-type') ?? '' },
    }).formData();
  } catch (err) {
    return {
      error: `Invalid request: the multipart/form-data body does not parse (${(err as Error).message}); send the file as a multipart/form-data part named "file"`,
    };
  }
  const out: MultipartForm = { fields: {} };
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') {
      if (!(name in out.fields)) out.fields[name] = value;
    } else if (name === 'file' && out.file === undefined && value.name !== '') {
      // Flask's FileStorage is false without a file name: LibreTranslate then says "missing file"
      out.file = { name: value.name, bytes: Buffer.from(await value.arrayBuffer()) };
    }
  }
  return out;
}

/**
 * werkzeug.utils.secure_filename on POSIX: NFKD, non-ASCII dropped, `/` as a space, whitespace
 * runs as `_`, every character but `A-Za-z0-9_.-` dropped, then `.` and `_` stripped from both
 * ends.
 */
export function secureFilename(name: string): string {
  const ascii = [...name.normalize('NFKD')].filter((c) => c.charCodeAt(0) < 0x80).join('');
  return ascii
    .replaceAll('/', ' ')
    .split(/\s+/)
    .filter((w) => w !== '')
    .join('_')
    .replace(/[^A-Za-z0-9_.-]/g, '')
    .replace(/^[._]+|[._]+$/g, '');
}

/**
 * Python's os.path.splitext on POSIX: the extension is in the last path component, and that
 * component's leading dots belong to the stem (`.txt` has no extension).
 */
export function splitExt(name: string): [stem: string, ext: string] {
  const start = name.lastIndexOf('/') + 1;
  const dot = name.lastIndexOf('.');
  const base = name.slice(start);
  const firstOther = base.search(/[^.]/);
  if (dot < start || firstOther < 0 || dot < start + firstOther) return [name, ''];
  return [name.slice(0, dot), name.slice(dot)];
}

/**
 * The names LibreTranslate gives a translation of `uploaded` into `to`: stored as
 * `<uuid>.<secure name>`, translated (argostranslatefiles' get_output_path) as
 * `<uuid>.<stem>_<to><ext>`, downloaded as what follows the first dot (`<stem>_<to><ext>`).
 */
export function translatedNames(
  uploaded: string,
  to: string,
  uuid: string = randomUUID(),
): { stored: string; download: string } {
  const [stem, ext] = splitExt(`${uuid}.${secureFilename(uploaded)}`);
  const stored = `${stem}_${to}${ext}`;
  const download = stored.split('.').slice(1).join('.');
  return { stored, download: download === '' ? stored : download };
}

/**
 * UTF-8 text of a file, its byte order mark apart (given back on the translation), or
 * undefined when the bytes are not UTF-8.
 */
export function decodeUtf8(bytes: Buffer): { text: string; bom: string } | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return text.startsWith('\uFEFF') ? { text: text.slice(1), bom: '\uFEFF' } : { text, bom: '' };
  } catch {
    return undefined;
  }
}

interface StoredFile {
  download: string;
  bytes: Buffer;
  expires: number;
}

/**
 * Translated files kept in memory for `ttlMs`, at most `maxFiles` of them and `maxBytes` in
 * all: adding one first drops the expired ones, then the oldest until it fits. A file larger
 * than `maxBytes` alone is not kept (put returns false).
 */
export class TranslatedFiles {
  private readonly files = new Map<string, StoredFile>();
  private bytes = 0;

  constructor(
    private readonly maxFiles: number,
    private readonly maxBytes: number,
    private readonly ttlMs: number = FILE_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.files.size;
  }

  put(name: string, download: string, bytes: Buffer): boolean {
    if (bytes.length > this.maxBytes) return false;
    this.dropExpired();
    this.delete(name);
    while (
      this.files.size > 0 &&
      (this.files.size >= this.maxFiles || this.bytes + bytes.length > this.maxBytes)
    ) {
      const oldest = this.files.keys().next().value;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
    this.files.set(name, { download, bytes, expires: this.now() + this.ttlMs });
    this.bytes += bytes.length;
    return true;
  }

  get(name: string): { download: string; bytes: Buffer } | undefined {
    const f = this.files.get(name);
    if (f === undefined) return undefined;
    if (f.expires <= this.now()) {
      this.delete(name);
      return undefined;
    }
    return { download: f.download, bytes: f.bytes };
  }

  private delete(name: string): void {
    const f = this.files.get(name);
    if (f === undefined) return;
    this.files.delete(name);
    this.bytes -= f.bytes.length;
  }

  private dropExpired(): void {
    const now = this.now();
    // insertion order is expiry order: every file lives ttlMs
    for (const [name, f] of this.files) {
      if (f.expires > now) break;
      this.delete(name);
    }
  }
}
