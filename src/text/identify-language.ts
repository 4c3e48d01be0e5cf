/**
 * A language identifier for the languages the server serves (LibreTranslate `/detect` and
 * `source: "auto"`, APy `/identifyLang`): multinomial naive Bayes over character n-grams
 * (orders 1-3) of each word padded with a space on both sides (Cavnar & Trenkle 1994's
 * features; the classifier as in Dunning 1994, "Statistical identification of language"),
 * add-one smoothing per order, log-probabilities, uniform prior.
 *
 * The n-gram counts are built once from the project's own data by build-language-profiles.ts
 * and committed as language-profiles.json next to this file (about 100 KB), so serving reads
 * nothing but the model directory: the training text (synthetic-data/) is not in the npm
 * package, and counting it at every start would cost time for nothing.
 *
 * Confidence is the posterior of the top language, which naive Bayes makes extreme on any
 * text longer than a few words (it counts overlapping n-grams as independent); it is a
 * ranking, not a calibrated probability.
 */
import profilesJson from './language-profiles.json' with { type: 'json' };

/** The highest n-gram order. */
export const MAX_ORDER = 3;

/** Per language: n-gram counts (orders 1..MAX_ORDER) and each order's total before pruning. */
export interface LanguageProfile {
  /** Count of every n-gram of each order, index 0 = unigrams, before pruning. */
  totals: number[];
  ngrams: Record<string, number>;
}

export interface LanguageProfiles {
  /** What the counts were built from, for the record. */
  source: string;
  /** N-grams seen fewer times than this in a language were left out of its profile. */
  minCount: number;
  /** Keyed by ISO 639-1 code. */
  languages: Record<string, LanguageProfile>;
}

/** Only characters of words (letters and combining marks) count; digits, `%s`, punctuation do not. */
const WORD = /[\p{L}\p{M}]+/gu;
/** Characters of a text read (a longer text is identified from its beginning). */
const MAX_CHARS = 10_000;

/** Each n-gram (orders 1..MAX_ORDER) of `text`'s words, lower-cased, NFC, space-padded. */
export function ngrams(text: string): string[] {
  const out: string[] = [];
  const words = text.slice(0, MAX_CHARS).normalize('NFC').toLowerCase().match(WORD) ?? [];
  for (const word of words) {
    const chars = [...` ${word} `];
    for (let n = 1; n <= MAX_ORDER; n++)
      for (let i = 0; i + n <= chars.length; i++) {
        const g = chars.slice(i, i + n).join('');
        if (g !== ' ') out.push(g);
      }
  }
  return out;
}

/** The order of an n-gram: its length in code points. */
const orderOf = (g: string) => [...g].length;

/** Counts of `lines`' n-grams with each order's total: a profile before pruning. */
export function countNgrams(lines: Iterable<string>): LanguageProfile {
  const totals = Array.from({ length: MAX_ORDER }, () => 0);
  const counts = new Map<string, number>();
  for (const line of lines)
    for (const g of ngrams(line)) {
      counts.set(g, (counts.get(g) ?? 0) + 1);
      totals[orderOf(g) - 1] = (totals[orderOf(g) - 1] ?? 0) + 1;
    }
  const ngramsOut: Record<string, number> = {};
  for (const [g, c] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    ngramsOut[g] = c;
  return { totals, ngrams: ngramsOut };
}

/** A language and its confidence, 0..1 (the posterior). */
export interface Detection {
  language: string;
  confidence: number;
}

export class LanguageIdentifier {
  private readonly codes: string[];
  private readonly logProb: Map<string, Float64Array>;
  private readonly logUnseen: Float64Array[];

  /**
   * @param profiles the n-gram counts (default: the committed language-profiles.json)
   * @param languages the languages to choose among (ISO 639-1, in the order ties are broken);
   *   those without a profile are left out (see `languages`)
   */
  constructor(languages: readonly string[], profiles: LanguageProfiles = defaultProfiles()) {
    this.codes = [...new Set(languages)].filter((l) => profiles.languages[l] !== undefined);
    const chosen = this.codes.map((l) => profiles.languages[l] as LanguageProfile);
    // add-one smoothing: V_n = n-grams of order n in any chosen profile, plus one for unseen
    const vocab = Array.from({ length: MAX_ORDER }, () => new Set<string>());
    for (const p of chosen) for (const g of Object.keys(p.ngrams)) vocab[orderOf(g) - 1]?.add(g);
    const denominators = chosen.map((p) =>
      vocab.map((v, n) => Math.log((p.totals[n] ?? 0) + v.size + 1)),
    );
    this.logUnseen = denominators.map((d) => Float64Array.from(d, (x) => -x));
    this.logProb = new Map();
    for (const v of vocab)
      for (const g of v)
        this.logProb.set(
          g,
          Float64Array.from(
            chosen,
            (p, k) => Math.log((p.ngrams[g] ?? 0) + 1) - (denominators[k]?.[orderOf(g) - 1] ?? 0),
          ),
        );
  }

  /** The languages it chooses among: those asked for that have a profile. */
  get languages(): readonly string[] {
    return this.codes;
  }

  /**
   * Every language, most likely first, with its posterior. A text with no letters (or no
   * languages to choose among) gives each language confidence 0, in the order given.
   */
  identify(text: string): Detection[] {
    const grams = ngrams(text);
    if (grams.length === 0 || this.codes.length === 0)
      return this.codes.map((language) => ({ language, confidence: 0 }));
    const scores = this.codes.map(() => 0);
    for (const g of grams) {
      const lp = this.logProb.get(g);
      for (let k = 0; k < scores.length; k++)
        scores[k] = (scores[k] ?? 0) + (lp?.[k] ?? this.logUnseen[k]?.[orderOf(g) - 1] ?? 0);
    }
    const max = Math.max(...scores);
    const exps = scores.map((s) => Math.exp(s - max));
    const sum = exps.reduce((a, b) => a + b, 0);
    return this.codes
      .map((language, k) => ({ language, confidence: (exps[k] ?? 0) / sum }))
      .sort((a, b) => b.confidence - a.confidence);
  }
}

/** The committed profiles (language-profiles.json). */
export function defaultProfiles(): LanguageProfiles {
  return profilesJson as LanguageProfiles;
}
