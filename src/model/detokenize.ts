/**
 * Natural spacing for WordPiece output. BERT's tokenizer splits on whitespace and
 * punctuation and (uncased) lowercases and strips accents, so its decoder can only guess
 * ("don ' t - care ( e. g. )"). A post-edit mostly copies the mt, so each output unit that
 * is an mt unit takes that unit's original surface form, and two units that were neighbours
 * in the mt keep the mt's spacing between them. Only new material falls back to rules.
 * With a casing table (casing.ts) each unit's case is then chosen by it; without one, the
 * mt's sentence-initial capital carries over.
 */

import { splitUnits, type Casing } from './casing.js';

/** One pre-token of the mt: BERT's pre-tokenizer cuts at whitespace and at each punctuation char. */
export interface MtUnit {
  surface: string;
  ids: number[];
  spaceBefore: boolean;
}

export function mtUnits(mt: string, encode: (text: string) => number[]): MtUnit[] {
  const units: MtUnit[] = [];
  for (const u of splitUnits(mt)) {
    const ids = encode(u.surface);
    if (ids.length > 0)
      units.push({ surface: u.surface, ids, spaceBefore: u.spaceBefore && units.length > 0 });
  }
  return units;
}

const CLOSING = /^[.,!?;:%)\]}»”’…]$/u;
const OPENING = /^[([{¿¡«“‘$]$/u;
const CONTRACTION = /^(s|t|m|d|ll|re|ve)$/u;

interface OutUnit {
  surface: string;
  mtIndex: number; // −1: not copied from the mt
}

function startsWith(ids: number[], at: number, prefix: number[]): boolean {
  if (at + prefix.length > ids.length) return false;
  for (let i = 0; i < prefix.length; i++) if (ids[at + i] !== prefix[i]) return false;
  return true;
}

/** How many mt units from `j` on match the output ids from `at` on, unit by unit. */
function matchRun(
  ids: number[],
  at: number,
  units: MtUnit[],
  j: number,
  isContinuation: (id: number | undefined) => boolean,
): number {
  let run = 0;
  for (let u = units[j]; u !== undefined; u = units[j + run]) {
    if (!startsWith(ids, at, u.ids) || isContinuation(ids[at + u.ids.length])) break;
    at += u.ids.length;
    run++;
  }
  return run;
}

export function detokenizeWordPiece(
  ids: number[],
  mt: string,
  units: MtUnit[],
  vocab: { token(id: number): string; decode(ids: number[]): string },
  casing?: { table: Casing; src: string },
): string {
  const mtIds = units.flatMap((u) => u.ids);
  const same = mtIds.length === ids.length && mtIds.every((id, i) => id === ids[i]);
  if (same && casing === undefined) return mt.trim();
  const isContinuation = (id: number | undefined) =>
    id !== undefined && vocab.token(id).startsWith('##');

  const out: OutUnit[] = [];
  let i = 0;
  let prev = -1;
  while (i < ids.length) {
    // The mt unit to copy: of those that match here, the one that starts the longest run of
    // mt units matching the output from here on (a moved phrase is copied as a whole), then
    // the one nearest to the unit after the previous unit's; a new unit counts as standing in
    // for the mt unit after the previous one's.
    let best = -1;
    let bestRun = 0;
    for (let j = 0; j < units.length; j++) {
      const run = matchRun(ids, i, units, j, isContinuation);
      if (run === 0) continue;
      if (
        best === -1 ||
        run > bestRun ||
        (run === bestRun && Math.abs(j - prev - 1) < Math.abs(best - prev - 1))
      ) {
        best = j;
        bestRun = run;
      }
    }
    const match = units[best];
    if (match !== undefined) {
      out.push({ surface: match.surface, mtIndex: best });
      i += match.ids.length;
      prev = best;
      continue;
    }
    let end = i + 1;
    while (isContinuation(ids[end])) end++;
    out.push({ surface: vocab.decode(ids.slice(i, end)), mtIndex: -1 });
    i = end;
    prev += 1;
  }

  let quotes = 0;
  const spaced = out.map((u, k) => {
    const before = out[k - 1];
    // A straight double quote opens when an even number came before it, else it closes.
    const quote = u.surface === '"' ? (quotes++ % 2 === 0 ? 'open' : 'close') : 'none';
    const spaceBefore =
      before !== undefined &&
      spaceBetween(before, u, { beforeA: out[k - 2], next: out[k + 1] }, units, quote, quotes);
    return { ...u, spaceBefore };
  });
  if (casing !== undefined) {
    const surfaces = casing.table.apply(
      spaced,
      units.map((u) => u.surface),
      casing.src,
    );
    return spaced.map((u, k) => (u.spaceBefore ? ' ' : '') + (surfaces[k] ?? '')).join('');
  }
  let text = spaced.map((u) => (u.spaceBefore ? ' ' : '') + u.surface).join('');
  // The mt's sentence-initial capital carries over to a post-edit that starts differently.
  const mtFirst = units[0]?.surface.charAt(0) ?? '';
  if (
    mtFirst !== '' &&
    mtFirst === mtFirst.toUpperCase() &&
    mtFirst !== mtFirst.toLowerCase() &&
    out[0]?.mtIndex !== 0
  ) {
    text = text.charAt(0).toUpperCase() + text.slice(1);
  }
  return text;
}

const PUNCT_UNIT = /^(?:[!-/:-@[-`{-~]|\p{P})$/u;

const JOINER = /^[-_/]$/u;
const NUMBER_JOINER = /^[.,:]$/u;

function isNumber(x: string | undefined): boolean {
  return x !== undefined && /^\p{N}+$/u.test(x);
}

function isWord(x: string | undefined): boolean {
  return x !== undefined && !PUNCT_UNIT.test(x);
}

function sameKind(x: string | undefined, y: string): boolean {
  return x !== undefined && PUNCT_UNIT.test(x) === PUNCT_UNIT.test(y);
}

function spaceBetween(
  a: OutUnit,
  b: OutUnit,
  around: { beforeA: OutUnit | undefined; next: OutUnit | undefined },
  units: MtUnit[],
  quote: 'open' | 'close' | 'none',
  quotesSoFar: number,
): boolean {
  if (a.mtIndex >= 0 && b.mtIndex === a.mtIndex + 1) return units[b.mtIndex]?.spaceBefore ?? true;
  // Next to an mt unit, the mt's spacing on that side holds if the mt had the same kind of
  // unit (word or punctuation) there: "in %s" -> "on %s", "[%2or]" -> "[%2u]".
  const bMt = units[b.mtIndex];
  if (bMt !== undefined && b.mtIndex > 0 && sameKind(units[b.mtIndex - 1]?.surface, a.surface))
    return bMt.spaceBefore;
  const afterA = units[a.mtIndex + 1];
  if (a.mtIndex >= 0 && sameKind(afterA?.surface, b.surface)) return afterA?.spaceBefore ?? true;
  // A hyphen, underscore or slash between two words joins them: "read-only", "and/or".
  const { beforeA, next } = around;
  if (JOINER.test(b.surface) && isWord(a.surface) && isWord(next?.surface)) return false;
  if (JOINER.test(a.surface) && isWord(beforeA?.surface) && isWord(b.surface)) return false;
  // A point, comma or colon between two numbers joins them: "3.5", "1,000", "10:30".
  if (NUMBER_JOINER.test(b.surface) && isNumber(a.surface) && isNumber(next?.surface)) return false;
  if (NUMBER_JOINER.test(a.surface) && isNumber(beforeA?.surface) && isNumber(b.surface))
    return false;
  if (quote === 'close') return false;
  // After an opening quote (an odd count so far, and `a` is that quote): no space.
  if (a.surface === '"' && quote === 'none' && quotesSoFar % 2 === 1) return false;
  // "%" closes a number ("3.5%") but otherwise starts a printf placeholder ("entry %d").
  const closes = b.surface === '%' ? /\p{N}$/u.test(a.surface) : CLOSING.test(b.surface);
  if (closes || OPENING.test(a.surface)) return false;
  if (b.surface === "'" && next !== undefined && CONTRACTION.test(next.surface)) return false;
  if (a.surface === "'" && CONTRACTION.test(b.surface)) return false;
  return true;
}
