/**
 * A remote Apertium through APy, the Apertium HTTP server:
 * `GET /translate?langpair=spa|eng&q=...` answers
 * `{"responseData": {"translatedText": "..."}, "responseStatus": 200, "responseDetails": null}`.
 * One request per line (APy translates a `q` as one text, so joined lines could run together,
 * see apertium.ts), `concurrency` requests in flight.
 */
import { MtError, type MtEngine, checkSingleLines } from './engine.js';
import { type HttpOptions, mapLimit, requestJson } from './http.js';

export interface ApyOptions extends HttpOptions {
  /** Server root, e.g. http://localhost:2737 */
  url: string;
  /** APy's langpair, e.g. 'spa|eng'. */
  langpair: string;
  /** APy's `markUnknown` parameter: 'no' drops the `*` marks. */
  unknownMarks?: 'keep' | 'drop';
  concurrency?: number;
}

export class ApyEngine implements MtEngine {
  readonly name = 'apy';
  readonly version: string;
  readonly id: string;
  private readonly opts: ApyOptions;

  constructor(opts: ApyOptions) {
    this.opts = opts;
    this.version = opts.url;
    this.id = `apy|${opts.url}|${opts.langpair}|marks:${opts.unknownMarks ?? 'drop'}`;
  }

  /** The same server asked with `markUnknown=yes` (src/server/compat/apy-unknown.ts). */
  withUnknownMarks(): ApyEngine {
    return new ApyEngine({ ...this.opts, unknownMarks: 'keep' });
  }

  async translate(lines: string[]): Promise<string[]> {
    checkSingleLines('apy', lines);
    return mapLimit(lines, this.opts.concurrency ?? 4, (line) => this.translateOne(line));
  }

  private async translateOne(line: string): Promise<string> {
    if (line.trim() === '') return line;
    const url = new URL('/translate', this.opts.url);
    url.searchParams.set('langpair', this.opts.langpair);
    url.searchParams.set('q', line);
    url.searchParams.set(
      'markUnknown',
      (this.opts.unknownMarks ?? 'drop') === 'drop' ? 'no' : 'yes',
    );
    const body = await requestJson('apy', url.toString(), { method: 'GET' }, this.opts);
    const data = (body as { responseData?: { translatedText?: unknown } } | null)?.responseData;
    const text = data?.translatedText;
    if (typeof text !== 'string') {
      const details = (body as { responseDetails?: unknown } | null)?.responseDetails;
      throw new MtError(
        `apy ${this.opts.url}: answer has no string responseData.translatedText` +
          (details !== undefined && details !== null
            ? ` (responseDetails: ${String(details)})`
            : ''),
      );
    }
    return text.replace(/[\r\n]+/g, ' ');
  }
}
