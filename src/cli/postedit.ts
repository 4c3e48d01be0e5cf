/**
 * `ape postedit`: (src, mt) pairs from two files, TSV or JSONL, or the targets of an XLIFF
 * file, post-edited by a model directory (--model) or a remote `ape serve` (--server). One
 * table of flags; the engine is a Backend (postedit-backend.ts), the XLIFF run is in
 * postedit-xliff.ts.
 */
import { createWriteStream, existsSync } from 'node:fs';
import { once } from 'node:events';
import { DataError, UsageError } from '../errors.js';
import { SegmentTooLongError } from '../model/segment.js';
import { TAG_FLAVOURS, type TagFlavour } from '../text/tags/parse.js';
import type { Command } from './main.js';
import { EXIT } from './exit-codes.js';
import { intFlag, parseFlags } from './flags.js';
import {
  type Backend,
  type DecodeSettings,
  localBackend,
  remoteBackend,
} from './postedit-backend.js';
import {
  countLines,
  keepMtMargin,
  readPairs,
  type LocatedSegment,
  type PairSource,
} from './postedit-input.js';
import { Progress } from './postedit-progress.js';
import {
  planXliffFile,
  postEditXliffFile,
  readXliff,
  writeXliff,
  XLIFF_HELP,
  xliffSelection,
  xliffSummary,
} from './postedit-xliff.js';

const HELP = `usage: ape postedit (--model DIR | --server URL) (--src FILE --mt FILE | --input FILE --format tsv|jsonl)
                    [--out FILE] [--beam N] [--keep-mt-margin X|off] [--no-gate] [--batch-size N]
                    with --model:  [--resume] [--workers N] [--threads N] [--full-vocab]
                                   [--no-lexicon] [--draft]
                    with --server: [--api-key KEY] [--server-model NAME] [--tags omegat|xliff|html|none]
       ape postedit --xliff FILE (--model DIR | --server URL) [--out FILE] [the flags above
                    but --resume and --tags] [--include-approved] [--states A,B]
                    [--allow-empty]

Post-edits each (src, mt) pair and writes one pe per line, in input order, to --out or stdout.
  --beam N        beam size (default: the model's decoding.beam)
  --keep-mt-margin X
                  conservative decoding: write the mt unchanged unless the model's edit
                  scores more than X above the mt itself (X >= 0; 'off' disables it;
                  default: the model's decoding.keepMtMargin, absent = off)
  --batch-size N  segments per decoder batch, or per request to a server (default 32)
  --resume        --out exists: keep its lines and post-edit only the pairs after them
  --workers N     decoder worker threads (default 1); --threads N: threads in each
  --full-vocab    score the whole output vocabulary even if the model has a shortlist
                  (docs/model-format.md, "Output-vocabulary shortlist")
  --no-lexicon    decode without the model's target lexicon (docs/model-format.md,
                  "Target lexicon")
  --no-gate       decode every pair even if the model has a keep-or-edit gate (format
                  version 6; on by default: a pair the gate keeps is written as its mt,
                  not decoded; docs/model-format.md, "Keep-or-edit gate"); with --server,
                  asks the server for that (options.gate false)
  --draft         mt-drafted greedy decoding at --beam 1 with a format version 5 model
                  (docs/model-format.md, "Drafted decoding"; off: no gain measured here)
  --server URL    a running ape serve (docs/http-api.md); --api-key KEY if it asks for one
  --server-model NAME  a model the server serves (GET /v1/models); default: the server's default
  --tags F        inline tags in src/mt (omegat, xliff, html, none): stripped for the model,
                  carried into the pe by the server
Pairs are read 8 batches at a time and each such window is decoded in batches of similar
length (the outputs are the same as in input order), then written in input order.
Interrupting (Ctrl-C) stops after the window being decoded: the output holds whole lines only.

${XLIFF_HELP}`;

