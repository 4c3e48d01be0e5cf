/**
 * A LibreTranslate server: `POST /translate` with `{"q": [...], "source": "es", "target":
 * "en", "format": "text"}` answers `{"translatedText": [...]}` (an array for an array `q`),
 * or `{"error": "..."}` with a 4xx/5xx status. Lines go `batchLines` per request.
 */
import { MtError, type MtEngine, checkCount, checkSingleLines } from './engine.js';
import { type HttpOptions, requestJson } from './http.js';

export interface LibreTranslateOptions extends HttpOptions {
  url: string;
  source: string;
  target: string;
  apiKey?: string;
  batchLines?: number;
}

export class LibreTranslateEngine implements MtEngine {
  readonly name = 'libretranslate';
  readonly version: string;
  readonly id: string;
  private readonly opts: LibreTranslateOptions;

  constructor(opts: LibreTranslateOptions) {
    this.opts = opts;
    this.version = opts.url;
    this.id = `libretranslate|${opts.url}|${opts.source}-${opts.target}`;
  }

  async translate(lines: string[]): Promise<string[]> {
    checkSingleLines('libretranslate', lines);
    const size = this.opts.batchLines ?? 32;
    const out: string[] = [];
    for (let start = 0; start < lines.length; start += size) {
      out.push(...(await this.translateBatch(lines.slice(start, start + size))));
    }
    return out;
  }

  private async translateBatch(q: string[]): Promise<string[]> {
    const payload: Record<string, unknown> = {
      q,
      source: this.opts.source,
      target: this.opts.target,
      format: 'text',
    };
    if (this.opts.apiKey !== undefined) payload.api_key = this.opts.apiKey;
    const url = new URL('/translate', this.opts.url).toString();
    const body = await requestJson(
      'libretranslate',
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
      },
      this.opts,
    );
    const text = (body as { translatedText?: unknown } | null)?.translatedText;
    if (!Array.isArray(text) || !text.every((t): t is string => typeof t === 'string')) {
      throw new MtError(
        `libretranslate ${this.opts.url}: answer has no string array translatedText`,
      );
    }
    checkCount('libretranslate', q.length, text.length);
    return text.map((t) => t.replace(/[\r\n]+/g, ' '));
  }
}
