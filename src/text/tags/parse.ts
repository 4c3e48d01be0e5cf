/**
 * Inline tags in CAT-tool segments, split from the text the model sees.
 *
 * Flavours (the request option `"tags"`):
 * - `omegat`: OmegaT's short tags as its MT connectors send them, `<g0>…</g0>`, `<x1/>`,
 *   `<b2>…</b2>` (a letter run and a number; numbering restarts in every segment). Nothing else
 *   is markup: OmegaT does not escape `<` or `&` in the text it shows to MT.
 * - `xliff`: XLIFF 1.2 and 2.0 inline content, as it sits between `<target>` and `</target>`
 *   (or `<source>`): `<g>`, `<x/>`, `<bx/>`, `<ex/>`, `<bpt>…</bpt>`, `<ept>…</ept>`, `<ph>…</ph>`,
 *   `<it>…</it>`, `<mrk>`, and 2.0's `<pc>`, `<ph/>`, `<sc/>`, `<ec/>`. A code element with
 *   content (`<bpt>&lt;b&gt;</bpt>`) is one tag: its content is native code, not text. Text
 *   is XML: entities are decoded for the model and `& < >` re-escaped on output.
 * - `html`: HTML start/end tags and comments; void elements (`<br>`, `<img>`) stand alone.
 * - `none`: no markup at all.
 */

export type TagFlavour = 'omegat' | 'xliff' | 'html' | 'none';
export const TAG_FLAVOURS: readonly TagFlavour[] = ['omegat', 'xliff', 'html', 'none'];

/** What a tag does to the text around it: where it attaches when carried to the post-edit. */
export type TagRole = 'open' | 'close' | 'standalone';

export interface Tag {
  /** The tag exactly as it was in the input (re-emitted byte for byte). */
  raw: string;
  role: TagRole;
}

/** A tag and where it sits in the plain text (a UTF-16 offset into `plain`). */
export interface PlacedTag extends Tag {
  offset: number;
}

export interface TaggedText {
  flavour: TagFlavour;
  /** The input, unchanged. */
  source: string;
  /** The text without its tags, entities decoded: what the model sees. */
  plain: string;
  /** Tags in input order. */
  tags: PlacedTag[];
}