const OPTIONS = {
  model: { type: 'string' },
  server: { type: 'string' },
  'api-key': { type: 'string' },
  'server-model': { type: 'string' },
  src: { type: 'string' },
  mt: { type: 'string' },
  input: { type: 'string' },
  format: { type: 'string' },
  xliff: { type: 'string' },
  states: { type: 'string' },
  'include-approved': { type: 'boolean' },
  'allow-empty': { type: 'boolean' },
  out: { type: 'string' },
  resume: { type: 'boolean' },
  beam: { type: 'string' },
  'keep-mt-margin': { type: 'string' },
  'batch-size': { type: 'string' },
  workers: { type: 'string' },
  threads: { type: 'string' },
  'full-vocab': { type: 'boolean' },
  'no-lexicon': { type: 'boolean' },
  'no-gate': { type: 'boolean' },
  draft: { type: 'boolean' },
  tags: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseFlags<typeof OPTIONS>>['values'];

/** Flags that belong to one engine or to pair input; given anywhere else, a usage error. */
const BELONGS: Partial<Record<keyof typeof OPTIONS, string>> = {
  resume: '--resume goes with --model DIR and --src/--mt or --input (not --server, not --xliff)',
  workers: '--workers N goes with --model DIR (a server has its own workers)',
  threads: '--threads N goes with --model DIR (a server has its own threads)',
  'full-vocab': '--full-vocab goes with --model DIR (a server has its own settings)',
  'no-lexicon':
    '--no-lexicon goes with --model DIR (a server has its own settings: ape serve --no-lexicon)',
  draft: '--draft goes with --model DIR (a server has its own settings: ape serve --draft)',
  'api-key': '--api-key KEY goes with --server URL',
  'server-model':
    '--server-model NAME goes with --server URL (with --model DIR, the directory is the model)',
  tags: "--tags F goes with --server URL and --src/--mt or --input (--xliff reads the file's own tags)",
  states: '--states A,B goes with --xliff FILE',
  'include-approved': '--include-approved goes with --xliff FILE',
  'allow-empty': '--allow-empty goes with --xliff FILE',
};

function checkCombination(v: Values): void {
  if ((v.model === undefined) === (v.server === undefined))
    throw new UsageError('give either --model DIR or --server URL');
  const xliff = v.xliff !== undefined;
  if (xliff && [v.src, v.mt, v.input].some((x) => x !== undefined))
    throw new UsageError('give either --xliff FILE or --src/--mt or --input, not both');
  const allowed = (flag: keyof typeof BELONGS): boolean => {
    if (flag === 'resume') return v.model !== undefined && !xliff;
    if (flag === 'tags') return v.server !== undefined && !xliff;
    if (flag === 'states' || flag === 'include-approved' || flag === 'allow-empty') return xliff;
    if (
      flag === 'workers' ||
      flag === 'threads' ||
      flag === 'full-vocab' ||
      flag === 'no-lexicon' ||
      flag === 'draft'
    )
      return v.model !== undefined;
    return v.server !== undefined;
  };
  for (const [flag, message] of Object.entries(BELONGS) as [keyof typeof BELONGS, string][])
    if (v[flag] !== undefined && !allowed(flag)) throw new UsageError(message);
}

function pairSource(v: Values): PairSource {
  const { src, mt, input, format } = v;
  if (input !== undefined) {
    if (src !== undefined || mt !== undefined)
      throw new UsageError('give either --input or --src/--mt, not both');
    if (format !== 'tsv' && format !== 'jsonl')
      throw new UsageError(
        `--input needs --format tsv|jsonl${format === undefined ? '' : `, got '${format}'`}`,
      );
    return { kind: format, path: input };
  }
  if (src === undefined || mt === undefined)
    throw new UsageError(
      '--src FILE and --mt FILE are required (or --input FILE --format tsv|jsonl, or --xliff FILE)',
    );
  return { kind: 'files', src, mt };
}

/**
 * Runs `use` with the engine the flags name (checkCombination saw exactly one of --model,
 * --server) and closes it after.
 */
async function withBackend<T>(
  v: Values,
  decode: DecodeSettings,
  use: <P>(backend: Backend<P>) => Promise<T>,
): Promise<T> {
  const close = async <P>(backend: Backend<P>): Promise<T> => {
    try {
      return await use(backend);
    } finally {
      await backend.close();
    }
  };
  if (v.server !== undefined) {
    const model = v['server-model'];
    if (model === '') throw new UsageError('--server-model needs a model name (GET /v1/models)');
    const tags = v.tags;
    if (tags !== undefined && !TAG_FLAVOURS.includes(tags as TagFlavour))
      throw new UsageError(`--tags must be one of ${TAG_FLAVOURS.join(', ')}`);
    return close(
      remoteBackend({
        ...decode,
        url: v.server,
        apiKey: v['api-key'],
        model,
        tags: tags as TagFlavour | undefined,
      }),
    );
  }
  return close(
    await localBackend({
      ...decode,
      dir: v.model ?? '',
      workers: intFlag('workers', v.workers, 1) ?? 1,
      threads: intFlag('threads', v.threads, 1),
      shortlist: v['full-vocab'] !== true,
      lexicon: v['no-lexicon'] !== true,
      draft: v.draft === true,
    }),
  );
}

export const command: Command = {
  summary: 'post-edit (src, mt) pairs or an XLIFF file with a model directory or a server',
  async run(argv) {
    const { values: v } = parseFlags('postedit', argv, OPTIONS);
    if (v.help === true) {
      process.stdout.write(HELP + '\n');
      return EXIT.ok;
    }
    checkCombination(v);
    const source = v.xliff === undefined ? pairSource(v) : undefined;
    const batchSize = intFlag('batch-size', v['batch-size'], 1) ?? 32;
    const decode: DecodeSettings = {
      beam: intFlag('beam', v.beam, 1),
      keepMtMargin: keepMtMargin(v['keep-mt-margin']),
      gate: v['no-gate'] !== true,
    };
    if (v.xliff !== undefined) {
      const file = v.xliff;
      const selection = xliffSelection(v);
      const text = await readXliff(file);
      // The units are picked before a model is loaded: nothing to do fails (or passes) at once.
      const plan = planXliffFile(file, text, selection, v['allow-empty'] === true);
      if (plan.units.length === 0) {
        await writeXliff(v.out, text);
        process.stderr.write(xliffSummary(file, plan, 0));
        return EXIT.ok;
      }
      await withBackend(v, decode, (backend) =>
        postEditXliffFile(backend, file, text, plan, v.out, batchSize),
      );
      return EXIT.ok;
    }
    if (source === undefined) throw new UsageError('--src/--mt, --input or --xliff is required');
    if (v.resume === true && v.out === undefined) throw new UsageError('--resume needs --out FILE');
    const skip =
      v.resume === true && v.out !== undefined && existsSync(v.out) ? await countLines(v.out) : 0;
    const total = await countLines(source.kind === 'files' ? source.src : source.path);
    return withBackend(v, decode, (backend) =>
      postEditPairs(backend, source, { out: v.out, skip, total, batchSize }),
    );
  },
};

async function write(out: NodeJS.WritableStream, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/** Batches of similar-length pairs are formed within windows of this many batches. */
export const SORT_WINDOW_BATCHES = 8;

/**
 * Decodes `items` in batches of `batchSize` formed by size (shortest first, ties in input
 * order), and answers in input order: a batch costs as many decoder steps as its longest
 * member needs and pads every row to its longest input, so similar lengths waste less.
 * The outputs do not depend on the grouping (docs/http-api.md, "Batch invariance").
 */
async function decodeBySize<P, R>(
  items: readonly P[],
  batchSize: number,
  size: (p: P) => number,
  decode: (batch: P[]) => Promise<R[]>,
  decoded: (n: number) => void,
): Promise<R[]> {
  const order = items.map((_, i) => i);
  const sizes = items.map(size);
  order.sort((a, b) => (sizes[a] ?? 0) - (sizes[b] ?? 0) || a - b);
  const out: R[] = new Array<R>(items.length);
  for (let k = 0; k < order.length; k += batchSize) {
    const idx = order.slice(k, k + batchSize);
    const results = await decode(idx.map((i) => items[i] as P));
    idx.forEach((i, j) => (out[i] = results[j] as R));
    decoded(idx.length);
  }
  return out;
}

/**
 * The post-edit loop: pairs are read and prepared in windows of SORT_WINDOW_BATCHES batches,
 * a window's pairs are post-edited in batches of similar length (decodeBySize) while the
 * next window is read, and written a window of whole lines at a time, in input order. The
 * first `skip` pairs are already in `out` (--resume). Ctrl-C stops after the window being
 * decoded.
 */
async function postEditPairs<P>(
  backend: Backend<P>,
  source: PairSource,
  o: { out: string | undefined; skip: number; total: number; batchSize: number },
): Promise<number> {
  const out =
    o.out === undefined
      ? process.stdout
      : createWriteStream(o.out, { flags: o.skip > 0 ? 'a' : 'w' });
  const progress = new Progress(o.total, process.stderr);
  progress.advance(o.skip);

  let interrupted = false;
  const onSignal = () => {
    if (interrupted) process.exit(EXIT.interrupted); // a second Ctrl-C: stop now (whole lines were written)
    interrupted = true;
    process.stderr.write('\nape postedit: interrupted; finishing the pairs being decoded\n');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const prepare = (p: LocatedSegment): P => {
      try {
        return backend.prepare(p);
      } catch (err) {
        if (err instanceof SegmentTooLongError)
          throw new DataError({ file: p.file, line: p.line, field: err.side }, err.message);
        throw err;
      }
    };
    const windowSize = o.batchSize * SORT_WINDOW_BATCHES;
    const decodeWindow = (items: P[]) =>
      decodeBySize(
        items,
        o.batchSize,
        (p) => backend.size(p),
        (b) => backend.postEdit(b),
        (n) => progress.advance(n),
      );
    let pending: Promise<{ pe: string }[]> | undefined;
    const flush = async () => {
      if (pending === undefined) return;
      const results = await pending;
      pending = undefined;
      // One write per window of whole lines: an interrupt never leaves half a line.
      await write(out, results.map((r) => r.pe.replace(/[\r\n]+/g, ' ') + '\n').join(''));
    };
    let window: P[] = [];
    let seen = 0;
    for await (const pair of readPairs(source)) {
      if (interrupted) break;
      if (seen++ < o.skip) continue;
      window.push(prepare(pair));
      if (window.length === windowSize) {
        await flush();
        pending = decodeWindow(window);
        window = [];
      }
    }
    await flush();
    if (window.length > 0 && !interrupted) {
      pending = decodeWindow(window);
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
  }
  return interrupted ? EXIT.interrupted : EXIT.ok;
}
