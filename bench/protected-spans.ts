/**
 * Protected spans (issue 19, docs/protected-spans.md): over the dev segments whose mt holds a
 * protected span (src/text/protect/detect.ts), plus the issue's own examples, decodes each
 * segment once per masking strategy and prints, per strategy: segments, spans lost by the raw
 * model output (before the check), segments whose output failed the check (they fall back to
 * the mt: `kept: "mt-protected"`), spans lost after the check (0 by construction), and corpus
 * TER (case-sensitive, src/eval) against the reference post-edit of the dev segments, for the
 * mt, the unprotected output and the protected output.
 *
 *   nice -n 10 node --import tsx bench/protected-spans.ts MODEL_DIR [--data synthetic-data/es-en]
 *       [--split dev] [--limit N] [--strategies none,keep,placeholder,strip] [--beam K]
 *
 * `none` is the model on the unmasked pair with no check at all (what shipped before).
 * Prints and never fails on quality: a benchmark reports, it does not gate.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusScore } from '../src/eval/metric.js';
import { readLines } from '../src/eval/read-lines.js';
import { TER } from '../src/eval/ter.js';
import { OnnxPostEditor } from '../src/model/post-editor.js';
import { SegmentTooLongError, type PreparedSegment } from '../src/model/segment.js';
import { countOccurrences, detectSpans } from '../src/text/protect/detect.js';
import { maskPair, spansKept, type MaskStrategy } from '../src/text/protect/mask.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    data: { type: 'string', default: 'synthetic-data/es-en' },
    split: { type: 'string', default: 'dev' },
    limit: { type: 'string' },
    strategies: { type: 'string', default: 'none,keep,placeholder,strip' },
    beam: { type: 'string' },
    'batch-size': { type: 'string', default: '16' },
    show: { type: 'boolean', default: false },
  },
});
const modelDir = positionals[0];
if (modelDir === undefined) {
  process.stderr.write(
    'usage: bench/protected-spans.ts MODEL_DIR [--limit N] [--strategies ...]\n',
  );
  process.exit(2);
}
type Strategy = MaskStrategy | 'none';
const strategies = values.strategies.split(',').map((s) => {
  if (!['none', 'keep', 'placeholder', 'strip'].includes(s))
    throw new Error(`--strategies: '${s}' is not one of none, keep, placeholder, strip`);
  return s as Strategy;
});

/** The issue's examples (issue 19), src and an mt as a rule-based MT gives it; no reference. */
const ISSUE: [string, string][] = [
  [
    'Consulte https://docs.example.org/filer/ayuda.html para más información.',
    'See https://docs.example.org/filer/ayuda.html for more information.',
  ],
  [
    'Copie los ficheros a sftp://192.168.1.20:2222/home/usuario antes de salir.',
    'Copy the files to sftp://192.168.1.20:2222/home/usuario before leaving.',
  ],
  ['Informe de los fallos a bugs@example.org.', 'Report of the bugs to bugs@example.org.'],
  ['Nextcloud no pudo sincronizar %(name)s.', 'Nextcloud could not synchronize %(name)s.'],
  ['Abra Ubuntu y luego Akregator.', 'Open Ubuntu and then Akregator.'],
  ['Jugar a Mahjongg con %d fichas', 'Play to Mahjongg with %d tokens'],
  [
    'Lea la &lt;a href="https://example.org"&gt;guía&lt;/a&gt; de LibreOffice Writer.',
    'Read the &lt;a href="https://example.org"&gt;guide&lt;/a&gt; of LibreOffice Writer.',
  ],
  ['Pulse Ctrl+S para guardar {0} en {name}.', 'Press Ctrl+S to save {0} in {name}.'],
];

const file = (side: string) => join(resolve(values.data), `${values.split}.${side}`);
const limit = values.limit === undefined ? Infinity : Number(values.limit);
const [src = [], mt = [], ref = []] = ['src', 'mt', 'pe'].map(
  (side) => readLines(file(side)).lines,
);
const pool: { src: string; mt: string; ref: string | undefined }[] = [];
src.forEach((s, i) => {
  const m = mt[i] ?? '';
  if (pool.length < limit && detectSpans(s, m).length > 0)
    pool.push({ src: s, mt: m, ref: ref[i] });
});
const devCount = pool.length;
for (const [s, m] of ISSUE) pool.push({ src: s, mt: m, ref: undefined });

const postEditor = await OnnxPostEditor.load(modelDir, { workers: 1, shortlist: true });
const beam = values.beam === undefined ? postEditor.info.decoding.beam : Number(values.beam);
const batchSize = Number(values['batch-size']);
const ter = new TER({ caseSensitive: true });
const terOf = (hyps: string[]) =>
  corpusScore(ter, hyps.slice(0, devCount), [
    pool.slice(0, devCount).map((p) => p.ref ?? ''),
  ]).score.toFixed(2);

