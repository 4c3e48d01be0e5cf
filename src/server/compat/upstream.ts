/**
 * What the MT-provider-compatible routes do with a text: translate it with the configured
 * upstream MT engine (Apertium, a remote APy or LibreTranslate: src/data/mt/), then
 * post-edit the MT with the model, inline tags carried over (../tags/). Texts go line by line
 * (the engines take single lines). A line the model cannot take (too long) or whose markup
 * does not parse keeps its MT: an MT provider always answers with a translation.
 */
import type { MtEngine } from '../../data/mt/engine.js';
import { UsageError } from '../../errors.js';
import type { Segment } from '../../model/segment.js';
import type { PlainPostEdit } from '../../text/tagged-postedit.js';
import {
  parseTagged,
  TagSyntaxError,
  type TagFlavour,
  type TaggedText,
} from '../../text/tags/parse.js';
import { reinsertTags } from '../../text/tags/reinsert.js';

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
  const lines = texts.flatMap((t) => t.split(/\r?\n/));
  const mt = await up.engine.translate(lines);
  const work: { index: number; segment: Segment; mt: TaggedText }[] = [];
  lines.forEach((src, index) => {
    const m = mt[index] ?? '';
    if (src.trim() === '' || m.trim() === '') return;
    const srcTagged = parseOrPlain(src, flavour);
    const mtTagged = parseOrPlain(m, srcTagged.flavour === 'none' ? 'none' : flavour);
    work.push({ index, segment: { src: srcTagged.plain, mt: mtTagged.plain }, mt: mtTagged });
  });
  const out = [...mt];
  if (work.length > 0) {
    const results = await postEdit(
      work.map((w) => w.segment),
      signal,
    );
    work.forEach((w, k) => {
      const r = results[k];
      if (r !== undefined) out[w.index] = reinsertTags(w.mt, r.pe);
    });
  }
  const joined: string[] = [];
  let at = 0;
  for (const t of texts) {
    const n = t.split(/\r?\n/).length;
    joined.push(out.slice(at, at + n).join('\n'));
    at += n;
  }
  return joined;
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
