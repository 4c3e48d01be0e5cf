/**
 * Out-of-domain check (issue 19 §4): post-edits the out-of-domain set (bench/data/ood/, Debian
 * catalogs of families in no training set) through the same path as `POST /v1/postedit`
 * (src/text/tagged-postedit.ts tagsForRequest: lines, protected spans, the keep/strip retry
 * and the mt fallback; the model's decoding defaults) and prints a markdown table: per
 * setting, the protected spans lost, the segments with an invented word, the segments made
 * worse / better / left unchanged, corpus TER and BLEU (src/eval/faithfulness.ts defines
 * each), with the MT itself as the first row.
 *
 *   nice -n 10 node --import tsx bench/ood.ts MODEL_DIR [--beam K] [--settings protect,no-protect]
 *       [--no-gate] [--data bench/data/ood/es-en] [--dict /usr/share/dict/american-english-large]
 *       [--train-pe synthetic-data/es-en/train.pe] [--show]
 *
 * `no-protect` is `options.protect: false` of the HTTP API (lines split, no span check).
 * `--no-gate` decodes every line even if the model has a keep-or-edit gate (format version 6).
 * A line's decode is shared between the settings (the same line decodes the same in each).
 * `--save PREFIX` writes each setting's outputs to PREFIX.SETTING.hyp.
 * `--show` prints, per setting, the segments that lost a span, invented a word or got worse.
 * Prints and never fails on quality: a benchmark reports, it does not gate.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  faithfulness,
  loadWordList,
  wordsOf,
  type FaithfulnessRow,
  type FaithfulnessSummary,
} from '../src/eval/faithfulness.js';
import { readLines } from '../src/eval/read-lines.js';
import { OnnxPostEditor, type PostEditResult } from '../src/model/post-editor.js';
import { SegmentTooLongError, type Segment } from '../src/model/segment.js';
import { tagsForRequest } from '../src/text/tagged-postedit.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    data: { type: 'string', default: 'bench/data/ood/es-en' },
    dict: { type: 'string', default: '/usr/share/dict/american-english-large' },
    'train-pe': { type: 'string', default: 'synthetic-data/es-en/train.pe' },
    settings: { type: 'string', default: 'protect,no-protect' },
    beam: { type: 'string' },
    'batch-size': { type: 'string', default: '16' },
    show: { type: 'boolean', default: false },
    'no-gate': { type: 'boolean', default: false },
    save: { type: 'string' },
  },
});
const modelDir = positionals[0];
if (modelDir === undefined) {
  process.stderr.write(
    'usage: bench/ood.ts MODEL_DIR [--beam K] [--settings protect,no-protect] [--no-gate] [--show]\n',
  );
  process.exit(2);
}
const settings = values.settings.split(',').map((s) => {
  if (s !== 'protect' && s !== 'no-protect')
    throw new Error(`--settings: '${s}' is not one of protect, no-protect`);
  return s;
});
if (!existsSync(values.dict)) {
  process.stderr.write(
    `--dict ${values.dict}: no such word list; install Debian's wamerican-large ` +
      `(apt-get install wamerican-large, as scripts/install.sh does) or name another list\n`,
  );
  process.exit(2);
}
const dictionary = loadWordList(readFileSync(values.dict, 'utf8'));

const [src = [], mt = [], pe = []] = ['src', 'mt', 'pe'].map(
  (side) => readLines(`${values.data}.${side}`).lines,
);
if (mt.length !== src.length || pe.length !== src.length)
  throw new Error(
    `${values.data}.{src,mt,pe}: ${src.length}, ${mt.length}, ${pe.length} lines; they must be equal`,
  );
const segments: Segment[] = src.map((s, i) => ({ src: s, mt: mt[i] ?? '' }));

// The second vocabulary: words of the 23K train's post-edits (tokenized as outputs are).
const extra = new Set<string>();
const trainPe = values['train-pe'];
if (trainPe !== '' && existsSync(trainPe))
  for (const line of readLines(trainPe).lines) for (const w of wordsOf(line, '')) extra.add(w);

const postEditor = await OnnxPostEditor.load(modelDir, { workers: 1, gate: !values['no-gate'] });
const gateLabel = postEditor.info.gate ? ', keep-or-edit gate' : '';
const beam = values.beam === undefined ? postEditor.info.decoding.beam : Number(values.beam);
const batchSize = Number(values['batch-size']);
let tooLong = 0;
/** Decodes of a line, shared between settings (a line decodes the same in each). */
const memo = new Map<string, PostEditResult>();
const memoKey = (u: Segment) => `${u.src}\u0000${u.mt}`;

/** What the route's batcher does: prepare, then decode in batches (model defaults otherwise). */
async function decode(units: Segment[]): Promise<PostEditResult[]> {
  const todo = units.filter(
    (u, k) => !memo.has(memoKey(u)) && units.findIndex((v) => memoKey(v) === memoKey(u)) === k,
  );
  for (const [u, r] of (await decodeNew(todo)).map((r, k) => [todo[k], r] as const))
    if (u !== undefined) memo.set(memoKey(u), r);
  return units.map((u) => {
    const r = memo.get(memoKey(u));
    if (r === undefined) throw new Error('unreachable: every unit was decoded');
    return r;
  });
}

