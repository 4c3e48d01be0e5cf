/**
 * `ape postedit --server URL (--src FILE --mt FILE | --input FILE --format tsv|jsonl)`:
 * the same input and output as the local mode (src/cli/postedit.ts), post-edited by a remote
 * `ape serve` through the typed client (src/client/index.ts: batches, one request in
 * flight while the next batch is read, retries with backoff on 503). Output is written a
 * batch of whole lines at a time.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { ApeClient } from '../client/index.js';
import { TAG_FLAVOURS, type TagFlavour } from '../text/tags/parse.js';
import { EXIT } from './exit-codes.js';
import { countLines, keepMtMargin, readPairs, type PairSource } from './postedit-input.js';
import { Progress } from './postedit-progress.js';

export const REMOTE_HELP = `usage: ape postedit --server URL [--api-key KEY] (--src FILE --mt FILE | --input FILE --format tsv|jsonl)
                    [--out FILE] [--server-model NAME] [--beam N] [--keep-mt-margin X|off]
                    [--batch-size N] [--tags omegat|xliff|html|none]

  --server-model NAME  a model the server serves (GET /v1/models); default: the server's default
  --keep-mt-margin X   conservative decoding on the server (see ape postedit --help); 'off' turns
                       it off; default: the model's decoding.keepMtMargin`;

export async function runRemote(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      server: { type: 'string' },
      'api-key': { type: 'string' },
      src: { type: 'string' },
      mt: { type: 'string' },
      input: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      beam: { type: 'string' },
      'server-model': { type: 'string' },
      'keep-mt-margin': { type: 'string' },
      'batch-size': { type: 'string' },
      tags: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help === true) {
    process.stdout.write(REMOTE_HELP + '\n');
    return EXIT.ok;
  }
  const baseUrl = values.server ?? '';
  let source: PairSource;
  if (values.input !== undefined) {
    if (values.format !== 'tsv' && values.format !== 'jsonl')
      throw new UsageError('--input needs --format tsv|jsonl');
    source = { kind: values.format, path: values.input };
  } else {
    if (values.src === undefined || values.mt === undefined)
      throw new UsageError(
        '--src FILE and --mt FILE are required (or --input FILE --format tsv|jsonl)',
      );
    source = { kind: 'files', src: values.src, mt: values.mt };
  }
  const int = (name: string, v: string | undefined) => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1)
      throw new UsageError(`--${name} must be a positive integer, got '${v}'`);
    return n;
  };
  const beam = int('beam', values.beam);
  const margin = keepMtMargin(values['keep-mt-margin']);
  const model = values['server-model'];
  if (model === '') throw new UsageError('--server-model needs a model name (GET /v1/models)');
  const batchSize = int('batch-size', values['batch-size']) ?? 32;
  const tags = values.tags;
  if (tags !== undefined && !TAG_FLAVOURS.includes(tags as TagFlavour))
    throw new UsageError(`--tags must be one of ${TAG_FLAVOURS.join(', ')}`);
  const client = new ApeClient({
    baseUrl,
    ...(values['api-key'] === undefined ? {} : { apiKey: values['api-key'] }),
  });
  const progress = new Progress(
    await countLines(source.kind === 'files' ? source.src : source.path),
    process.stderr,
  );
  const out = values.out === undefined ? process.stdout : createWriteStream(values.out);
  try {
    let lines: string[] = [];
    const options = {
      batchSize,
      ...(beam === undefined ? {} : { beam }),
      ...(model === undefined ? {} : { model }),
      ...(margin === undefined ? {} : { keepMtMargin: margin }),
      ...(tags === undefined ? {} : { tags: tags as TagFlavour }),
    };
    for await (const r of client.postEditStream(readPairs(source), options)) {
      lines.push(r.pe.replace(/[\r\n]+/g, ' ') + '\n');
      if (lines.length === batchSize) {
        if (!out.write(lines.join(''))) await once(out, 'drain');
        progress.advance(lines.length);
        lines = [];
      }
    }
    if (lines.length > 0) out.write(lines.join(''));
    progress.advance(lines.length);
  } finally {
    progress.done();
    if (out !== process.stdout) {
      out.end();
      await once(out, 'close');
    }
  }
  return EXIT.ok;
}
