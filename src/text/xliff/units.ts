/**
 * Which parts of an XLIFF file get post-edited, found on the scanned element list.
 *
 * XLIFF 1.x (1.2 spec: `translate`, `approved`, the `state` value list): a `<trans-unit>`
 * with a `<target>`; left alone when the unit (or a `<group>`/`<file>` above it) has
 * translate="no", the unit has approved="yes", the target's state is `final` or
 * `signed-off`, or the target is empty. translate-toolkit's PO header unit (restype
 * x-gettext-domain-header) is not text.
 *
 * XLIFF 2.x (2.0 spec: `<segment>` state initial/translated/reviewed/final): a `<segment>` in
 * a `<unit>` with a `<target>`; left alone when its state is `reviewed` or `final` (a person
 * has checked it), when translate="no" on the unit or an ancestor, or when the target is
 * empty. `<ignorable>` is never touched.
 */
import { localName, type XmlElement } from './xml-scan.js';

export type XliffVersion = '1' | '2';

export interface XliffUnit {
  /** The unit's id (and the segment's, for 2.x: `unit/segment`). */
  id: string;
  line: number;
  source: { start: number; end: number };
  /** The target element. */
  target: XmlElement;
  /** The element whose state attribute marks a change: 1.x target, 2.x segment. */
  stateHolder: XmlElement;
  /** 1.x: the trans-unit (a note is appended to it). */
  unit: XmlElement;
}

export interface SkippedUnit {
  id: string;
  line: number;
  reason: string;
}

export function xliffVersion(elements: readonly XmlElement[]): XliffVersion {
  const root = elements[0];
  if (root === undefined || localName(root) !== 'xliff')
    throw new Error(`the root element is <${root?.name ?? ''}>, not <xliff>`);
  const version = root.attrs.get('version')?.value ?? '';
  if (/^1\./.test(version)) return '1';
  if (/^2\./.test(version)) return '2';
  throw new Error(`<xliff version="${version}"> is not a version this reads (1.x or 2.x)`);
}

function children(elements: readonly XmlElement[], parent: number, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let i = parent + 1; i < elements.length; i++) {
    const el = elements[i] as XmlElement;
    if (el.start >= (elements[parent] as XmlElement).end) break;
    if (el.parent === parent && localName(el) === name) out.push(el);
  }
  return out;
}

function notTranslatable(elements: readonly XmlElement[], index: number): boolean {
  for (let i = index; i >= 0; i = (elements[i] as XmlElement).parent) {
    if ((elements[i] as XmlElement).attrs.get('translate')?.value === 'no') return true;
  }
  return false;
}

/** Units to post-edit, and those skipped with the reason. */
export function findUnits(
  elements: readonly XmlElement[],
  version: XliffVersion,
): { units: XliffUnit[]; skipped: SkippedUnit[] } {
  const units: XliffUnit[] = [];
  const skipped: SkippedUnit[] = [];
  elements.forEach((el, i) => {
    const name = localName(el);
    if (version === '1' && name === 'trans-unit') {
      const id = el.attrs.get('id')?.value ?? `#${units.length + skipped.length + 1}`;
      const skip = (reason: string) => skipped.push({ id, line: el.line, reason });
      const source = children(elements, i, 'source')[0];
      const target = children(elements, i, 'target')[0];
      if (source === undefined) return skip('no <source>');
      if (target === undefined) return skip('no <target>');
      const state = target.attrs.get('state')?.value;
      if (notTranslatable(elements, i)) return skip('translate="no"');
      if (el.attrs.get('approved')?.value === 'yes') return skip('approved="yes"');
      if (state === 'final' || state === 'signed-off') return skip(`state="${state}"`);
      if (el.attrs.get('restype')?.value === 'x-gettext-domain-header') return skip('PO header');
      if (target.openEnd === target.closeStart) return skip('empty <target>');
      units.push({
        id,
        line: el.line,
        source: { start: source.openEnd, end: source.closeStart },
        target,
        stateHolder: target,
        unit: el,
      });
    } else if (version === '2' && name === 'segment') {
      const unit = elements[el.parent];
      const unitId = unit?.attrs.get('id')?.value ?? '?';
      const segId = el.attrs.get('id')?.value;
      const id = segId === undefined ? unitId : `${unitId}/${segId}`;
      const skip = (reason: string) => skipped.push({ id, line: el.line, reason });
      const source = children(elements, i, 'source')[0];
      const target = children(elements, i, 'target')[0];
      if (source === undefined) return skip('no <source>');
      if (target === undefined) return skip('no <target>');
      const state = el.attrs.get('state')?.value;
      if (notTranslatable(elements, i)) return skip('translate="no"');
      if (state === 'final' || state === 'reviewed') return skip(`state="${state}"`);
      if (target.openEnd === target.closeStart) return skip('empty <target>');
      units.push({
        id,
        line: el.line,
        source: { start: source.openEnd, end: source.closeStart },
        target,
        stateHolder: el,
        unit: unit ?? el,
      });
    }
  });
  return { units, skipped };
}
