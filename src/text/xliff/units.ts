/**
 * Which parts of an XLIFF file get post-edited, found on the scanned element list.
 *
 * XLIFF 1.x (1.2 spec: `translate`, `approved`, the `state` value list): a `<trans-unit>`
 * with a non-empty `<target>` (the MT). Never touched: translate="no" on the unit or a
 * `<group>`/`<file>` above it, translate-toolkit's PO header unit (restype
 * x-gettext-domain-header), a unit ape already post-edited (it holds a `<note from="ape">`).
 * By default the target states that still need work are post-edited: no state, `new`,
 * `needs-*`, `needs-review-*` and `translated`; `signed-off`, `final`, custom `x-` states and
 * approved="yes" units are left alone.
 *
 * XLIFF 2.x (2.0 spec: `<segment>` state initial/translated/reviewed/final, initial when
 * absent): a `<segment>` of a `<unit>` with a non-empty `<target>`. Never touched:
 * translate="no" on the unit or an ancestor, `<ignorable>`, a segment ape already post-edited
 * (subState="ape:post-edited"). By default `initial` and `translated` are post-edited;
 * `reviewed` and `final` (a person has checked it) are left alone.
 *
 * `UnitSelection` changes the defaults: `includeApproved` post-edits approved="yes" units and
 * every state; `states` names exactly the states post-edited (`none`: a 1.x target without a
 * state attribute).
 */
import { UsageError } from '../../errors.js';
import { MARKS } from './patch.js';
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
  /** What post-edits such units, if a flag does (`use --include-approved`). */
  hint?: string;
}

/** XLIFF 1.2's `state` values (section 4.2 of the 1.2 specification, "state"). */
export const STATES_V1 = [
  'new',
  'needs-translation',
  'needs-adaptation',
  'needs-l10n',
  'needs-review-translation',
  'needs-review-adaptation',
  'needs-review-l10n',
  'translated',
  'signed-off',
  'final',
] as const;
/** XLIFF 2.0's segment `state` values (initial when absent). */
export const STATES_V2 = ['initial', 'translated', 'reviewed', 'final'] as const;
/** `--states` name of a 1.x target without a state attribute. */
export const NO_STATE = 'none';
/** States a person has signed off: left alone unless asked for. */
const APPROVED_STATES: ReadonlySet<string> = new Set(['signed-off', 'final', 'reviewed']);

/** Which units to post-edit (the defaults are in the comment at the top). */
export interface UnitSelection {
  /** Exactly these states (1.x, 2.x or `none`); absent: the defaults. */
  states?: ReadonlySet<string>;
  /** Post-edit approved="yes" units too, and (without `states`) every state. */
  includeApproved?: boolean;
}

/**
 * The `--states` list: comma-separated XLIFF 1.2/2.0 state names, `none`, or custom `x-`
 * values; anything else is a UsageError listing the valid names.
 */
export function parseStates(flag: string, value: string): Set<string> {
  const names = value.split(',').map((n) => n.trim());
  const valid = new Set<string>([...STATES_V1, ...STATES_V2, NO_STATE]);
  for (const name of names) {
    if (!valid.has(name) && !/^x-[A-Za-z0-9._-]+$/.test(name))
      throw new UsageError(
        `${flag}: '${name}' is not an XLIFF state; valid: ${[...valid].join(', ')}, or a custom x-NAME (XLIFF 1.2)`,
      );
  }
  return new Set(names);
}

/** Why a unit in `state` is not post-edited under `sel`, or undefined if it is. */
function stateSkip(
  state: string,
  sel: UnitSelection,
  defaults: ReadonlySet<string>,
): Omit<SkippedUnit, 'id' | 'line'> | undefined {
  const reason = state === NO_STATE ? 'no state' : `state="${state}"`;
  if (sel.states !== undefined)
    return sel.states.has(state) ? undefined : { reason, hint: 'not in --states' };
  if (sel.includeApproved === true || defaults.has(state)) return undefined;
  return APPROVED_STATES.has(state)
    ? { reason, hint: 'use --include-approved or --states' }
    : { reason, hint: 'use --states' };
}

const DEFAULT_V1: ReadonlySet<string> = new Set([
  NO_STATE,
  ...STATES_V1.filter((s) => !APPROVED_STATES.has(s)),
]);
const DEFAULT_V2: ReadonlySet<string> = new Set(['initial', 'translated']);

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

/** Units to post-edit under `sel`, and those skipped with the reason. */
export function findUnits(
  elements: readonly XmlElement[],
  version: XliffVersion,
  sel: UnitSelection = {},
): { units: XliffUnit[]; skipped: SkippedUnit[] } {
  const units: XliffUnit[] = [];
  const skipped: SkippedUnit[] = [];
  elements.forEach((el, i) => {
    const name = localName(el);
    if (version === '1' && name === 'trans-unit') {
      const id = el.attrs.get('id')?.value ?? `#${units.length + skipped.length + 1}`;
      const skip = (reason: string, hint?: string) =>
        skipped.push({ id, line: el.line, reason, ...(hint === undefined ? {} : { hint }) });
      const source = children(elements, i, 'source')[0];
      const target = children(elements, i, 'target')[0];
      if (source === undefined) return skip('no <source>');
      if (target === undefined) return skip('no <target>');
      if (notTranslatable(elements, i)) return skip('translate="no"');
      if (el.attrs.get('restype')?.value === 'x-gettext-domain-header') return skip('PO header');
      if (children(elements, i, 'note').some((n) => n.attrs.get('from')?.value === 'ape'))
        return skip('already post-edited by ape');
      if (el.attrs.get('approved')?.value === 'yes' && sel.includeApproved !== true)
        return skip('approved="yes"', 'use --include-approved');
      const byState = stateSkip(target.attrs.get('state')?.value ?? NO_STATE, sel, DEFAULT_V1);
      if (byState !== undefined) return skip(byState.reason, byState.hint);
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
      const skip = (reason: string, hint?: string) =>
        skipped.push({ id, line: el.line, reason, ...(hint === undefined ? {} : { hint }) });
      const source = children(elements, i, 'source')[0];
      const target = children(elements, i, 'target')[0];
      if (source === undefined) return skip('no <source>');
      if (target === undefined) return skip('no <target>');
      if (notTranslatable(elements, i)) return skip('translate="no"');
      if (el.attrs.get('subState')?.value === MARKS.v2SubState)
        return skip('already post-edited by ape');
      const byState = stateSkip(el.attrs.get('state')?.value ?? 'initial', sel, DEFAULT_V2);
      if (byState !== undefined) return skip(byState.reason, byState.hint);
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
