/**
 * Natural spacing for WordPiece output. BERT's tokenizer splits on whitespace and
 * punctuation and (uncased) lowercases and strips accents, so its decoder can only guess
 * ("don ' t - care ( e. g. )"). A post-edit mostly copies the mt, so each output unit that
 * is an mt unit takes that unit's original surface form, and two units that were neighbours
 * in the mt keep the mt's spacing between them. Only new material falls back to rules.
 */

/** One pre-token of the mt: BERT's pre-tokenizer cuts at whitespace and at each punctuation char. */
export interface MtUnit {
  surface: string;
  ids: number[];
  spaceBefore: boolean;
}

// BERT `_is_punctuation`: ASCII 33–47, 58–64, 91–96, 123–126, or any Unicode P* category.
const UNIT = /[!-/:-@[-`{-~]|\p{P}|[^!-/:-@[-`{-~\p{P}]+/gu;

export function mtUnits(mt: string, encode: (text: string) => number[]): MtUnit[] {
  const units: MtUnit[] = [];
  for (const word of mt.split(/\s+/u)) {
    if (word === '') continue;
    let first = true;
    for (const m of word.matchAll(UNIT)) {
      const ids = encode(m[0]);
      if (ids.length > 0)
        units.push({ surface: m[0], ids, spaceBefore: first && units.length > 0 });
      first = false;
    }
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

export function detokenizeWordPiece(
  ids: number[],
  mt: string,
  units: MtUnit[],
  vocab: { token(id: number): string; decode(ids: number[]): string },
): string {
  const mtIds = units.flatMap((u) => u.ids);
  if (mtIds.length === ids.length && mtIds.every((id, i) => id === ids[i])) return mt.trim();
  const isContinuation = (id: number | undefined) =>
    id !== undefined && vocab.token(id).startsWith('##');

  const out: OutUnit[] = [];
  let i = 0;
  let prev = -1;
  while (i < ids.length) {
    // The mt unit to copy: the one after the previous copy if it matches, else the nearest match.
    let best = -1;
    for (let j = 0; j < units.length; j++) {
      const u = units[j];
      if (u === undefined || !startsWith(ids, i, u.ids) || isContinuation(ids[i + u.ids.length]))
        continue;
      if (best === -1 || Math.abs(j - prev - 1) < Math.abs(best - prev - 1)) best = j;
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
    prev = -1;
  }

  let text = '';
  let quotes = 0;
  for (let k = 0; k < out.length; k++) {
    const u = out[k];
    if (u === undefined) continue;
    const before = out[k - 1];
    // A straight double quote opens when an even number came before it, else it closes.
    const quote = u.surface === '"' ? (quotes++ % 2 === 0 ? 'open' : 'close') : 'none';
    if (before !== undefined && spaceBetween(before, u, out[k + 1], units, quote, quotes))
      text += ' ';
    text += u.surface;
  }
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

function spaceBetween(
  a: OutUnit,
  b: OutUnit,
  next: OutUnit | undefined,
  units: MtUnit[],
  quote: 'open' | 'close' | 'none',
  quotesSoFar: number,
): boolean {
  if (a.mtIndex >= 0 && b.mtIndex === a.mtIndex + 1) return units[b.mtIndex]?.spaceBefore ?? true;
  if (quote === 'close') return false;
  // After an opening quote (an odd count so far, and `a` is that quote): no space.
  if (a.surface === '"' && quote === 'none' && quotesSoFar % 2 === 1) return false;
  if (CLOSING.test(b.surface) || OPENING.test(a.surface)) return false;
  if (b.surface === "'" && next !== undefined && CONTRACTION.test(next.surface)) return false;
  if (a.surface === "'" && CONTRACTION.test(b.surface)) return false;
  return true;
}
