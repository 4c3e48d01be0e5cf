/**
 * Scores printed the way sacreBLEU prints them (`sacrebleu/metrics/base.py`
 * `Score.format`), down to Python's float formatting. The sacreBLEU command line prints
 * with `width` 1 unless given `--width`; the Python API's default is 2.
 */

import type { Score } from './metric.js';

/** The width the sacreBLEU command line prints with (`--width`, default 1). */
export const DEFAULT_WIDTH = 1;

/**
 * Python's `f"{x:.{digits}f}"`. `toFixed` already rounds the exact binary value, but breaks
 * exact ties away from zero, where Python rounds them to even (0.25 -> '0.2', not '0.3').
 */
export function pyFixed(x: number, digits: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = Object.is(x, -0) ? '-' : '';
  const fixed = x.toFixed(digits);
  // A tie needs |x| >= 0.5e-digits, so for digits <= 10 toFixed(100) is the exact expansion.
  if (digits <= 10) {
    const exact = x.toFixed(100);
    const cut = exact.indexOf('.') + (digits === 0 ? 0 : 1 + digits);
    const rest = exact.slice(digits === 0 ? cut + 1 : cut);
    if (/^50*$/.test(rest)) {
      const kept = exact.slice(0, cut);
      const last = kept.charCodeAt(kept.length - 1) - 48;
      if (last % 2 === 0) return sign + kept;
    }
  }
  return sign + fixed;
}

export interface FormatOptions {
  /** Decimals of the score (sacreBLEU's `width`). */
  width?: number;
  /** The signature string to print after the name (`BLEU|nrefs:1|… = 12.3 …`). */
  signature?: string;
  /** Only the number, as `--score-only` prints it. */
  scoreOnly?: boolean;
}

/** The text line of `Score.format(width, score_only, signature)` (no confidence interval). */
export function formatScore(score: Score, options: FormatOptions = {}): string {
  const sc = pyFixed(score.score, options.width ?? DEFAULT_WIDTH);
  if (options.scoreOnly === true) return sc;
  const head = options.signature ? `${score.name}|${options.signature}` : score.name;
  const line = `${head} = ${sc}`;
  return score.verbose ? `${line} ${score.verbose}` : line;
}

/** Python's `repr(float)` for the numbers a score can round to. */
function pyFloatRepr(x: number): string {
  if (Number.isInteger(x) && Math.abs(x) < 1e16) return x.toFixed(1);
  return String(x).replace(/e([+-])(\d)$/, 'e$10$2');
}

/**
 * The JSON text of `Score.format(width, signature=…, is_json=True)`, as the command line's
 * `--format json` prints it: `json.dumps(d, indent=1, ensure_ascii=False)` with keys name,
 * score (the rounded number), signature, verbose_score when there is one, then every
 * `key:value` of the signature.
 */
export function formatScoreJson(score: Score, signature: string, width = DEFAULT_WIDTH): string {
  const entries: [string, string][] = [
    ['name', JSON.stringify(score.name)],
    ['score', pyFloatRepr(Number(pyFixed(score.score, width)))],
    ['signature', JSON.stringify(signature)],
  ];
  if (score.verbose) entries.push(['verbose_score', JSON.stringify(score.verbose)]);
  for (const field of signature.split('|')) {
    const colon = field.indexOf(':');
    entries.push([field.slice(0, colon), JSON.stringify(field.slice(colon + 1))]);
  }
  const body = entries.map(([k, v]) => ` ${JSON.stringify(k)}: ${v}`).join(',\n');
  return `{\n${body}\n}`;
}
