/**
 * The results pipeline behind bench/results.ts: rows file -> for each present model
 * directory, hypotheses (cached, results-decode.ts) -> scores against the MT baseline
 * (results-score.ts) -> bench/results/results.json and the generated block of
 * docs/results.md (results-table.ts). A row whose model directory is missing is reported
 * as not measured, with the command that produces it; one that is missing while its
 * hypotheses are cached (a measured row whose directory went away) is an error.
 */

import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { cpus, release, type } from 'node:os';
import { join, resolve } from 'node:path';
import { checkAligned, pyRstrip, readLines } from '../src/eval/read-lines.js';
import { attentionZeros, decodeRow, sha256 } from './results-decode.js';
import { loadRows } from './results-rows.js';
import { compareRows, scoreBaseline, scoreRow, type ZeroShare } from './results-score.js';
import {
  renderGenerated,
  replaceGenerated,
  type ResultsReport,
  type RowResult,
} from './results-table.js';

export type Split = 'train' | 'dev' | 'test';

export interface ResultsOptions {
  root: string;
  rowsFile: string;
  split: Split;
  /** Only the first N segments (development runs); undefined: all. */
  limit?: number;
  /** Decode again even where the cache matches. */
  decode: boolean;
  /** Where results.md goes (docs/ of the repository by default). */
  outDir: string;
  /**
   * The committed cache: <id>.<split>.hyp, their .meta.json and results.json (bench/results/
   * of the repository by default).
   */
  cacheDir: string;
  /** Sentences explained per model for the zero-attention shares; 0: skip. */
  attentionSentences: number;
  batchSize: number;
  /** The command line, as docs/results.md prints it. */
  command: string;
  log: (line: string) => void;
}

