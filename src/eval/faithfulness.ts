/**
 * Faithfulness counts of a post-edit against the (src, mt) it started from (issue 19): the
 * protected spans it lost, the words it invented, and whether it came out worse than the mt
 * (sentence TER against the reference post-edit). bench/ood.ts prints them per setting.
 *
 * - A *word* is a run of letters (with apostrophes inside it: `isn't`, `user's`) in a token of
 *   sacreBLEU's 13a tokenization (the one BLEU uses; it also decodes `&amp;` `&lt;` `&gt;`
 *   `&quot;`), lower-cased, after the text's own protected spans (src/text/protect/detect.ts:
 *   URLs, paths, placeholders, markup, ...; names stay, they are words) are blanked out. Numbers are no words.
 * - An *invented* word of an output is a word that is neither a word of the src, nor of the
 *   mt, nor in the dictionary (a word list, lower-cased: `loadWordList`); `w's` counts as
 *   known when `w` is. An `extra` list (the training post-edits' words) gives a second count.
 * - The *protected spans* of a segment are the mt's spans (detectSpans) whose text occurs in
 *   the src too: what a faithful post-edit carries over. A span is *lost* for each occurrence
 *   of its text in the mt that the output lacks (missing or altered; same whole-word counting
 *   as the server's check, countOccurrences).
 * - *worse* / *better*: the output's case-sensitive sentence TER against the reference is
 *   higher / lower than the mt's; *unchanged*: the output is the mt, verbatim.
 */
import { countOccurrences, detectSpans, type ProtectedSpan } from '../text/protect/detect.js';
import { BLEU } from './bleu.js';
import { corpusScore } from './metric.js';
import { TER } from './ter.js';
import { Tokenizer13a } from './tokenizers/13a.js';

const tokenizer = new Tokenizer13a();
const WORD = /[\p{L}\p{M}]+(?:'[\p{L}\p{M}]+)*/gu;

/** A word list, one word a line (Debian's /usr/share/dict files), lower-cased. */
export function loadWordList(text: string): Set<string> {
  const out = new Set<string>();
  for (const line of text.split('\n')) {
    const w = line.trim().replaceAll('’', "'").toLowerCase();
    if (w !== '') out.add(w);
  }
  return out;
}

/** `text` with the given ranges replaced by spaces. */
function blank(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    out += text.slice(at, s.start) + ' ';
    at = s.end;
  }
  return out + text.slice(at);
}

/**
 * The words of `text` (see above), in order, with repeats. `src` is the segment's source, for
 * the spans that need it (shortcuts); the text's own spans are left out, except names, which
 * are words (`Nextcloud's` is one).
 */
export function wordsOf(text: string, src: string): string[] {
  const spans = detectSpans(src, text).filter((s) => s.kind !== 'name');
  const plain = blank(text, spans).replaceAll('’', "'");
  const out: string[] = [];
  for (const tok of tokenizer.tokens(plain))
    for (const m of tok.matchAll(WORD)) out.push(m[0].toLowerCase());
  return out;
}

/** The spans of `mt` whose text the src holds too (see above). */
export function carriedSpans(src: string, mt: string): ProtectedSpan[] {
  return detectSpans(src, mt).filter((s) => countOccurrences(src, s.text) > 0);
}

/** Occurrences of the carried spans' texts in the mt that `out` lacks. */
export function spansLost(src: string, mt: string, out: string): number {
  let lost = 0;
  for (const text of new Set(carriedSpans(src, mt).map((s) => s.text)))
    lost += Math.max(0, countOccurrences(mt, text) - countOccurrences(out, text));
  return lost;
}

function known(word: string, sets: readonly ReadonlySet<string>[]): boolean {
  const has = (w: string) => sets.some((s) => s.has(w));
  return has(word) || (word.endsWith("'s") && has(word.slice(0, -2)));
}

