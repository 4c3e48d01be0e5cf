/**
 * Post-edits the targets of an XLIFF 1.x or 2.x document (units.ts says which) and returns
 * the patched text: the target content of changed units, their state marks (patch.ts), and
 * nothing else. The target is the mt, the source the src; inline tags use the `xliff` flavour.
 */
import { DataError } from '../../errors.js';
import { type PostEditPlain, SegmentError, postEditTagged } from '../tagged-postedit.js';
import { applyEdits, type Edit, unitEdits } from './patch.js';
import {
  findUnits,
  type SkippedUnit,
  type UnitSelection,
  type XliffUnit,
  type XliffVersion,
  xliffVersion,
} from './units.js';
import { scanXml, XmlSyntaxError, type XmlElement } from './xml-scan.js';

export interface XliffReport {
  version: XliffVersion;
  /** Units sent to the model. */
  units: number;
  changed: number;
  skipped: SkippedUnit[];
}

export interface XliffOptions {
  /** Units per call of `postEdit`. */
  batchSize: number;
  /** Text of the note that marks a changed 1.x unit. */
  note: string;
  onProgress?: (done: number, total: number) => void;
  /** Which units to post-edit (units.ts); absent: the defaults. */
  selection?: UnitSelection;
  /** The units, found beforehand by `planXliff` on the same text (then `selection` is unused). */
  plan?: XliffPlan;
}

/** The units of a file that will be post-edited, and those left alone with the reason. */
export interface XliffPlan {
  version: XliffVersion;
  units: XliffUnit[];
  skipped: SkippedUnit[];
}

/** Parses `text` (the XLIFF file `file`) and picks its units; no model is needed. */
export function planXliff(text: string, file: string, selection: UnitSelection = {}): XliffPlan {
  const { elements, version } = parse(text, file);
  return { version, ...findUnits(elements, version, selection) };
}

function parse(text: string, file: string): { elements: XmlElement[]; version: XliffVersion } {
  const decl = /^\uFEFF?<\?xml[^?]*encoding\s*=\s*["']([^"']+)["']/.exec(text);
  if (decl?.[1] !== undefined && !/^utf-?8$/i.test(decl[1])) {
    throw new DataError(
      { file, line: 1 },
      `encoding="${decl[1]}" is not supported (convert the file to UTF-8)`,
    );
  }
  try {
    const elements = scanXml(text);
    return { elements, version: xliffVersion(elements) };
  } catch (err) {
    if (err instanceof XmlSyntaxError)
      throw new DataError(
        { file, line: err.line },
        `malformed XML: ${err.message.replace(/^line \d+: /, '')}`,
        { cause: err },
      );
    throw new DataError({ file, line: 1 }, (err as Error).message, { cause: err });
  }
}

export async function postEditXliff(
  text: string,
  file: string,
  postEdit: PostEditPlain,
  options: XliffOptions,
): Promise<{ text: string; report: XliffReport }> {
  const { version, units, skipped } = options.plan ?? planXliff(text, file, options.selection);
  const unitName = version === '1' ? 'trans-unit' : 'unit';
  const edits: Edit[] = [];
  let changed = 0;
  options.onProgress?.(0, units.length);
  for (let start = 0; start < units.length; start += options.batchSize) {
    const batch = units.slice(start, start + options.batchSize);
    const segments = batch.map((u) => ({
      src: text.slice(u.source.start, u.source.end),
      mt: text.slice(u.target.openEnd, u.target.closeStart),
    }));
    let results;
    try {
      results = await postEditTagged(segments, 'xliff', postEdit);
    } catch (err) {
      const unit = err instanceof SegmentError ? batch[err.index] : undefined;
      if (err instanceof SegmentError && unit !== undefined) {
        const side = err.side === 'src' ? 'source' : 'target';
        throw new DataError(
          { file, line: unit.line, field: `${unitName} "${unit.id}" ${side}` },
          (err.cause as Error).message,
          { cause: err },
        );
      }
      throw err;
    }
    results.forEach((r, i) => {
      const unit = batch[i];
      if (unit === undefined || !r.changed) return;
      changed++;
      edits.push(...unitEdits(text, version, unit, r.pe, options.note));
    });
    options.onProgress?.(start + batch.length, units.length);
  }
  return {
    text: applyEdits(text, edits),
    report: { version, units: units.length, changed, skipped },
  };
}
