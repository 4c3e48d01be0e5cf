import { createWriteStream, existsSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { DataError, UsageError } from '../errors.js';
import { OnnxPostEditor, type PostEditResult } from '../model/post-editor.js';
import { SegmentTooLongError, type PreparedSegment } from '../model/segment.js';
import type { Command } from './main.js';
import { EXIT } from './exit-codes.js';
import {
  countLines,
  keepMtMargin,
  readPairs,
  type LocatedSegment,
  type PairSource,
} from './postedit-input.js';
import { Progress } from './postedit-progress.js';

const HELP = `usage: ape postedit --model DIR (--src FILE --mt FILE | --input FILE --format tsv|jsonl)
                    [--out FILE] [--resume] [--beam N] [--keep-mt-margin X|off] [--batch-size N]
                    [--workers N] [--threads N] [--full-vocab]

       ape postedit --xliff FILE (--model DIR | --server URL) [--out FILE]   (XLIFF 1.x/2.x targets)
       ape postedit --server URL [--api-key KEY] (--src FILE --mt FILE | --input FILE --format tsv|jsonl)

Post-edits each (src, mt) pair and writes one pe per line, in input order, to --out or stdout.
  --beam N        beam size (default: the model's decoding.beam)
  --keep-mt-margin X
                  conservative decoding: write the mt unchanged unless the model's edit
                  scores more than X above the mt itself (X >= 0; 'off' disables it;
                  default: the model's decoding.keepMtMargin, absent = off)
  --batch-size N  segments per decoder batch (default 32)
  --resume        --out exists: keep its lines and post-edit only the pairs after them
  --full-vocab    score the whole output vocabulary even if the model has a shortlist
                  (docs/model-format.md, "Output-vocabulary shortlist")
Interrupting (Ctrl-C) stops after the batch being written: the output holds whole lines only.`;

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--${name} must be a positive integer, got '${value}'`);
  return n;
}

function pairSource(v: Record<string, string | boolean | undefined>): PairSource {
  const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  const src = str('src');
  const mt = str('mt');
  const input = str('input');
  if (input !== undefined) {
    if (src !== undefined || mt !== undefined)
      throw new UsageError('give either --input or --src/--mt, not both');
    const format = str('format');
    if (format !== 'tsv' && format !== 'jsonl')
      throw new UsageError(
        `--input needs --format tsv|jsonl${format === undefined ? '' : `, got '${format}'`}`,
      );
    return { kind: format, path: input };
  }
  if (src === undefined || mt === undefined)
    throw new UsageError(
      '--src FILE and --mt FILE are required (or --input FILE --format tsv|jsonl)',
    );
  return { kind: 'files', src, mt };
}

async function write(out: NodeJS.WritableStream, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/** The flags; a malformed command line (unknown flag, missing value) is a usage error, exit 2. */
function flags(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        model: { type: 'string' },
        src: { type: 'string' },
        mt: { type: 'string' },
        input: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        resume: { type: 'boolean' },
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
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))
      throw new UsageError(`${(err as Error).message} (ape postedit --help lists the flags)`);
    throw err;
  }
}

export const command: Command = {
  summary: 'post-edit (src, mt) pairs from files with a model directory',
  async run(argv) {
    // XLIFF files: src/cli/postedit-xliff.ts (its own flags and help).
    if (argv.some((a) => a === '--xliff' || a.startsWith('--xliff=')))
      return (await import('./postedit-xliff.js')).runXliff(argv);
    if (argv.some((a) => a === '--server' || a.startsWith('--server=')))
      return (await import('./postedit-remote.js')).runRemote(argv);
    const { values } = flags(argv);
    if (values.help === true) {
      process.stdout.write(HELP + '\n');
      return EXIT.ok;
    }
    if (values.model === undefined) throw new UsageError('--model DIR is required');
    const source = pairSource(values);
    const batchSize = positiveInt('batch-size', values['batch-size'], 32);
    const margin = keepMtMargin(values['keep-mt-margin']);
    if (values.resume === true && values.out === undefined)
      throw new UsageError('--resume needs --out FILE');
    const skip =
      values.resume === true && values.out !== undefined && existsSync(values.out)
        ? await countLines(values.out)
        : 0;
    const total = await countLines(source.kind === 'files' ? source.src : source.path);

    const postEditor = await OnnxPostEditor.load(values.model, {
      workers: positiveInt('workers', values.workers, 1),
      ...(values.threads === undefined
        ? {}
        : { intraOpThreads: positiveInt('threads', values.threads, 1) }),
      shortlist: values['full-vocab'] !== true,
    });
    const beam = positiveInt('beam', values.beam, postEditor.info.decoding.beam);
    const options = { beam, nbest: 1, ...(margin === undefined ? {} : { keepMtMargin: margin }) };
    const out: NodeJS.WritableStream | WriteStream =
      values.out === undefined
        ? process.stdout
        : createWriteStream(values.out, { flags: skip > 0 ? 'a' : 'w' });
    const progress = new Progress(total, process.stderr);
    progress.advance(skip);

    let interrupted = false;
    const onSignal = () => {
      if (interrupted) process.exit(EXIT.interrupted); // a second Ctrl-C: stop now (whole lines were written)
      interrupted = true;
      process.stderr.write('\nape postedit: interrupted; finishing the batch being written\n');
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
      const prepare = (p: LocatedSegment): PreparedSegment => {
        try {
          return postEditor.prepare(p);
        } catch (err) {
          if (err instanceof SegmentTooLongError)
            throw new DataError({ file: p.file, line: p.line, field: err.side }, err.message);
          throw err;
        }
      };
      // One batch decodes in the worker while the next is read and tokenized here.
      let pending: Promise<{ results: PostEditResult[] }> | undefined;
      const flush = async () => {
        if (pending === undefined) return;
        const { results } = await pending;
        pending = undefined;
        // One write per batch of whole lines: an interrupt never leaves half a line.
        await write(out, results.map((r) => r.pe.replace(/[\r\n]+/g, ' ') + '\n').join(''));
        progress.advance(results.length);
      };
      let batch: PreparedSegment[] = [];
      let seen = 0;
      for await (const pair of readPairs(source)) {
        if (interrupted) break;
        if (seen++ < skip) continue;
        batch.push(prepare(pair));
        if (batch.length === batchSize) {
          await flush();
          pending = postEditor.postEdit(batch, options);
          batch = [];
        }
      }
      await flush();
      if (batch.length > 0 && !interrupted) {
        pending = postEditor.postEdit(batch, options);
        await flush();
      }
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      progress.done();
      if (out !== process.stdout) {
        out.end();
        await once(out, 'close');
      }
      await postEditor.close();
    }
    return interrupted ? EXIT.interrupted : EXIT.ok;
  },
};