/** The invented words of `out` (distinct, in order of appearance). */
export function inventedWords(
  out: string,
  src: string,
  mt: string,
  dictionary: ReadonlySet<string>,
  extra: ReadonlySet<string> = new Set(),
): string[] {
  const seen = new Set([...wordsOf(src, src), ...wordsOf(mt, src)]);
  const found: string[] = [];
  for (const w of wordsOf(out, src))
    if (!known(w, [seen, dictionary, extra]) && !found.includes(w)) found.push(w);
  return found;
}

export interface FaithfulnessRow {
  src: string;
  mt: string;
  /** The output to judge (the mt itself for the baseline). */
  out: string;
  /** The reference post-edit. */
  pe: string;
}

export interface SegmentFaithfulness {
  spans: number;
  spansLost: number;
  /** Invented words (distinct), against src, mt and the dictionary. */
  invented: string[];
  /** Those of `invented` that the `extra` word list lacks too. */
  inventedBeyondExtra: string[];
  terMt: number;
  terOut: number;
  verdict: 'worse' | 'better' | 'same-ter' | 'unchanged';
}

export interface FaithfulnessSummary {
  segments: number;
  /** Carried spans in all mts, and the occurrences the outputs lost. */
  spans: number;
  spansLost: number;
  segmentsLosingSpans: number;
  segmentsInventing: number;
  inventedWords: number;
  segmentsInventingBeyondExtra: number;
  inventedWordsBeyondExtra: number;
  worse: number;
  better: number;
  unchanged: number;
  /** Corpus TER (case-sensitive) and BLEU (13a) of the outputs against the references. */
  ter: number;
  bleu: number;
  perSegment: SegmentFaithfulness[];
}

/** The counts above over a corpus; `extra` is the optional second vocabulary. */
export function faithfulness(
  rows: readonly FaithfulnessRow[],
  dictionary: ReadonlySet<string>,
  extra: ReadonlySet<string> = new Set(),
): FaithfulnessSummary {
  const ter = new TER({ caseSensitive: true });
  const perSegment = rows.map((r): SegmentFaithfulness => {
    const invented = inventedWords(r.out, r.src, r.mt, dictionary);
    const terMt = ter.sentenceScore(r.mt, [r.pe]).score;
    const terOut = ter.sentenceScore(r.out, [r.pe]).score;
    return {
      spans: carriedSpans(r.src, r.mt).length,
      spansLost: spansLost(r.src, r.mt, r.out),
      invented,
      inventedBeyondExtra: invented.filter((w) => !known(w, [extra])),
      terMt,
      terOut,
      verdict:
        r.out === r.mt
          ? 'unchanged'
          : terOut > terMt
            ? 'worse'
            : terOut < terMt
              ? 'better'
              : 'same-ter',
    };
  });
  const sum = (f: (s: SegmentFaithfulness) => number) => perSegment.reduce((n, s) => n + f(s), 0);
  const refs = [rows.map((r) => r.pe)];
  const outs = rows.map((r) => r.out);
  return {
    segments: rows.length,
    spans: sum((s) => s.spans),
    spansLost: sum((s) => s.spansLost),
    segmentsLosingSpans: sum((s) => (s.spansLost > 0 ? 1 : 0)),
    segmentsInventing: sum((s) => (s.invented.length > 0 ? 1 : 0)),
    inventedWords: sum((s) => s.invented.length),
    segmentsInventingBeyondExtra: sum((s) => (s.inventedBeyondExtra.length > 0 ? 1 : 0)),
    inventedWordsBeyondExtra: sum((s) => s.inventedBeyondExtra.length),
    worse: sum((s) => (s.verdict === 'worse' ? 1 : 0)),
    better: sum((s) => (s.verdict === 'better' ? 1 : 0)),
    unchanged: sum((s) => (s.verdict === 'unchanged' ? 1 : 0)),
    ter: corpusScore(new TER({ caseSensitive: true }), outs, refs).score,
    bleu: corpusScore(new BLEU(), outs, refs).score,
    perSegment,
  };
}
