/**
 * `ape postedit --xliff FILE`: post-edits the targets of an XLIFF 1.x/2.x file
 * (src/text/xliff/) with either engine (postedit-backend.ts). The result goes to --out
 * (written to a temporary file beside it, then renamed, so the output, even when it is the
 * input file, is never left half-written) or to stdout.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DataError } from '../errors.js';
import { type PostEditPlain, SegmentError } from '../text/tagged-postedit.js';
import { postEditXliff } from '../text/xliff/postedit-xliff.js';
import { SegmentTooLongError } from '../model/segment.js';
import type { Backend } from './postedit-backend.js';
import { Progress } from './postedit-progress.js';

export const XLIFF_HELP = `--xliff FILE post-edits the <target> of every XLIFF 1.x trans-unit / 2.x segment (the target
is the MT), except units with no or an empty target, translate="no", approved="yes", a final
or signed-off (1.x) / reviewed or final (2.x) state. Changed units are marked: 1.x target
state="needs-review-translation" and a <note from="ape">; 2.x segment state="translated"
subState="ape:post-edited". Every other byte of the file is kept.`;

/** The file's text; read before any model is loaded, so a bad path fails at once. */
export async function readXliff(file: string): Promise<string> {
  return readFile(file, 'utf8').catch((err: unknown) => {
    throw new DataError({ file }, `cannot read: ${(err as Error).message}`, { cause: err });
  });
}

/** Post-edits `text` (the XLIFF file `file`) and writes it to `out` or stdout; a report goes to stderr. */
export async function postEditXliffFile<P>(
  backend: Backend<P>,
  file: string,
  text: string,
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
  let progress: Progress | undefined;
  let reported = 0;
  const { text: edited, report } = await postEditXliff(text, file, run, {
    batchSize,
    note: `post-edited automatically by ape (${backend.name})`,
    onProgress: (done, total) => {
      progress ??= new Progress(total, process.stderr);
      progress.advance(done - reported);
      reported = done;
    },
  });
  progress?.done();
  if (out === undefined) process.stdout.write(edited);
  else await replaceFile(out, edited);
  const reasons = new Map<string, number>();
  for (const s of report.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  const skipped = [...reasons].map(([r, n]) => `${r}: ${n}`).join(', ');
  process.stderr.write(
    `ape postedit: ${file} (XLIFF ${report.version}.x): ${report.units} post-edited, ${report.changed} changed, ${report.skipped.length} skipped${skipped === '' ? '' : ` (${skipped})`}\n`,
  );
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