function writeAtomic(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

function machine(root: string): string {
  const cpu = cpus();
  let ort = '?';
  try {
    const pkg = join(root, 'node_modules', 'onnxruntime-node', 'package.json');
    ort = (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
  } catch {
    // the version is informational only
  }
  return `${cpu.length}-core ${cpu[0]?.model.trim() ?? 'CPU'} (${type()} ${release()}), Node ${process.version}, onnxruntime-node ${ort}`;
}

interface RawManifest {
  architecture?: { normalizers?: { context?: string }; alpha?: { context?: number[][] } };
}

function previousAttention(path: string): Map<string, ZeroShare> {
  const out = new Map<string, ZeroShare>();
  if (!existsSync(path)) return out;
  try {
    const old = JSON.parse(readFileSync(path, 'utf8')) as ResultsReport;
    for (const r of old.rows)
      if (r.modelSha256 !== undefined && r.attention !== undefined)
        out.set(r.modelSha256, r.attention);
  } catch {
    // an unreadable old report only means recomputing
  }
  return out;
}

export async function runResults(o: ResultsOptions): Promise<ResultsReport> {
  const rows = loadRows(o.rowsFile);
  const dataDir = rows.data;
  const files = ['src', 'mt', 'pe'].map((ext) => join(o.root, dataDir, `${o.split}.${ext}`));
  const [srcT, mtT, peT] = files.map(readLines);
  if (srcT === undefined || mtT === undefined || peT === undefined) throw new Error('unreachable');
  checkAligned(srcT, [mtT, peT]);
  const n = Math.min(o.limit ?? srcT.lines.length, srcT.lines.length);
  const [src, mt, pe] = [srcT, mtT, peT].map((t) => t.lines.slice(0, n)) as [
    string[],
    string[],
    string[],
  ];
  const sha: Record<string, string> = {};
  for (const f of files) sha[`${o.split}.${f.split('.').pop() ?? ''}`] = sha256(readFileSync(f));
  const inputSha256 = sha256(readFileSync(files[0] ?? ''), readFileSync(files[1] ?? ''));

  const resultsDir = o.cacheDir;
  // A measured row whose model directory is gone would drop out of the table: refuse instead,
  // before anything is decoded or written (its ape.json is what keys the cached hypotheses).
  for (const row of rows.rows) {
    const hypPath = join(resultsDir, `${row.id}.${o.split}.hyp`);
    if (!existsSync(join(resolve(o.root, row.model), 'ape.json')) && existsSync(hypPath))
      throw new Error(
        `${row.id}: ${row.model} is missing, but ${hypPath} holds its measured hypotheses: ` +
          `restore ${row.model} (its ape.json keys them: git checkout, or for a directory git ` +
          `ignores its own script, e.g. bash bench/restore-default-23k.sh) or remove the row and its cache`,
      );
  }
  mkdirSync(resultsDir, { recursive: true });
  mkdirSync(o.outDir, { recursive: true });
  const jsonPath = join(resultsDir, 'results.json');
  const cachedAttention = previousAttention(jsonPath);
  const attentionByModel = new Map<string, ZeroShare>();
  const results: RowResult[] = [];
  const hyps = new Map<string, string[]>();
  o.log(`${n} ${o.split} segments; ${rows.rows.length} rows`);
  for (const row of rows.rows) {
    const modelDir = resolve(o.root, row.model);
    const manifestPath = join(modelDir, 'ape.json');
    if (!existsSync(manifestPath)) {
      o.log(`${row.id}: ${row.model} is missing: not measured`);
      results.push({
        row,
        status: 'not measured',
        reason: `\`${row.model}\` does not exist yet; produce it with \`${row.produce}\`, then re-run this script`,
      });
      continue;
    }
    const manifestBytes = readFileSync(manifestPath);
    const manifest = JSON.parse(manifestBytes.toString('utf8')) as RawManifest;
    const modelSha256 = sha256(manifestBytes);
    const hypPath = join(resultsDir, `${row.id}.${o.split}.hyp`);
    const decoded = await decodeRow({
      row,
      modelDir,
      src,
      mt,
      hypPath,
      meta: { modelSha256, decoding: row.decoding, inputSha256 },
      force: o.decode,
      batchSize: o.batchSize,
      log: o.log,
    });
    o.log(
      `${row.id}: ${decoded.decoded === 0 ? 'hypotheses from the cache' : `${decoded.decoded} segments decoded`}; scoring`,
    );
    // rstripped as `ape eval --hyp bench/results/<id>.<split>.hyp` reads the committed file
    const hyp = decoded.hyp.map(pyRstrip);
    hyps.set(row.id, hyp);
    const result: RowResult = {
      row,
      status: 'measured',
      modelSha256,
      contextNormalizer: manifest.architecture?.normalizers?.context,
      scores: scoreRow(hyp, mt, pe),
      tooLong: decoded.tooLong,
      search: decoded.search,
      alpha: manifest.architecture?.alpha?.context,
    };
    if (o.attentionSentences > 0) {
      const want = Math.min(o.attentionSentences, n);
      let zeros = attentionByModel.get(modelSha256) ?? cachedAttention.get(modelSha256);
      if (zeros === undefined || zeros.sentences !== want) {
        zeros = await attentionZeros({ modelDir, src, mt, sentences: want, log: o.log });
      }
      attentionByModel.set(modelSha256, zeros);
      result.attention = zeros;
    }
    results.push(result);
  }
  for (const r of results) {
    const against = r.row.compareTo;
    const hyp = hyps.get(r.row.id);
    const other = against === undefined ? undefined : hyps.get(against);
    if (against === undefined || hyp === undefined) continue;
    if (other === undefined) {
      o.log(`${r.row.id}: ${against} is not measured: no comparison`);
      continue;
    }
    r.versus = compareRows(against, hyp, other, pe);
  }
  const report: ResultsReport = {
    generated: new Date().toISOString(),
    command: o.command,
    split: o.split,
    segments: n,
    data: { dir: dataDir, sha256: sha },
    machine: machine(o.root),
    baseline: scoreBaseline(mt, pe),
    rows: results,
  };
  writeAtomic(jsonPath, JSON.stringify(report, null, 1) + '\n');
  const mdPath = join(o.outDir, 'results.md');
  const doc = existsSync(mdPath) ? readFileSync(mdPath, 'utf8') : '# Results\n';
  writeAtomic(mdPath, replaceGenerated(doc, renderGenerated(report)));
  o.log(`wrote ${mdPath} and ${jsonPath}`);
  return report;
}