async function decodeNew(units: Segment[]): Promise<PostEditResult[]> {
  const out: PostEditResult[] = [];
  for (let b = 0; b < units.length; b += batchSize) {
    const batch = units.slice(b, b + batchSize);
    const prepared = batch.map((u) => {
      try {
        return postEditor.prepare(u);
      } catch (err) {
        if (err instanceof SegmentTooLongError) return undefined;
        throw err;
      }
    });
    const ok = prepared.filter((p) => p !== undefined);
    const { results } =
      ok.length > 0 ? await postEditor.postEdit(ok, { beam, nbest: 1 }) : { results: [] };
    let k = 0;
    batch.forEach((u, j) => {
      const r = prepared[j] === undefined ? undefined : results[k++];
      if (r === undefined) tooLong++;
      // A line too long for the model keeps its mt (the route would answer 422).
      out.push(r ?? { pe: u.mt, changed: false, score: 0, tokens: 0, nbest: [] });
    });
    process.stderr.write(`\r${Math.min(b + batchSize, units.length)}/${units.length}`);
  }
  process.stderr.write('\n');
  return out;
}

const rowsFor = (outs: readonly string[]): FaithfulnessRow[] =>
  segments.map((s, i) => ({ src: s.src, mt: s.mt, out: outs[i] ?? '', pe: pe[i] ?? '' }));

const results: { label: string; summary: FaithfulnessSummary; outs: string[] }[] = [];
results.push({
  label: 'MT (Apertium)',
  summary: faithfulness(rowsFor(mt), dictionary, extra),
  outs: mt,
});
for (const setting of settings) {
  const tagged = tagsForRequest(
    segments,
    'none',
    (i, side, msg) => new Error(`${values.data}.${side}:${i + 1}: ${msg}`),
    { protect: setting === 'protect' },
  );
  const answers = await tagged.run((units) => decode(units), 1);
  const outs = answers.map((a) => a.pe);
  if (values.save !== undefined)
    writeFileSync(`${values.save}.${setting}.hyp`, outs.map((o) => o + '\n').join(''));
  results.push({
    label: `${modelDir}, beam ${beam}${gateLabel}, ${setting === 'protect' ? 'protected spans on' : 'protect: false'}`,
    summary: faithfulness(rowsFor(outs), dictionary, extra),
    outs,
  });
}
await postEditor.close();

const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
const lines = [
  '| system | segments | protected spans lost | segments with an invented word | invented words | … not in the 23K train pe either | worse than MT | better | unchanged (= MT) | TER ↓ | BLEU ↑ |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
];
for (const { label, summary: s } of results) {
  const isMt = label.startsWith('MT');
  lines.push(
    [
      label,
      s.segments,
      `${s.spansLost} of ${s.spans} (${s.segmentsLosingSpans} segments)`,
      `${s.segmentsInventing} (${pct(s.segmentsInventing, s.segments)})`,
      s.inventedWords,
      `${s.segmentsInventingBeyondExtra} (${pct(s.segmentsInventingBeyondExtra, s.segments)}), ${s.inventedWordsBeyondExtra} words`,
      isMt ? '—' : pct(s.worse, s.segments),
      isMt ? '—' : pct(s.better, s.segments),
      pct(s.unchanged, s.segments),
      s.ter.toFixed(2),
      s.bleu.toFixed(2),
    ].join(' | '),
  );
}
process.stdout.write(lines.map((l) => (l.startsWith('| ') ? l : `| ${l} |`)).join('\n') + '\n');

// Calibration: the reference post-edits judged as outputs (how often a human's words fall
// outside src, mt and the dictionary).
const ref = faithfulness(rowsFor(pe), dictionary, extra);
process.stdout.write(
  `\nReference post-edits as outputs: ${ref.segmentsInventing} segments (${pct(ref.segmentsInventing, ref.segments)}) with a word outside src, mt and the dictionary (${ref.inventedWords} words); ${ref.spansLost} of ${ref.spans} protected spans absent.\n`,
);
process.stdout.write(
  `Dictionary: ${values.dict} (${dictionary.size} words); second vocabulary: ${trainPe} (${extra.size} words). Lines too long for the model (kept as mt): ${tooLong}.\n`,
);

if (values.show)
  for (const { label, summary, outs } of results.slice(1)) {
    process.stdout.write(`\n## ${label}\n`);
    summary.perSegment.forEach((s, i) => {
      if (s.spansLost === 0 && s.invented.length === 0 && s.verdict !== 'worse') return;
      process.stdout.write(
        `\n[${i + 1}] ${s.verdict} (TER ${s.terMt.toFixed(1)} -> ${s.terOut.toFixed(1)})` +
          `${s.spansLost > 0 ? `, ${s.spansLost} spans lost` : ''}` +
          `${s.invented.length > 0 ? `, invented: ${s.invented.join(' ')}` : ''}\n` +
          `  src: ${src[i]}\n  mt:  ${mt[i]}\n  out: ${outs[i]}\n  pe:  ${pe[i]}\n`,
      );
    });
  }