const OMEGAT_TAG = /<(\/?)([A-Za-z]+)(\d+)(\/?)>/g;
// One XML markup item: comment, CDATA, processing instruction, end tag, or start/empty tag.
const XML_MARKUP =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<\/[^\s>]+\s*>|<[A-Za-z_][^\s/>]*(?:\s+[^\s=]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*\/?>/g;
const HTML_MARKUP =
  /<!--[\s\S]*?-->|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*\/?>/g;
const HTML_VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** XLIFF code elements whose content is native code, taken whole as one tag. */
const XLIFF_CODE_WITH_CONTENT = new Set(['bpt', 'ept', 'ph', 'it']);

/** Thrown for markup that cannot be split into tags (an unclosed code element, a stray `<`). */
export class TagSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

interface Markup {
  start: number;
  end: number;
  role: TagRole;
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m === null ? undefined : (m[1] ?? m[2]);
}

function omegatMarkup(s: string): Markup[] {
  const out: Markup[] = [];
  for (const m of s.matchAll(OMEGAT_TAG)) {
    if (m[1] === '/' && m[4] === '/') continue; // `</g0/>` is not a tag
    const role: TagRole = m[1] === '/' ? 'close' : m[4] === '/' ? 'standalone' : 'open';
    out.push({ start: m.index, end: m.index + m[0].length, role });
  }
  return out;
}

function xliffRole(name: string, tag: string, selfClosing: boolean): TagRole {
  switch (name) {
    case 'bpt':
    case 'bx':
    case 'sc':
      return 'open';
    case 'ept':
    case 'ex':
    case 'ec':
      return 'close';
    case 'it': {
      const pos = attr(tag, 'pos');
      return pos === 'open' || pos === 'begin'
        ? 'open'
        : pos === 'close' || pos === 'end'
          ? 'close'
          : 'standalone';
    }
    default:
      return selfClosing ? 'standalone' : 'open';
  }
}

function xliffMarkup(s: string): Markup[] {
  const out: Markup[] = [];
  const re = new RegExp(XML_MARKUP.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const tag = m[0];
    const start = m.index;
    if (tag.startsWith('<!--') || tag.startsWith('<?')) {
      out.push({ start, end: start + tag.length, role: 'standalone' });
      continue;
    }
    if (tag.startsWith('<![CDATA[')) continue; // text, decoded by decodeXml
    if (tag.startsWith('</')) {
      out.push({ start, end: start + tag.length, role: 'close' });
      continue;
    }
    const qname = /^<([^\s/>]+)/.exec(tag)?.[1] ?? '';
    const name = localName(qname);
    const selfClosing = tag.endsWith('/>');
    if (!selfClosing && XLIFF_CODE_WITH_CONTENT.has(name)) {
      const close = s.indexOf(`</${qname}>`, start + tag.length);
      if (close < 0)
        throw new TagSyntaxError(`<${qname}> at offset ${start} is never closed`, start);
      const end = close + qname.length + 3;
      out.push({ start, end, role: xliffRole(name, tag, true) });
      re.lastIndex = end;
      continue;
    }
    out.push({ start, end: start + tag.length, role: xliffRole(name, tag, selfClosing) });
  }
  return out;
}

function htmlMarkup(s: string): Markup[] {
  const out: Markup[] = [];
  for (const m of s.matchAll(HTML_MARKUP)) {
    const tag = m[0];
    const name = (/^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(tag)?.[1] ?? '').toLowerCase();
    const role: TagRole =
      tag.startsWith('<!--') || tag.endsWith('/>') || HTML_VOID.has(name)
        ? 'standalone'
        : tag.startsWith('</')
          ? 'close'
          : 'open';
    out.push({ start: m.index, end: m.index + tag.length, role });
  }
  return out;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** XML's five entities and character references (plus `&nbsp;` for HTML); CDATA sections as text. */
export function decodeEntities(text: string, flavour: TagFlavour): string {
  return text.replace(
    /<!\[CDATA\[([\s\S]*?)\]\]>|&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g,
    (whole, cdata: string | undefined, ent: string | undefined) => {
      if (cdata !== undefined) return cdata;
      if (ent === undefined) return whole;
      if (ent.startsWith('#x')) return String.fromCodePoint(parseInt(ent.slice(2), 16));
      if (ent.startsWith('#')) return String.fromCodePoint(parseInt(ent.slice(1), 10));
      if (ent === 'nbsp' && flavour !== 'html') return whole;
      return NAMED_ENTITIES[ent] ?? whole;
    },
  );
}

/** Escapes plain text for the flavour's output: `& < >` for XML and HTML, nothing otherwise. */
export function encodeText(text: string, flavour: TagFlavour): string {
  if (flavour !== 'xliff' && flavour !== 'html') return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function markupOf(s: string, flavour: TagFlavour): Markup[] {
  switch (flavour) {
    case 'omegat':
      return omegatMarkup(s);
    case 'xliff':
      return xliffMarkup(s);
    case 'html':
      return htmlMarkup(s);
    case 'none':
      return [];
  }
}

/** Splits `source` into plain text and tags. */
export function parseTagged(source: string, flavour: TagFlavour): TaggedText {
  const markup = markupOf(source, flavour);
  const tags: PlacedTag[] = [];
  let plain = '';
  let at = 0;
  const addText = (raw: string, where: number) => {
    const markupLike = flavour === 'xliff' || flavour === 'html';
    const stray = markupLike
      ? raw.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, (c) => ' '.repeat(c.length)).indexOf('<')
      : -1;
    if (stray >= 0)
      throw new TagSyntaxError(
        `a '<' at offset ${where + stray} starts no tag this parser knows`,
        where + stray,
      );
    plain += markupLike ? decodeEntities(raw, flavour) : raw;
  };
  for (const m of markup) {
    addText(source.slice(at, m.start), at);
    tags.push({ raw: source.slice(m.start, m.end), role: m.role, offset: plain.length });
    at = m.end;
  }
  addText(source.slice(at), at);
  return { flavour, source, plain, tags };
}
