/**
 * APy's `markUnknown=yes` on /apy/translate: a word Apertium did not know comes back marked
 * `*word`, as apertium-apy writes it (apertium_apy/handlers/translate.py: `*` marks kept for
 * `yes`, `true` or `1`, case-insensitive; stripped with its regex otherwise).
 *
 * What is marked is the post-edit, not the MT. The model always reads the MT without marks
 * (`apertium -u`, the engine's default), so the post-edit of a line is the same with or without
 * `markUnknown`. Apertium is run a second time with marks (no `-u`; a remote APy is asked with
 * `markUnknown=yes`) only to learn which words it did not know: the words marked `*` in that
 * output, less those that carry a `*` in the unmarked output too (a `*` the source itself
 * had). A `*` then goes back before each such word that is still in the post-edit, as a whole
 * word outside tags, as many times as Apertium marked it, left to right. A word the model
 * replaced is no longer the untranslated source word, so it is not marked. The alternative,
 * keeping the marked MT for every line with an unknown word, would throw away the post-edit of
 * every line that holds a name.
 *
 * Apertium's other marks, `#` (generation) and `@` (transfer), stay dropped: APy leaves them in
 * even with `markUnknown=no`, but a `#` or `@` before a word would reach the model, which was
 * trained on MT without marks. A LibreTranslate upstream marks nothing, so there `markUnknown`
 * changes nothing. Without `markUnknown` (APy's default is `yes`) nothing is marked: the
 * clients we know (OmegaT's Apertium connector, Apertium's html-tools) send it explicitly, and
 * unmarked text is what a translator's target segment wants.
 */
import type { MtEngine } from '../../data/mt/engine.js';
import type { TagFlavour } from '../../text/tags/parse.js';
import {
  splitLines,
  translateAndPostEdit,
  type CompatPostEdit,
  type UpstreamMt,
} from './upstream.js';

/** APy's test of its `markUnknown` argument. */
export function wantsMarks(value: string | undefined): boolean {
  return value !== undefined && ['yes', 'true', '1'].includes(value.toLowerCase());
}

interface MarkingEngine extends MtEngine {
  withUnknownMarks(): MtEngine;
}

function canMark(engine: MtEngine): engine is MarkingEngine {
  return typeof (engine as Partial<MarkingEngine>).withUnknownMarks === 'function';
}

const markingEngines = new WeakMap<MtEngine, MtEngine>();

/** The engine's variant that keeps `*` marks (Apertium, APy), or undefined (LibreTranslate). */
function markingEngine(engine: MtEngine): MtEngine | undefined {
  if (!canMark(engine)) return undefined;
  let marking = markingEngines.get(engine);
  if (marking === undefined) {
    marking = engine.withUnknownMarks();
    markingEngines.set(engine, marking);
  }
  return marking;
}

/** A word as Apertium copies an unknown one: letters, digits, marks, inner ' ’ _ -. */
const WORD = String.raw`[\p{L}\p{N}\p{M}]+(?:['’_-][\p{L}\p{N}\p{M}]+)*`;
const MARKED = new RegExp(String.raw`\*(${WORD})`, 'gu');
const TAG = /(<[^<>]*>)/;

function outsideTags(text: string, flavour: TagFlavour): string[] {
  if (flavour === 'none') return [text];
  return text.split(TAG).filter((_, i) => i % 2 === 0);
}

function markCounts(parts: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const part of parts)
    for (const m of part.matchAll(MARKED)) {
      const w = m[1] ?? '';
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  return counts;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The post-edit `pe` of one line with `*` put back before the words Apertium did not know:
 * those marked in `markedMt` (Apertium with marks) and not in `plainMt` (without).
 */
export function restoreMarks(
  pe: string,
  markedMt: string,
  plainMt: string,
  flavour: TagFlavour,
): string {
  const counts = markCounts(outsideTags(markedMt, flavour));
  for (const [w, n] of markCounts(outsideTags(plainMt, flavour)))
    counts.set(w, (counts.get(w) ?? 0) - n);
  const words = [...counts.entries()]
    .filter(([, n]) => n > 0)
    .map(([w]) => w)
    .sort((a, b) => b.length - a.length);
  if (words.length === 0) return pe;
  const re = new RegExp(
    String.raw`(?<![\p{L}\p{N}\p{M}*])(?:${words.map(escapeRe).join('|')})(?![\p{L}\p{N}\p{M}])`,
    'gu',
  );
  const mark = (text: string) =>
    text.replace(re, (w) => {
      const n = counts.get(w) ?? 0;
      if (n <= 0) return w;
      counts.set(w, n - 1);
      return `*${w}`;
    });
  if (flavour === 'none') return mark(pe);
  return pe
    .split(TAG)
    .map((part, i) => (i % 2 === 1 ? part : mark(part)))
    .join('');
}

/**
 * `translateAndPostEdit` of one text with unknown words marked: the unmarked and the marked
 * MT of its lines side by side (one Apertium run each), the unmarked one post-edited, marks
 * restored line by line.
 */
export async function translateMarkingUnknown(
  up: UpstreamMt,
  text: string,
  flavour: TagFlavour,
  postEdit: CompatPostEdit,
  signal?: AbortSignal,
): Promise<string> {
  const marking = markingEngine(up.engine);
  const { lines, breaks } = splitLines(text);
  const filled = lines.filter((l) => l.trim() !== '');
  if (marking === undefined || filled.length === 0)
    return (await translateAndPostEdit(up, [text], flavour, postEdit, signal))[0] ?? '';
  const [plain, marked] = await Promise.all([
    up.engine.translate(filled),
    marking.translate(filled),
  ]);
  // translateAndPostEdit sends the same non-blank lines, in order, to its engine: the unmarked
  // MT already made is its answer.
  const done: MtEngine = {
    name: up.engine.name,
    version: up.engine.version,
    id: up.engine.id,
    translate: (asked) => {
      if (asked.length !== plain.length)
        return Promise.reject(new Error(`${asked.length} lines asked, ${plain.length} made`));
      return Promise.resolve(plain);
    },
  };
  const pe = await translateAndPostEdit({ ...up, engine: done }, lines, flavour, postEdit, signal);
  let k = 0;
  let out = '';
  lines.forEach((line, i) => {
    let t = pe[i] ?? '';
    if (line.trim() !== '') {
      t = restoreMarks(t, marked[k] ?? '', plain[k] ?? '', flavour);
      k++;
    }
    out += t + (breaks[i] ?? '');
  });
  return out;
}
