/**
 * APy's `GET /stats` (apertium_apy/handlers/stats.py) from what this server counts:
 *   uptime         whole seconds since the /apy routes were set up (server start)
 *   useCount       translate requests per pair (`spa-eng`), counted once the pair is known
 *                  to be served, answered or not, as APy counts them
 *   runningPipes   always `{}` and holdingPipes always 0: this server keeps no Apertium
 *                  pipelines running between requests (apertium.ts starts one per batch)
 *   periodStats    over the last `requests` (default 1000) translations answered 200:
 *                  characters (code points of `q`), seconds spent, characters per second
 *                  rounded to 2 places, and the age of the first of them in seconds
 * The counts live in memory, per process, and the last 10,000 timings are kept (APy keeps
 * them all). Numbers are written as Python writes them (`0.0`, `12.5`, `1e-05`).
 */
import { APY_STYLE, pythonFloat, pythonJson } from './python-json.js';

/** Timings kept for periodStats. */
export const MAX_TIMINGS = 10_000;

/** Microseconds since the epoch (Python's datetime resolution). */
const nowUs = () => Math.round((performance.timeOrigin + performance.now()) * 1000);

/** Python's int() of a string (spaces, sign, digits with single underscores), else undefined. */
function pythonInt(s: string): number | undefined {
  return /^\s*[+-]?\d+(?:_\d+)*\s*$/.test(s) ? Number(s.replace(/_/g, '').trim()) : undefined;
}

export class ApyStats {
  private readonly started = nowUs();
  private readonly useCount = new Map<string, number>();
  private readonly timings: { before: number; after: number; chars: number }[] = [];

  /** A translate request for a served pair (`spa-eng`). */
  used(pair: string): void {
    this.useCount.set(pair, (this.useCount.get(pair) ?? 0) + 1);
  }

  /** Starts timing a translation; call the result when it has been answered 200. */
  start(q: string): () => void {
    const before = nowUs();
    return () => {
      this.timings.push({ before, after: nowUs(), chars: [...q].length });
      if (this.timings.length > MAX_TIMINGS) this.timings.shift();
    };
  }

  /** The answer's JSON text, as APy writes it; `requests` as APy reads it (default 1000). */
  render(requests: string | undefined): string {
    const n = pythonInt(requests ?? '1000') ?? 1000;
    // Python's timing[-n:]: the last n, all of them for 0, from index -n for negative n
    const period = this.timings.slice(-n);
    const now = nowUs();
    const spentUs = period.reduce((s, t) => s + (t.after - t.before), 0);
    const chars = period.reduce((s, t) => s + t.chars, 0);
    const perSec = spentUs !== 0 ? Number((chars / (spentUs / 1e6)).toFixed(2)) : 0;
    const first = period[0];
    const age = first === undefined ? '0' : pythonFloat((now - first.before) / 1e6);
    const json = (v: Parameters<typeof pythonJson>[0]) => pythonJson(v, APY_STYLE);
    return (
      `{"responseData": {"uptime": ${Math.floor((now - this.started) / 1e6)}, ` +
      `"useCount": ${json(Object.fromEntries(this.useCount))}, "runningPipes": {}, "holdingPipes": 0, ` +
      `"periodStats": {"charsPerSec": ${pythonFloat(perSec)}, "totChars": ${chars}, ` +
      `"totTimeSpent": ${pythonFloat(spentUs / 1e6)}, "requests": ${period.length}, ` +
      `"ageFirstRequest": ${age}}}, "responseDetails": null, "responseStatus": 200}`
    );
  }
}
