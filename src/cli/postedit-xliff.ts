/**
 * `ape postedit --xliff FILE [--out FILE]`: post-edits the targets of an XLIFF 1.x/2.x file
 * (src/text/xliff/), with a model directory or a remote server (--server URL).
 * The result goes to --out (written to a temporary file beside it, then renamed, so the
 * output, even when it is the input file, is never left half-written) or to stdout.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { DataError, UsageError } from '../errors.js';
import { ApeClient } from '../client/index.js';
import { type PostEditPlain, SegmentError } from '../text/tagged-postedit.js';
import { postEditXliff } from '../text/xliff/postedit-xliff.js';
import { OnnxPostEditor } from '../model/post-editor.js';
import { SegmentTooLongError } from '../model/segment.js';
import { EXIT } from './exit-codes.js';
import { keepMtMargin } from './postedit-input.js';
import { Progress } from './postedit-progress.js';

export const XLIFF_HELP = `usage: ape postedit --xliff FILE (--model DIR | --server URL [--api-key KEY] [--server-model NAME])
                    [--out FILE] [--beam N] [--keep-mt-margin X|off] [--batch-size N]
                    [--workers N] [--threads N] [--full-vocab]

Post-edits the <target> of every XLIFF 1.x trans-unit / 2.x segment (the target is the MT),
except units with no or an empty target, translate="no", approved="yes", a final or
signed-off (1.x) / reviewed or final (2.x) state. Changed units are marked: 1.x target
state="needs-review-translation" and a <note from="ape">; 2.x segment state="translated"
subState="ape:post-edited". Every other byte of the file is kept.`;

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--${name} must be a positive integer, got '${value}'`);
  return n;
}

async function modelPostEdit(
  dir: string,
  v: {
    beam?: string | undefined;
    workers?: string | undefined;
    threads?: string | undefined;
    'full-vocab'?: boolean | undefined;
  },
  margin: number | null | undefined,
) {
  const editor = await OnnxPostEditor.load(dir, {
    workers: positiveInt('workers', v.workers, 1),
    ...(v.threads === undefined ? {} : { intraOpThreads: positiveInt('threads', v.threads, 1) }),
    shortlist: v['full-vocab'] !== true,
  });
  const beam = positiveInt('beam', v.beam, editor.info.decoding.beam);
  const run: PostEditPlain = async (segments) => {
    const prepared = segments.map((s, i) => {
      try {
        return editor.prepare(s);
      } catch (err) {
        if (err instanceof SegmentTooLongError) throw new SegmentError(i, err.side, err);
        throw err;
      }
    });
    const options = { beam, nbest: 1, ...(margin === undefined ? {} : { keepMtMargin: margin }) };
    return (await editor.postEdit(prepared, options)).results;
  };
  return { run, name: editor.info.name, close: () => editor.close() };
}

function serverPostEdit(
  url: string,
  v: {
    'api-key'?: string | undefined;
    beam?: string | undefined;
    'server-model'?: string | undefined;
  },
  margin: number | null | undefined,
) {
  const apiKey = v['api-key'];
  const client = new ApeClient({ baseUrl: url, ...(apiKey === undefined ? {} : { apiKey }) });
  const model = v['server-model'];
  if (model === '') throw new UsageError('--server-model needs a model name (GET /v1/models)');
  const options = {
    ...(v.beam === undefined ? {} : { beam: positiveInt('beam', v.beam, 1) }),
    ...(model === undefined ? {} : { model }),
    ...(margin === undefined ? {} : { keepMtMargin: margin }),
  };
  const run: PostEditPlain = (segments) => client.postEdit(segments, options);
  return { run, name: url, close: () => Promise.resolve() };
}

export async function runXliff(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      xliff: { type: 'string' },
      out: { type: 'string' },
      model: { type: 'string' },
      server: { type: 'string' },
      'api-key': { type: 'string' },
      'server-model': { type: 'string' },
      beam: { type: 'string' },
      'keep-mt-margin': { type: 'string' },
      'batch-size': { type: 'string' },
      workers: { type: 'string' },
      threads: { type: 'string' },
      'full-vocab': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help === true) {
    process.stdout.write(XLIFF_HELP + '\n');
    return EXIT.ok;
  }
  const file = values.xliff;
  if (file === undefined) throw new UsageError('--xliff FILE is required');
  if ((values.model === undefined) === (values.server === undefined))
    throw new UsageError('give either --model DIR or --server URL');
  if (values['server-model'] !== undefined && values.server === undefined)
    throw new UsageError(
      '--server-model NAME goes with --server URL (with --model DIR, the directory is the model)',
    );
  const margin = keepMtMargin(values['keep-mt-margin']);
  const batchSize = positiveInt('batch-size', values['batch-size'], 32);
  const text = await readFile(file, 'utf8').catch((err: unknown) => {
    throw new DataError({ file }, `cannot read: ${(err as Error).message}`, { cause: err });
  });
  const engine =
    values.server !== undefined
      ? serverPostEdit(values.server, values, margin)
      : await modelPostEdit(values.model ?? '', values, margin);
  let progress: Progress | undefined;
  let reported = 0;
  try {
    const { text: out, report } = await postEditXliff(text, file, engine.run, {
      batchSize,
      note: `post-edited automatically by ape (${engine.name})`,
      onProgress: (done, total) => {
        progress ??= new Progress(total, process.stderr);
        progress.advance(done - reported);
        reported = done;
      },
    });
    progress?.done();
    if (values.out === undefined) {
      process.stdout.write(out);
    } else {
      const tmp = join(dirname(values.out), `.${basename(values.out)}.${process.pid}.tmp`);
      try {
        await writeFile(tmp, out);
        await rename(tmp, values.out);
      } catch (err) {
        await rm(tmp, { force: true });
        throw err;
      }
    }
    const reasons = new Map<string, number>();
    for (const s of report.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
    const skipped = [...reasons].map(([r, n]) => `${r}: ${n}`).join(', ');
    process.stderr.write(
      `ape postedit: ${file} (XLIFF ${report.version}.x): ${report.units} post-edited, ${report.changed} changed, ${report.skipped.length} skipped${skipped === '' ? '' : ` (${skipped})`}\n`,
    );
  } finally {
    await engine.close();
  }
  return EXIT.ok;
}
