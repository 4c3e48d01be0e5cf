/**
 * The encoder inputs the runtime builds for (src, mt) pairs, one JSON line per pair:
 * {"inputIds": [...], "tokenTypeIds": [...]} (null for a pair too long for the model). The
 * keep-or-edit gate is trained on the encoder's output for exactly these inputs
 * (training/scripts/gate_train.py), so the runtime's tokenizer and layout are used, not a
 * re-implementation.
 *
 *   node --import tsx bench/gate-inputs.ts MODEL_DIR SRC MT OUT.jsonl
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadModelDir } from '../src/model/model-dir.js';
import { prepareSegment, SegmentTooLongError } from '../src/model/segment.js';
import { ApeTokenizer } from '../src/model/tokenizer.js';

async function main(): Promise<void> {
  const [dir, srcFile, mtFile, out] = process.argv.slice(2);
  if (dir === undefined || srcFile === undefined || mtFile === undefined || out === undefined) {
    process.stderr.write('usage: bench/gate-inputs.ts MODEL_DIR SRC MT OUT.jsonl\n');
    process.exit(2);
  }
  const lines = (f: string) => readFileSync(f, 'utf8').replace(/\n$/, '').split('\n');
  const src = lines(srcFile);
  const mt = lines(mtFile);
  if (src.length !== mt.length) {
    process.stderr.write(`${srcFile} has ${src.length} lines, ${mtFile} ${mt.length}\n`);
    process.exit(2);
  }
  const model = await loadModelDir(dir);
  const tokenizer = await ApeTokenizer.fromModel(model);
  let tooLong = 0;
  const rows = src.map((s, i) => {
    try {
      const { input } = prepareSegment({ src: s, mt: mt[i] ?? '' }, tokenizer, model.manifest);
      return JSON.stringify({ inputIds: input.inputIds, tokenTypeIds: input.tokenTypeIds });
    } catch (err) {
      if (!(err instanceof SegmentTooLongError)) throw err;
      tooLong++;
      return 'null';
    }
  });
  writeFileSync(out, rows.join('\n') + '\n');
  process.stderr.write(`${out}: ${rows.length} pairs, ${tooLong} too long\n`);
}

await main();
