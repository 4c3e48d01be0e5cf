/**
 * The casing step of an uncased model (`casing` in ape.json, docs/model-format.md "Casing"):
 * a truecaser learned by training/ape/casing.py from the training triplets. After the
 * detokenizer has chosen each output unit's surface (the mt's where it copies an mt unit,
 * the lowercase decode elsewhere) and the spacing, each unit with a cased letter gets one
 * action from a decision list keyed on its lowercased form, its context, the case class of
 * the mt unit it copies, of the same word in the src and of the src's first word. This file and the Python
 * module implement the same algorithm; test/fixtures/casing/ holds strings the Python side
 * produced for the TypeScript side to reproduce.
 */

import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ModelError } from '../errors.js';

export const CASING_KIND = 'truecase-v1';

/** One output unit as the casing step sees it. */
export interface CasedUnit {
  surface: string;
  spaceBefore: boolean;
  /** Index of the mt unit it copies, −1 for new material. */
  mtIndex: number;
}

export type CaseClass = '' | 'l' | 'c' | 'u' | 'm';

// BERT `_is_punctuation` (as in detokenize.ts): ASCII 33–47, 58–64, 91–96, 123–126, any P*.
const PUNCT = /^(?:[!-/:-@[-`{-~]|\p{P})$/u;
const UNIT = /[!-/:-@[-`{-~]|\p{P}|[^!-/:-@[-`{-~\p{P}]+/gu;
const ALNUM = /[\p{L}\p{N}]/u;

/** BERT pre-token units of a text: split at whitespace (JS `\s`), then at each punctuation char. */
export function splitUnits(text: string): { surface: string; spaceBefore: boolean }[] {
  const out: { surface: string; spaceBefore: boolean }[] = [];
  for (const word of text.split(/\s+/u)) {
    if (word === '') continue;
    let first = true;
    for (const m of word.matchAll(UNIT)) {
      out.push({ surface: m[0], spaceBefore: first && out.length > 0 });
      first = false;
    }
  }
  return out;
}

/** What an uncased BERT keeps of a word: lowercased, NFD, combining marks (Mn) dropped. */
export function caseKey(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '');
}

export function isCased(word: string): boolean {
  return word.toLowerCase() !== word.toUpperCase();
}

/** First code point upper case, the rest lower case (Python's `w[:1].upper() + w[1:].lower()`). */
export function capitalise(word: string): string {
  const first = String.fromCodePoint(word.codePointAt(0) ?? 0);
  return word === '' ? '' : first.toUpperCase() + word.slice(first.length).toLowerCase();
}

export function caseClass(word: string): CaseClass {
  if (!isCased(word)) return '';
  if (word === word.toLowerCase()) return 'l';
  if (word === capitalise(word)) return 'c';
  if (word === word.toUpperCase()) return 'u';
  return 'm';
}

function applyAction(action: string, surface: string): string {
  switch (action) {
    case 'keep':
      return surface;
    case 'lower':
      return surface.toLowerCase();
    case 'cap':
      return capitalise(surface);
    case 'upper':
      return surface.toUpperCase();
    default:
      return action; // an exact form, stored only under keys that hold the word itself
  }
}

/** The case class of the src's first unit with a cased letter ('' if none). */
export function srcClass(src: string): CaseClass {
  for (const u of splitUnits(src)) if (isCased(u.surface)) return caseClass(u.surface);
  return '';
}

const CasingFileSchema = z.object({
  kind: z.literal(CASING_KIND),
  table: z.record(z.string(), z.string().min(1)),
});

export class Casing {
  private constructor(private readonly table: ReadonlyMap<string, string>) {}

  static fromJson(raw: unknown, file: string): Casing {
    const parsed = CasingFileSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ModelError(
        `${file} (${issue?.path.join('.') ?? ''}): ${issue?.message ?? 'invalid'} (docs/model-format.md, "Casing")`,
      );
    }
    return new Casing(new Map(Object.entries(parsed.data.table)));
  }

  static async fromFile(file: string): Promise<Casing> {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(file, 'utf8'));
    } catch (err) {
      throw new ModelError(`${file}: cannot read the casing table (${(err as Error).message})`, {
        cause: err,
      });
    }
    return Casing.fromJson(raw, file);
  }

  /** The decision list's first entry for a word's keys, most specific first; else keep. */
  private decide(k: string, ctx: string, mtc: string, srcc: string): string {
    const first = ctx.startsWith('1') ? '1' : '';
    for (const key of [
      `${k}\t${ctx}\t${mtc}`,
      `${k}\t${first}\t${mtc}`,
      `${k}\t\t`,
      `\t${first}\t${mtc}\t${srcc}`,
      `\t${ctx}\t${mtc}`,
      `\t${first}\t${mtc}`,
    ]) {
      const action = this.table.get(key);
      if (action !== undefined) return action;
    }
    return 'keep';
  }

  /** The cased surface of every output unit (units without a cased letter unchanged). */
  apply(out: readonly CasedUnit[], mtSurfaces: readonly string[], src: string): string[] {
    const s = srcClass(src);
    // The case of the word in the src, if it is there: names and identifiers stay untranslated.
    const inSrc = new Map<string, CaseClass>();
    for (const u of splitUnits(src)) {
      const k = caseKey(u.surface);
      if (isCased(u.surface) && !inSrc.has(k)) inSrc.set(k, caseClass(u.surface));
    }
    const surfaces = out.map((u) => u.surface);
    let seenWord = false;
    out.forEach((u, i) => {
      if (!isCased(u.surface)) {
        if (ALNUM.test(u.surface)) seenWord = true;
        return;
      }
      const prev = out[i - 1];
      let p = 'w';
      if (prev === undefined) p = '^';
      else if (PUNCT.test(prev.surface)) p = prev.surface + (u.spaceBefore ? '_' : '');
      const ctx = seenWord ? p : `1${p}${s}`;
      const mt = u.mtIndex >= 0 ? mtSurfaces[u.mtIndex] : undefined;
      const mtc = mt === undefined ? '-' : caseClass(mt);
      const k = caseKey(u.surface);
      surfaces[i] = applyAction(this.decide(k, ctx, mtc, inSrc.get(k) ?? '-'), u.surface);
      seenWord = true;
    });
    return surfaces;
  }
}
