/**
 * The ceiling a perfect model reaches through our detokenizer: the ORACLE round trip
 * ids = tokenizer(pe) -> text, compared with pe, on synthetic-data/es-en/<split>, for
 * (a) the tokenizer's raw decode, (b) the detokenizer without a casing step (mt surfaces,
 * mt's initial capital), (c) with the casing step (src/model/casing.ts), and (c') the same
 * but the mt kept verbatim where the ids equal the mt's (what the post-editor does today).
 * TER case-sensitive and case-insensitive (src/eval, sacreBLEU-equal), BLEU, exact matches,
 * and the MT baseline for scale. It prints and never fails.
 *
 *   node --import tsx bench/casing.ts [--split dev] [--tokenizer DIR] [--casing FILE]
 *                                     [--model DIR [--limit 200]]
 *
 * Without --casing the table is learned from <data>/train by `python -m ape.casing` first
 * (never from the split measured). Use dev while developing; test only for the report.
 * With --model, the first --limit segments are also post-edited by that model (beam search
 * with its manifest's defaults) and scored without and with the casing step: the real gain.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BLEU } from '../src/eval/bleu.js';
import { corpusScore } from '../src/eval/metric.js';
import { TER } from '../src/eval/ter.js';
import { Casing } from '../src/model/casing.js';
import { beamSearch } from '../src/model/beam-search.js';
import { loadModelDir } from '../src/model/model-dir.js';
import { prepareSegment } from '../src/model/segment.js';
import { createSessions, releaseSessions } from '../src/model/sessions.js';
import { ApeTokenizer } from '../src/model/tokenizer.js';
import { minilmDir } from '../test/helpers/paths.js';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');
const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'dev' },
    data: { type: 'string', default: join(root, 'synthetic-data/es-en') },
    tokenizer: {
      type: 'string',
      default: minilmDir(),
    },
    casing: { type: 'string' },
    model: { type: 'string' },
    limit: { type: 'string', default: '200' },
  },
});

const read = (side: string) =>
  readFileSync(join(values.data, `${values.split}.${side}`), 'utf8')
    .replace(/\n$/, '')
    .split('\n');
const [src, mt, pe] = [read('src'), read('mt'), read('pe')];

let casingFile = values.casing;
if (casingFile === undefined) {
  casingFile = join(mkdtempSync(join(tmpdir(), 'ape-casing-')), 'casing.json');
  const t0 = performance.now();
  const r = spawnSync(
    join(root, '.venv/bin/python'),
    ['-m', 'ape.casing', join(values.data, 'train'), casingFile],
    { cwd: join(root, 'training'), stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (r.status !== 0) throw new Error(`python -m ape.casing failed (${r.status})`);
  console.error(`learned ${casingFile} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
const tok = await ApeTokenizer.fromFile(join(values.tokenizer, 'tokenizer.json'));
const casing = await Casing.fromFile(casingFile);

const variants: Record<string, string[]> = {
  'MT baseline': mt,
  '(a) raw decode': [],
  '(b) detokenizer': [],
  '(c) + casing': [],
  "(c') + casing, mt where ids = mt": [],
};
let msPlain = 0;
let msCased = 0;
pe.forEach((ref, i) => {
  const m = mt[i] ?? '';
  const ids = tok.encode(ref);
  const units = tok.units(m);
  const same =
    tok
      .units(m)
      .flatMap((u) => u.ids)
      .join() === ids.join();
  variants['(a) raw decode']?.push(tok.decodeRaw(ids));
  tok.casing = undefined;
  const t0 = performance.now();
  variants['(b) detokenizer']?.push(tok.detokenize(ids, m, units));
  tok.casing = casing;
  const t1 = performance.now();
  const cased = tok.detokenize(ids, m, units, src[i] ?? '');
  msCased += performance.now() - t1;
  msPlain += t1 - t0;
  variants['(c) + casing']?.push(cased);
  variants["(c') + casing, mt where ids = mt"]?.push(same ? m : cased);
});

if (values.model !== undefined) {
  const model = await loadModelDir(values.model);
  const n = Math.min(pe.length, Number(values.limit));
  const sessions = await createSessions(model, { intraOpThreads: 2 });
  const plain: string[] = [];
  const cased: string[] = [];
  for (let i = 0; i < n; i += 16) {
    const segs = src
      .slice(i, Math.min(n, i + 16))
      .map((s, k) => prepareSegment({ src: s, mt: mt[i + k] ?? '' }, tok, model.manifest));
    const options = { ...model.manifest.decoding, nbest: 1 };
    const { hypotheses } = await beamSearch(
      sessions,
      segs.map((g) => g.input),
      model.manifest.specialTokens,
      options,
    );
    segs.forEach((g, k) => {
      const ids = hypotheses[k]?.[0]?.tokens ?? [];
      tok.casing = undefined;
      plain.push(tok.detokenize(ids, g.segment.mt, g.mtUnits, g.segment.src));
      tok.casing = casing;
      cased.push(tok.detokenize(ids, g.segment.mt, g.mtUnits, g.segment.src));
    });
    console.error(`model: ${Math.min(n, i + 16)}/${n} segments`);
  }
  await releaseSessions(sessions);
  variants[`MT baseline, first ${n}`] = mt.slice(0, n);
  variants[`model ${model.manifest.name}, no casing`] = plain;
  variants[`model ${model.manifest.name} + casing`] = cased;
}

const terCs = new TER({ caseSensitive: true });
const terCi = new TER();
const bleu = new BLEU();
console.log(
  `split ${values.split}: ${pe.length} segments; tokenizer ${values.tokenizer}; casing ${casingFile}`,
);
console.log(
  `${'variant'.padEnd(34)} ${'TER cs'.padStart(7)} ${'TER ci'.padStart(7)} ${'BLEU'.padStart(6)} ${'exact'.padStart(7)}`,
);
for (const [name, hyps] of Object.entries(variants)) {
  const refs = [pe.slice(0, hyps.length)];
  const exact = hyps.filter((h, i) => h === pe[i]).length / hyps.length;
  console.log(
    `${name.padEnd(34)} ${corpusScore(terCs, hyps, refs).score.toFixed(2).padStart(7)} ` +
      `${corpusScore(terCi, hyps, refs).score.toFixed(2).padStart(7)} ` +
      `${corpusScore(bleu, hyps, refs).score.toFixed(2).padStart(6)} ${(100 * exact).toFixed(1).padStart(6)}%`,
  );
}
const us = (ms: number) => ((1000 * ms) / pe.length).toFixed(1);
console.log(
  `detokenize: ${us(msPlain)} µs/segment without the casing step, ${us(msCased)} with it ` +
    `(ratio ${(msCased / msPlain).toFixed(2)}; one pass, first-call warm-up included)`,
);
