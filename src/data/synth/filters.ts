/**
 * The eSCAPE filters (Negri et al. 2018, "eSCAPE: a Large-scale Synthetic Corpus for
 * Automatic Post-Editing", sec. 3): bounds on sentence length, on the length ratio between
 * the sides, and a band of TER between mt and pe that drops triplets whose mt is no useful
 * draft of pe (TER too high: a different sentence or a broken reference) and, when `terMin`
 * is above 0, those that need no edit. Lengths are white-space tokens.
 */
export interface FilterConfig {
  /** Fewest tokens in src, mt and pe. */
  minTokens: number;
  /** Most tokens in src, mt and pe. */
  maxTokens: number;
  /** Largest ratio longer/shorter between src and pe, and between mt and pe. */
  maxLengthRatio: number;
  /** TER(mt, pe) band in percent, as sacreBLEU prints TER: keep terMin <= TER <= terMax. */
  terMin: number;
  terMax: number;
}

export const DEFAULT_FILTERS: FilterConfig = {
  minTokens: 3,
  maxTokens: 100,
  maxLengthRatio: 3,
  terMin: 0,
  // Apertium against the human translation of gettext messages: median TER 62.5, 29% above
  // 75 (3,000 es-en pairs); past 75 the two rarely share a sentence structure, so mt is no
  // draft of pe. See synthetic-data/README.md.
  terMax: 75,
};

export type FilterName =
  'empty-mt' | 'too-short' | 'too-long' | 'length-ratio' | 'ter-low' | 'ter-high';

/** TER of `hyp` against one reference, in percent (sacreBLEU's TER, sentence level). */
export type TerFunction = (hyp: string, ref: string) => number;

function tokens(s: string): number {
  let n = 0;
  for (const w of s.split(' ')) if (w !== '') n++;
  return n;
}

/** The first filter that rejects the triplet, or undefined when it passes all. */
export function rejectedBy(
  t: { src: string; mt: string; pe: string },
  cfg: FilterConfig,
  ter: TerFunction,
): FilterName | undefined {
  if (t.mt.trim() === '') return 'empty-mt';
  const ls = tokens(t.src);
  const lm = tokens(t.mt);
  const lp = tokens(t.pe);
  if (Math.min(ls, lm, lp) < cfg.minTokens) return 'too-short';
  if (Math.max(ls, lm, lp) > cfg.maxTokens) return 'too-long';
  const ratio = (a: number, b: number): number => Math.max(a, b) / Math.max(1, Math.min(a, b));
  if (ratio(ls, lp) > cfg.maxLengthRatio || ratio(lm, lp) > cfg.maxLengthRatio)
    return 'length-ratio';
  if (cfg.terMin > 0 || cfg.terMax < Infinity) {
    const score = ter(t.mt, t.pe);
    if (score < cfg.terMin) return 'ter-low';
    if (score > cfg.terMax) return 'ter-high';
  }
  return undefined;
}
