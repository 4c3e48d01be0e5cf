/**
 * Hypotheses of one row, post-edited with the library (src/model's OnnxPostEditor, as
 * `ape postedit` does) and cached as committed files: bench/results/<id>.<split>.hyp, one
 * post-edit per line, beside <id>.<split>.meta.json naming the model (sha256 of its ape.json,
 * which lists the sha256 of every graph), the decoding options and the data. A cache whose
 * meta matches is reused, and extended when it holds fewer lines than asked for (an
 * interrupted run resumes there); anything else is decoded afresh.
 */

import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  OnnxPostEditor,
  type PostEditOptions,
  type PostEditResult,
} from '../src/model/post-editor.js';
import { SEARCH_RULES, SEARCH_RULES_BEFORE_NAMING } from '../src/model/beam-search.js';
import { SegmentTooLongError, type PreparedSegment } from '../src/model/segment.js';
import type { ResultRow } from './results-rows.js';
import { ZeroCounter, type ZeroShare } from './results-score.js';

export interface HypCacheMeta {
  modelSha256: string;
  decoding: ResultRow['decoding'];
  /** sha256 over the split's src and mt files: the inputs the hypotheses depend on. */
  inputSha256: string;
  /** The beam search's rules (src/model/beam-search.ts SEARCH_RULES); absent in older caches. */
  search?: string;
}

export interface DecodeOutcome {
  hyp: string[];
  /** Lines decoded in this run (0: all from the cache). */
  decoded: number;
  /** Segments longer than the model's limits: the mt passes through unchanged. */
  tooLong: number;
  /** The search rules the hypotheses were decoded with (older ones only when the model cannot decode). */
  search: string;
}

