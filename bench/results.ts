/**
 * The results table of issue 8, from the committed models and data, in one command:
 *
 *   nice -n 10 node --import tsx bench/results.ts [--rows bench/results.json] [--split test]
 *       [--limit N] [--decode] [--attention-sentences 100] [--out-dir docs]
 *       [--cache-dir bench/results] [--batch-size 32]
 *
 * For every row of the rows file whose model directory exists, post-edits <data>/<split>
 * with the library (cached in bench/results/<id>.<split>.hyp; --decode ignores the cache of every
 * row whose model directory holds its graphs),
 * scores it against the MT baseline with src/eval, and writes bench/results/results.json and
 * the generated table of docs/results.md. Plots: bench/results_plots.py. Progress on stderr.
 */

import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ApeError, UsageError } from '../src/errors.js';
import { runResults, type Split } from './results-run.js';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');

function positive(name: string, value: string | undefined, allowZero = false): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1))
    throw new UsageError(`--${name}: expected an integer >= ${allowZero ? 0 : 1}, got '${value}'`);
  return n;
}

async function main(argv: string[]): Promise<number> {
  const { values: v } = parseArgs({
    args: argv,
    options: {
      rows: { type: 'string', default: 'bench/results.json' },
      split: { type: 'string', default: 'test' },
      limit: { type: 'string' },
      decode: { type: 'boolean', default: false },
      'attention-sentences': { type: 'string', default: '100' },
      'out-dir': { type: 'string', default: 'docs' },
      'cache-dir': { type: 'string', default: 'bench/results' },
      'batch-size': { type: 'string', default: '32' },
    },
    strict: true,
  });
  const split = v.split;
  if (split !== 'train' && split !== 'dev' && split !== 'test')
    throw new UsageError(`--split: expected train, dev or test, got '${split}'`);
  const command = ['node --import tsx bench/results.ts', ...argv].join(' ');
  await runResults({
    root,
    rowsFile: resolve(v.rows),
    split: split satisfies Split,
    limit: positive('limit', v.limit),
    decode: v.decode,
    outDir: resolve(v['out-dir']),
    cacheDir: resolve(v['cache-dir']),
    attentionSentences: positive('attention-sentences', v['attention-sentences'], true) ?? 0,
    batchSize: positive('batch-size', v['batch-size']) ?? 32,
    command,
    log: (line) => process.stderr.write(`results: ${line}\n`),
  });
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  if (!(err instanceof ApeError) && !(err instanceof TypeError && 'code' in err)) throw err;
  process.stderr.write(`bench/results: ${err.message}\n`);
  process.exitCode = 2;
}
