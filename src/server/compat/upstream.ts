/**
 * What the MT-provider-compatible routes do with a text: translate it with the configured
 * upstream MT engine (Apertium, a remote APy or LibreTranslate: src/data/mt/), then
 * post-edit the MT with the model, inline tags carried over and protected spans checked
 * (src/text/tagged-postedit.ts). Texts go line by line
 * (the engines take single lines; a CR, CR LF, LF, NEL, LS or PS ends a line and is given back
 * as it came). An empty or blank line is answered as it came, without MT or model. A line the model cannot take (too long) or whose markup
 * does not parse keeps its MT: an MT provider always answers with a translation.
 */
import type { MtEngine } from '../../data/mt/engine.js';
import { UsageError } from '../../errors.js';
import type { Segment } from '../../model/segment.js';
import { postEditParsed, type PlainPostEdit } from '../../text/tagged-postedit.js';
import {
  parseTagged,
  TagSyntaxError,
  type TagFlavour,
  type TaggedText,
} from '../../text/tags/parse.js';

export interface UpstreamMt {
  /** Language codes, ISO 639-1 or 639-3 (`en`/`eng`). */
  source: string;
  target: string;
  engine: MtEngine;
}

/** Post-editing of plain segments; aborting `signal` abandons them (client gone, timeout). */
export type CompatPostEdit = (
  segments: Segment[],
  signal?: AbortSignal,
) => Promise<PlainPostEdit[]>;

function parseOrPlain(text: string, flavour: TagFlavour): TaggedText {
  try {
    return parseTagged(text, flavour);
  } catch (err) {
    if (err instanceof TagSyntaxError) return parseTagged(text, 'none');
    throw err;
  }
}

/**
 * MT then APE of each text; returns one translation per text. Aborting `signal` (the client
 * has gone, or the request timed out) drops the post-editing nobody waits for any more.
 */
export async function translateAndPostEdit(
  up: UpstreamMt,
  texts: readonly string[],
  flavour: TagFlavour,
  postEdit: CompatPostEdit,
  signal?: AbortSignal,
): Promise<string[]> {
  const { split, out, work } = await translateLines(up, texts, flavour);
  if (work.length > 0) {
    // Tags go back and protected spans are checked as on /v1/postedit (text/tagged-postedit.ts):
    // a line whose post-edit breaks a URL, placeholder or name keeps its MT.
    const results = await postEditParsed(
      work.map((w) => ({ src: w.src, mt: w.mt })),
      (segments) => postEdit(segments, signal),
    );
    work.forEach((w, k) => {
      const r = results[k];
      if (r !== undefined) out[w.index] = r.pe;
    });
  }
  return joinTexts(split, out);
}

/** The texts' lines through the MT (translateLines). */
export interface TranslatedLines {
  /** Each text's lines and line breaks (splitLines). */
  split: { lines: string[]; breaks: string[] }[];
  /** Every line of every text, in order: its MT, or the line itself where blank. */
  out: string[];
  /** The lines to post-edit: their index in `out`, src and MT with their tags parsed. */
  work: { index: number; src: TaggedText; mt: TaggedText }[];
}

/** The MT of each text's lines, and the lines the model post-edits (translateAndPostEdit). */
export async function translateLines(
  up: UpstreamMt,
  texts: readonly string[],
  flavour: TagFlavour,
): Promise<TranslatedLines> {
  const split = texts.map(splitLines);
  const lines = split.flatMap((s) => s.lines);
  // Blank lines go to no engine: they come back as they are.
  const filled = lines.flatMap((l, i) => (l.trim() === '' ? [] : [i]));
  const translated =
    filled.length > 0 ? await up.engine.translate(filled.map((i) => lines[i] ?? '')) : [];
  const mt = [...lines];
  filled.forEach((i, k) => (mt[i] = translated[k] ?? ''));
  const work: TranslatedLines['work'] = [];
  lines.forEach((src, index) => {
    const m = mt[index] ?? '';
    if (src.trim() === '' || m.trim() === '') return;
    const srcTagged = parseOrPlain(src, flavour);
    const mtTagged = parseOrPlain(m, srcTagged.flavour === 'none' ? 'none' : flavour);
    work.push({ index, src: srcTagged, mt: mtTagged });
  });
  return { split, out: [...mt], work };
}

/** Each text from its lines (`out`, every text's in order) and its own line breaks. */
export function joinTexts(
  split: readonly { lines: readonly string[]; breaks: readonly string[] }[],
  out: readonly (string | undefined)[],
): string[] {
  let at = 0;
  return split.map(({ lines: own, breaks }) => {
    let text = '';
    own.forEach((_, i) => (text += (out[at + i] ?? '') + (breaks[i] ?? '')));
    at += own.length;
    return text;
  });
}

/** Line breaks as the engines would see them: CR LF, LF, CR, and Unicode's NEL, LS and PS. */
const LINE_BREAK = /(\r\n|[\n\r\u0085\u2028\u2029])/;

/**
 * A text's lines and the break after each (`''` after the last), so the translation keeps the
 * client's own line breaks (a CR stays a CR).
 */
export function splitLines(text: string): { lines: string[]; breaks: string[] } {
  const parts = text.split(LINE_BREAK);
  const lines = parts.filter((_, i) => i % 2 === 0);
  const breaks = parts.filter((_, i) => i % 2 === 1);
  breaks.push('');
  return { lines, breaks };
}

/**
 * An upstream from an engine spec as `ape serve --mt` takes it (src/data/mt/engine-spec.ts),
 * its languages read from the spec: `apertium:spa-eng`, `apy:URL#spa|eng`,
 * `libretranslate:URL#es-en`.
 */
export async function upstreamFromSpec(spec: string): Promise<UpstreamMt> {
  const { engineFromSpec } = await import('../../data/mt/engine-spec.js');
  const pair = spec.startsWith('apertium:')
    ? spec.slice('apertium:'.length)
    : spec.slice(spec.lastIndexOf('#') + 1);
  const [source, target] = pair.split(/[-|]/);
  if (source === undefined || target === undefined || source === '' || target === '') {
    throw new UsageError(
      `--mt '${spec}': expected apertium:SRC-TGT, apy:URL#SRC|TGT or libretranslate:URL#SRC-TGT`,
    );
  }
  return { source, target, engine: await engineFromSpec(spec, { unknownMarks: 'drop' }) };
}