export function sha256(...parts: (string | Buffer)[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex');
}

function writeAtomic(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

/**
 * The cache's whole lines when its meta matches; [] when it does not. A cache that differs only
 * in the search rules is decoded again when the model directory can decode (`canDecode`), and
 * kept otherwise (a model whose weights are not in git), with the rules it was made by.
 */
function cachedLines(
  hypPath: string,
  metaPath: string,
  meta: HypCacheMeta,
  canDecode: boolean,
): { lines: string[]; search: string } {
  const none = { lines: [], search: meta.search ?? SEARCH_RULES };
  if (!existsSync(hypPath) || !existsSync(metaPath)) return none;
  let old: HypCacheMeta;
  try {
    old = JSON.parse(readFileSync(metaPath, 'utf8')) as HypCacheMeta;
  } catch {
    return none;
  }
  if (typeof old !== 'object' || old === null) return none;
  const { search: oldSearch = SEARCH_RULES_BEFORE_NAMING, ...oldRest } = old;
  const { search = SEARCH_RULES, ...rest } = meta;
  if (JSON.stringify(oldRest) !== JSON.stringify(rest)) return none;
  if (oldSearch !== search && canDecode) return none;
  const text = readFileSync(hypPath, 'utf8');
  // Only whole lines count: a run killed mid-write leaves at most a partial last line.
  return { lines: text.split('\n').slice(0, -1), search: oldSearch };
}

/** Whether a model directory holds the graphs its ape.json names (not only the manifest). */
function hasGraphs(modelDir: string): boolean {
  try {
    const m = JSON.parse(readFileSync(join(modelDir, 'ape.json'), 'utf8')) as {
      graphs?: Record<string, unknown>;
    };
    const files = Object.values(m.graphs ?? {}).filter(
      (v): v is string => typeof v === 'string' && v.endsWith('.onnx'),
    );
    return files.length > 0 && files.every((f) => existsSync(join(modelDir, f)));
  } catch {
    return false;
  }
}

/** src/model's PostEditOptions with conservative decoding (null: off; absent: the manifest's default). */
type KeepMtOptions = PostEditOptions & { keepMtMargin?: number | null };

/**
 * Decodes src[i], mt[i] for i < src.length, reusing the cache at `hypPath`. Progress lines go
 * to stderr, one per batch.
 */
export async function decodeRow(args: {
  row: ResultRow;
  modelDir: string;
  src: readonly string[];
  mt: readonly string[];
  hypPath: string;
  meta: HypCacheMeta;
  force: boolean;
  batchSize: number;
  log: (line: string) => void;
}): Promise<DecodeOutcome> {
  const { row, src, mt, hypPath } = args;
  const meta: HypCacheMeta = { ...args.meta, search: args.meta.search ?? SEARCH_RULES };
  const metaPath = hypPath.replace(/\.hyp$/, '.meta.json');
  const canDecode = hasGraphs(args.modelDir);
  if (args.force && !canDecode)
    args.log(
      `${row.id}: ${args.modelDir} has no graphs to decode with: its cached hypotheses are used`,
    );
  const cached =
    args.force && canDecode
      ? { lines: [], search: meta.search ?? SEARCH_RULES }
      : cachedLines(hypPath, metaPath, meta, canDecode);
  let hyp = cached.lines;
  if (hyp.length >= src.length)
    return { hyp: hyp.slice(0, src.length), decoded: 0, tooLong: 0, search: cached.search };
  if (!canDecode)
    throw new Error(
      `${row.id}: ${hypPath} holds ${hyp.length} of ${src.length} lines (search rules '${cached.search}') ` +
        `and ${args.modelDir} has no graphs to decode the rest with: produce the model (its row's produce) first`,
    );
  if (hyp.length === 0) {
    writeAtomic(metaPath, JSON.stringify(meta, null, 2) + '\n');
    writeAtomic(hypPath, '');
  } else {
    // A longer cache of the same meta that lost whole lines is rewritten to its whole lines.
    writeAtomic(hypPath, hyp.map((h) => h + '\n').join(''));
    args.log(`${row.id}: resuming after ${hyp.length} cached lines`);
  }
  const editor = await OnnxPostEditor.load(args.modelDir, {
    ...(row.decoding.shortlist === undefined ? {} : { shortlist: row.decoding.shortlist }),
    ...(row.decoding.lexicon === undefined ? {} : { lexicon: row.decoding.lexicon }),
    ...(row.decoding.gate === undefined ? {} : { gate: row.decoding.gate }),
  });
  const margin = row.decoding.keepMtMargin;
  const options: KeepMtOptions = {
    beam: row.decoding.beam ?? editor.info.decoding.beam,
    nbest: 1,
    ...(margin === undefined ? {} : { keepMtMargin: margin }),
  };
  let tooLong = 0;
  const started = performance.now();
  const first = hyp.length;
  try {
    for (let start = first; start < src.length; start += args.batchSize) {
      const end = Math.min(src.length, start + args.batchSize);
      const out: string[] = [];
      const prepared: { i: number; seg: PreparedSegment }[] = [];
      for (let i = start; i < end; i++) {
        const segment = { src: src[i] ?? '', mt: mt[i] ?? '' };
        try {
          prepared.push({ i, seg: editor.prepare(segment) });
        } catch (err) {
          if (!(err instanceof SegmentTooLongError)) throw err;
          tooLong++;
        }
      }
      const { results } =
        prepared.length === 0
          ? { results: [] }
          : await editor.postEdit(
              prepared.map((p) => p.seg),
              options,
            );
      if (typeof margin === 'number') checkKeepMtSupported(results);
      const byIndex = new Map(prepared.map((p, k) => [p.i, results[k]?.pe]));
      for (let i = start; i < end; i++)
        out.push((byIndex.get(i) ?? mt[i] ?? '').replace(/[\r\n]+/g, ' '));
      appendFileSync(hypPath, out.map((h) => h + '\n').join(''));
      hyp = hyp.concat(out);
      const s = (performance.now() - started) / 1000;
      args.log(
        `${row.id}: ${end}/${src.length} segments decoded, ${((end - first) / s).toFixed(1)} seg/s`,
      );
    }
  } finally {
    await editor.close();
  }
  return { hyp, decoded: src.length - first, tooLong, search: meta.search ?? SEARCH_RULES };
}

/**
 * keepMtMargin is the conservative decoding of the v2 model format (decided in the runtime);
 * a runtime without it would silently decode without the margin, so its results must say
 * which output they kept.
 */
function checkKeepMtSupported(results: PostEditResult[]): void {
  const r = results[0];
  if (r !== undefined && !('kept' in r)) {
    throw new Error(
      'this runtime ignores keepMtMargin (src/model PostEditOptions has no conservative decoding yet); ' +
        'remove the option from the row or update src/model',
    );
  }
}

/**
 * The share of exactly-zero context-attention weights per head over the first `sentences`
 * segments, from the runtime's explain (src/model/explain.ts: `cross_attention` [L, heads, S]
 * per output token of the best hypothesis; entmax's zeros stay exact zeros there).
 */
export async function attentionZeros(args: {
  modelDir: string;
  src: readonly string[];
  mt: readonly string[];
  sentences: number;
  /** Beam of the explained decode; default: the model's decoding.beam. */
  beam?: number;
  log: (line: string) => void;
}): Promise<ZeroShare> {
  const editor = await OnnxPostEditor.load(args.modelDir, { workers: 1 });
  const counter = new ZeroCounter();
  const n = Math.min(args.sentences, args.src.length);
  try {
    if (editor.explain === undefined) throw new Error(`${args.modelDir}: no explain`);
    for (let i = 0; i < n; i++) {
      let seg: PreparedSegment;
      try {
        seg = editor.prepare({ src: args.src[i] ?? '', mt: args.mt[i] ?? '' });
      } catch (err) {
        if (err instanceof SegmentTooLongError) continue;
        throw err;
      }
      const e = await editor.explain(seg, { beam: args.beam ?? editor.info.decoding.beam });
      counter.addSentence(e.output.map((step) => step.attention));
      if ((i + 1) % 25 === 0 || i + 1 === n)
        args.log(`attention: ${i + 1}/${n} sentences explained`);
    }
  } finally {
    await editor.close();
  }
  return counter.result();
}