async function decode(pairs: { src: string; mt: string }[]): Promise<(string | undefined)[]> {
  const out: (string | undefined)[] = [];
  for (let b = 0; b < pairs.length; b += batchSize) {
    const batch = pairs.slice(b, b + batchSize);
    const prepared: (PreparedSegment | undefined)[] = batch.map((p) => {
      try {
        return postEditor.prepare(p);
      } catch (err) {
        if (err instanceof SegmentTooLongError) return undefined;
        throw err;
      }
    });
    const ok = prepared.filter((p): p is PreparedSegment => p !== undefined);
    const { results } =
      ok.length > 0 ? await postEditor.postEdit(ok, { beam, nbest: 1 }) : { results: [] };
    let k = 0;
    for (const p of prepared) out.push(p === undefined ? undefined : results[k++]?.pe);
    process.stderr.write(`\r${Math.min(b + batchSize, pairs.length)}/${pairs.length}`);
  }
  process.stderr.write('\n');
  return out;
}

const lostIn = (m: string, spans: { text: string }[], pe: string) => {
  let lost = 0;
  for (const t of new Set(spans.map((s) => s.text)))
    lost += Math.abs(countOccurrences(m, t) - countOccurrences(pe, t));
  return lost;
};

const rows: string[][] = [];
/** Per strategy: each segment's unchecked output and whether it passed the check. */
const outputs = new Map<Strategy, { pe: string; ok: boolean }[]>();
const spanTotal = pool.reduce((n, p) => n + detectSpans(p.src, p.mt).length, 0);
for (const strategy of strategies) {
  const masked = pool.map((p) =>
    maskPair(p.src, p.mt, detectSpans(p.src, p.mt), strategy === 'none' ? 'keep' : strategy),
  );
  const t0 = performance.now();
  const raw = await decode(masked.map((m) => ({ src: m.src, mt: m.mt })));
  const seconds = (performance.now() - t0) / 1000;
  let lostRaw = 0;
  let lostAfter = 0;
  let fallbacks = 0;
  let issueFallbacks = 0;
  const unprotected: string[] = [];
  const protectedOut: string[] = [];
  masked.forEach((m, i) => {
    const pe = m.unmask(raw[i] ?? m.mt);
    unprotected.push(pe);
    lostRaw += lostIn(m.original, m.spans, pe);
    const ok = strategy === 'none' || spansKept(m.original, m.spans, pe);
    const final = ok ? pe : m.original;
    if (!ok) {
      fallbacks++;
      if (i >= devCount) issueFallbacks++;
    }
    lostAfter += lostIn(m.original, m.spans, final);
    outputs.set(strategy, [...(outputs.get(strategy) ?? []), { pe, ok }]);
    protectedOut.push(final);
    if (values.show && (i >= devCount || !ok))
      process.stdout.write(`[${strategy}] ${ok ? 'ok  ' : 'FAIL'} ${m.original}\n     -> ${pe}\n`);
  });
  rows.push([
    strategy,
    String(pool.length),
    String(lostRaw),
    strategy === 'none' ? '-' : `${fallbacks} (${issueFallbacks} of the issue's)`,
    String(lostAfter),
    terOf(unprotected),
    strategy === 'none' ? '-' : terOf(protectedOut),
    seconds.toFixed(0),
  ]);
}
await postEditor.close();

// The cascade the runtime uses (docs/protected-spans.md): keep; where the check fails, strip;
// where that fails too, the mt. Computed from the two runs above (same decodes).
const keepRun = outputs.get('keep');
const stripRun = outputs.get('strip');
if (keepRun !== undefined && stripRun !== undefined) {
  let retried = 0;
  let fallbacks = 0;
  let issueFallbacks = 0;
  let lostAfter = 0;
  const sent = pool.map((p, i) => {
    const k = keepRun[i];
    const st = stripRun[i];
    if (k?.ok === true) return k.pe;
    retried++;
    if (st?.ok === true) return st.pe;
    fallbacks++;
    if (i >= devCount) issueFallbacks++;
    return p.mt;
  });
  sent.forEach((pe, i) => {
    const p = pool[i];
    if (p !== undefined) lostAfter += lostIn(p.mt, detectSpans(p.src, p.mt), pe);
  });
  rows.push([
    `keep, then strip (${retried} retried)`,
    String(pool.length),
    '-',
    `${fallbacks} (${issueFallbacks} of the issue's)`,
    String(lostAfter),
    '-',
    terOf(sent),
    '-',
  ]);
}

const mtTer = terOf(pool.map((p) => p.mt));
process.stdout.write(
  `${devCount} ${values.split} segments with spans (${spanTotal} spans with the issue's ${ISSUE.length} examples); mt TER ${mtTer} on the ${devCount}; beam ${beam}\n\n`,
);
const head = [
  'strategy',
  'segments',
  'spans lost (model output)',
  'fell back to mt (mt-protected)',
  'spans lost (sent)',
  'TER unchecked',
  'TER sent',
  'decode s',
];
process.stdout.write(`| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|\n`);
for (const r of rows) process.stdout.write(`| ${r.join(' | ')} |\n`);
