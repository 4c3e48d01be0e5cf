/**
 * `ape postedit --xliff FILE`: post-edits the targets of an XLIFF 1.x/2.x file
 * (src/text/xliff/) with either engine (postedit-backend.ts). The units are picked before any
 * model is loaded (--states, --include-approved); when none is left the command fails saying
 * why, unless --allow-empty. The result goes to --out (written to a temporary file beside it,
 * then renamed, so the output, even when it is the input file, is never left half-written) or
 * to stdout; a summary of what was post-edited and what was skipped goes to stderr.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DataError, UsageError } from '../errors.js';
import { type PostEditPlain, SegmentError } from '../text/tagged-postedit.js';
import { planXliff, postEditXliff, type XliffPlan } from '../text/xliff/postedit-xliff.js';
import { parseStates, type UnitSelection } from '../text/xliff/units.js';
import { SegmentTooLongError } from '../model/segment.js';
import type { Backend } from './postedit-backend.js';
import { Progress } from './postedit-progress.js';

export const XLIFF_HELP = `--xliff FILE post-edits the <target> (the MT) of XLIFF 1.x trans-units / 2.x segments:
  by default those that still need work: 1.x target state absent, new, needs-translation,
  needs-adaptation, needs-l10n, needs-review-* or translated, and not approved="yes";
  2.x segment state initial (or absent) or translated. Never: an empty or missing target,
  translate="no", translate-toolkit's PO header, a unit ape already post-edited.
  --include-approved  also approved="yes" units and every state (1.x signed-off, final;
                      2.x reviewed, final)
  --states A,B,...    exactly these states: 1.2 new, needs-translation, needs-adaptation,
                      needs-l10n, needs-review-translation, needs-review-adaptation,
                      needs-review-l10n, translated, signed-off, final, x-NAME, none (no
                      state attribute); 2.0 initial, translated, reviewed, final.
                      approved="yes" units still need --include-approved
  --allow-empty       exit 0 and write the file unchanged when no unit is left to post-edit
                      (without it: exit 2, nothing written)
Changed units are marked: 1.x target state="needs-review-translation", approved="yes" turned
to "no", and a <note from="ape"> naming the model; 2.x segment state="translated"
subState="ape:post-edited". Every other byte of the file is kept. stderr gets a summary:
post-edited N of M units (C changed); skipped: K approved="yes" (use --include-approved), ...`;

/** The unit selection the flags ask for. */
export function xliffSelection(v: {
  states?: string | undefined;
  'include-approved'?: boolean | undefined;
}): UnitSelection {
  if (v.states === '')
    throw new UsageError('--states needs a list of XLIFF states, e.g. new,translated');
  return {
    ...(v.states === undefined ? {} : { states: parseStates('--states', v.states) }),
    includeApproved: v['include-approved'] === true,
  };
}

/** The file's text; read before any model is loaded, so a bad path fails at once. */
export async function readXliff(file: string): Promise<string> {
  return readFile(file, 'utf8').catch((err: unknown) => {
    throw new DataError({ file }, `cannot read: ${(err as Error).message}`, { cause: err });
  });
}

/** The stderr summary: how many units were post-edited of how many, and why the others were not. */
export function xliffSummary(file: string, plan: XliffPlan, changed: number): string {
  const groups = new Map<string, number>();
  for (const s of plan.skipped) {
    const key = s.hint === undefined ? s.reason : `${s.reason} (${s.hint})`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  const total = plan.units.length + plan.skipped.length;
  const skipped = [...groups].map(([why, n]) => `${n} ${why}`).join(', ');
  return (
    `ape postedit: ${file} (XLIFF ${plan.version}.x): post-edited ${plan.units.length} of ${total} units (${changed} changed)` +
    (skipped === '' ? '' : `; skipped: ${skipped}`) +
    '\n'
  );
}

/**
 * Picks the units of `text` (the XLIFF file `file`). When none is left and some were skipped,
 * writes the summary and throws a DataError saying what to do, unless `allowEmpty`.
 */
export function planXliffFile(
  file: string,
  text: string,
  selection: UnitSelection,
  allowEmpty: boolean,
): XliffPlan {
  const plan = planXliff(text, file, selection);
  if (plan.units.length === 0 && plan.skipped.length > 0 && !allowEmpty) {
    process.stderr.write(xliffSummary(file, plan, 0));
    const flags = plan.skipped.some((s) => s.hint !== undefined)
      ? '--include-approved or --states picks more units (see the summary above), '
      : '';
    throw new DataError(
      { file },
      `nothing to post-edit: all ${plan.skipped.length} units were skipped; ${flags}--allow-empty accepts this and writes the file unchanged`,
    );
  }
  return plan;
}

/** Writes `text` to `out` or stdout (the file unchanged when no unit is left to post-edit). */
export async function writeXliff(out: string | undefined, text: string): Promise<void> {
  if (out === undefined) process.stdout.write(text);
  else await replaceFile(out, text);
}

/** Post-edits the units of `plan` in `text` (the XLIFF file `file`) and writes the result to `out` or stdout. */
export async function postEditXliffFile<P>(
  backend: Backend<P>,
  file: string,
  text: string,
  plan: XliffPlan,
  out: string | undefined,
  batchSize: number,
): Promise<void> {
  const run: PostEditPlain = async (segments) => {
    const prepared = segments.map((s, i) => {
      try {
        return backend.prepare(s);
      } catch (err) {
        if (err instanceof SegmentTooLongError) throw new SegmentError(i, err.side, err);
        throw err;
      }
    });
    return backend.postEdit(prepared);
  };
  const model = await backend.modelName();
  let progress: Progress | undefined;
  let reported = 0;
  const { text: edited, report } = await postEditXliff(text, file, run, {
    batchSize,
    plan,
    note: `post-edited automatically by ape (model ${model})`,
    onProgress: (done, total) => {
      progress ??= new Progress(total, process.stderr);
      progress.advance(done - reported);
      reported = done;
    },
  });
  progress?.done();
  await writeXliff(out, edited);
  process.stderr.write(xliffSummary(file, plan, report.changed));
}

/** Writes a temporary file beside `path`, then renames it over `path`. */
async function replaceFile(path: string, text: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, text);
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
