/**
 * Byte-range edits of an XLIFF file: a target's content, one attribute, an inserted note.
 * Everything outside the edited ranges is copied through unchanged.
 */
import type { XliffUnit, XliffVersion } from './units.js';
import type { XmlElement } from './xml-scan.js';

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * How a changed unit is marked (XLIFF 1.2 `state` value list; XLIFF 2.0 `state` and `subState`
 * attributes). A 1.x unit that was approved="yes" becomes approved="no": a person approved
 * the text the model replaced, not the new one (translate-toolkit's xliff2po then writes the
 * entry as fuzzy, as it does every unapproved unit with a target).
 */
export const MARKS = {
  /** 1.2: the text changed and a translator should check it (not `final`/`signed-off`). */
  v1State: 'needs-review-translation',
  /** 2.0: a target that is not reviewed yet is `translated`; subState is ours (prefix:value). */
  v2State: 'translated',
  v2SubState: 'ape:post-edited',
} as const;

export function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

export function setAttribute(el: XmlElement, name: string, value: string): Edit {
  const a = el.attrs.get(name);
  if (a !== undefined) return { start: a.valueStart, end: a.valueEnd, text: escapeAttr(value) };
  return { start: el.attrsEnd, end: el.attrsEnd, text: ` ${name}="${escapeAttr(value)}"` };
}

/** The white space that indents `el` on its line, or '' if something else precedes it. */
function indentOf(text: string, el: XmlElement): string {
  const lineStart = text.lastIndexOf('\n', el.start - 1) + 1;
  const before = text.slice(lineStart, el.start);
  return /^[ \t]*$/.test(before) ? '\n' + before : '';
}

/** The edits that put `content` (already XML) into `unit`'s target and mark the unit. */
export function unitEdits(
  text: string,
  version: XliffVersion,
  unit: XliffUnit,
  content: string,
  note: string,
): Edit[] {
  const t = unit.target;
  const edits: Edit[] = [{ start: t.openEnd, end: t.closeStart, text: content }];
  if (version === '1') {
    edits.push(setAttribute(t, 'state', MARKS.v1State));
    if (unit.unit.attrs.get('approved')?.value === 'yes')
      edits.push(setAttribute(unit.unit, 'approved', 'no'));
    edits.push({
      start: t.end,
      end: t.end,
      text: `${indentOf(text, t)}<note from="ape" annotates="target">${note.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</note>`,
    });
  } else {
    edits.push(setAttribute(unit.stateHolder, 'state', MARKS.v2State));
    edits.push(setAttribute(unit.stateHolder, 'subState', MARKS.v2SubState));
  }
  return edits;
}

/** Applies non-overlapping edits (in any order). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error(`overlapping edits at offset ${e.start}`);
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}
