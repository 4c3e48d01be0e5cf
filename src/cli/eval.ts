/**
 * `ape eval`: corpus (and sentence) BLEU, chrF and TER of a hypothesis file against one or
 * more reference files, with sacreBLEU 2.6.0's numbers and signatures; with `--mt`, the MT
 * baseline too, the deltas, better/worse/unchanged segments and a paired significance test
 * (ape-report.ts). Files are read as sacreBLEU's command line reads them (read-lines.ts).
 */

import { DataError, UsageError } from '../errors.js';
import type { SmoothMethod } from '../eval/bleu.js';
import { apeReport } from '../eval/ape-report.js';
import { corpusStats } from '../eval/metric.js';
import {
  buildMetric,
  parseMetricNames,
  type MetricName,
  type MetricSettings,
} from '../eval/metrics.js';
import { checkAligned, readLines, type TextLines } from '../eval/read-lines.js';
import { bootstrapConfidence } from '../eval/confidence.js';
import { DEFAULT_SEED, pairedSignature, type PairedTestType } from '../eval/significance.js';
import type { TokenizerName } from '../eval/tokenizers/index.js';
import { EXIT } from './exit-codes.js';
import { intFlag, parseFlags } from './flags.js';
import type { Command } from './main.js';
import {
  formatComparison,
  formatSingle,
  type OutputFormat,
  type SingleResult,
} from './eval-output.js';

const HELP = `usage: ape eval --hyp FILE --ref FILE [--ref FILE ...] [options]

Scores like sacreBLEU 2.6.0 (same numbers, same signatures). FILE may be '-' for stdin.

  --hyp FILE               system output (the APE output), one segment per line
  --ref FILE               reference (post-edit); repeat for several references
  --mt FILE                MT baseline: also score it, print deltas, segments that got
                           better/worse/unchanged (by sentence TER) and p-values
  --metrics LIST           comma-separated: bleu,chrf,ter (default: all three)
  --format text|json       output format (default: text)
  --sentence               add per-segment scores (BLEU with effective order, as sacreBLEU)
  --width N                decimals printed (default: 1)
BLEU:
  --tokenize 13a|intl|none|char   (default: 13a)
  --lowercase              lowercase (BLEU only, like sacreBLEU's -lc)
  --smooth-method none|floor|add-k|exp   (default: exp)
  --smooth-value X         value for floor / add-k
chrF:
  --chrf-char-order N      (default: 6)
  --chrf-word-order N      (default: 0; 2 gives chrF++)
  --chrf-beta N            (default: 2)
  --chrf-whitespace        keep whitespace in character n-grams
  --chrf-lowercase         lowercase
  --chrf-eps-smoothing     chrF++.py-style epsilon smoothing
TER:
  --ter-case-sensitive  --ter-normalized  --ter-no-punct  --ter-asian-support
Significance (with --mt; paired bootstrap unless --paired-ar):
  --paired-bs              paired bootstrap resampling (default 1000 resamples)
  --paired-ar              approximate randomization (default 10000 trials)
  --n-samples N            resamples / trials
  --seed N|none            random seed (default: ${DEFAULT_SEED}, as SACREBLEU_SEED)
  --confidence             without --mt: bootstrap mean and 95% CI of each score
  --confidence-n N         resamples for --confidence (default: 1000)
`;

const OPTIONS = {
  hyp: { type: 'string' },
  ref: { type: 'string', multiple: true },
  mt: { type: 'string' },
  metrics: { type: 'string', default: 'bleu,chrf,ter' },
  format: { type: 'string', default: 'text' },
  sentence: { type: 'boolean', default: false },
  width: { type: 'string', default: '1' },
  tokenize: { type: 'string', default: '13a' },
  lowercase: { type: 'boolean', default: false },
  'smooth-method': { type: 'string', default: 'exp' },
  'smooth-value': { type: 'string' },
  'chrf-char-order': { type: 'string', default: '6' },
  'chrf-word-order': { type: 'string', default: '0' },
  'chrf-beta': { type: 'string', default: '2' },
  'chrf-whitespace': { type: 'boolean', default: false },
  'chrf-lowercase': { type: 'boolean', default: false },
  'chrf-eps-smoothing': { type: 'boolean', default: false },
  'ter-case-sensitive': { type: 'boolean', default: false },
  'ter-normalized': { type: 'boolean', default: false },
  'ter-no-punct': { type: 'boolean', default: false },
  'ter-asian-support': { type: 'boolean', default: false },
  'paired-bs': { type: 'boolean', default: false },
  'paired-ar': { type: 'boolean', default: false },
  'n-samples': { type: 'string', default: '0' },
  seed: { type: 'string', default: String(DEFAULT_SEED) },
  confidence: { type: 'boolean', default: false },
  'confidence-n': { type: 'string', default: '1000' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function parse(argv: string[]) {
  return parseFlags('eval', argv, OPTIONS);
}

function oneOf<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  const found = choices.find((c) => c === value);
  if (found === undefined)
    throw new UsageError(`--${flag}: '${value}' is not one of ${choices.join(', ')}`);
  return found;
}

function settingsFrom(v: ReturnType<typeof parse>['values']): MetricSettings {
  let smoothValue: number | undefined;
  if (v['smooth-value'] !== undefined) {
    smoothValue = Number(v['smooth-value']);
    if (!Number.isFinite(smoothValue))
      throw new UsageError(`--smooth-value: not a number: '${v['smooth-value']}'`);
  }
  return {
    bleu: {
      tokenize: oneOf<TokenizerName>('tokenize', v.tokenize, ['13a', 'intl', 'none', 'char']),
      lowercase: v.lowercase,
      smoothMethod: oneOf<SmoothMethod>('smooth-method', v['smooth-method'], [
        'none',
        'floor',
        'add-k',
        'exp',
      ]),
      ...(smoothValue === undefined ? {} : { smoothValue }),
    },
    chrf: {
      charOrder: intFlag('chrf-char-order', v['chrf-char-order'], 0),
      wordOrder: intFlag('chrf-word-order', v['chrf-word-order'], 0),
      beta: intFlag('chrf-beta', v['chrf-beta'], 0),
      whitespace: v['chrf-whitespace'],
      lowercase: v['chrf-lowercase'],
      epsSmoothing: v['chrf-eps-smoothing'],
    },
    ter: {
      caseSensitive: v['ter-case-sensitive'],
      normalized: v['ter-normalized'],
      noPunct: v['ter-no-punct'],
      asianSupport: v['ter-asian-support'],
    },
  };
}

async function run(argv: string[]): Promise<number> {
  const { values: v } = parse(argv);
  if (v.help) {
    process.stdout.write(HELP);
    return EXIT.ok;
  }
  if (v.hyp === undefined) throw new UsageError('--hyp FILE is required (see ape eval --help)');
  const refFiles = v.ref ?? [];
  if (refFiles.length === 0) throw new UsageError('--ref FILE is required (see ape eval --help)');
  const format = oneOf<OutputFormat>('format', v.format, ['text', 'json']);
  const width = intFlag('width', v.width, 0);
  const names = parseMetricNames(v.metrics);
  const settings = settingsFrom(v);
  if (v['paired-bs'] && v['paired-ar'])
    throw new UsageError('--paired-bs and --paired-ar exclude each other');
  if ((v['paired-bs'] || v['paired-ar']) && v.mt === undefined) {
    throw new UsageError(
      '--paired-bs/--paired-ar compare the hypothesis with the MT baseline: give --mt FILE',
    );
  }
  const testType: PairedTestType = v['paired-ar'] ? 'ar' : 'bs';
  const nSamples = intFlag('n-samples', v['n-samples'], 0);
  const seed = v.seed.toLowerCase() === 'none' ? null : intFlag('seed', v.seed, 0);
  const confidenceN = intFlag('confidence-n', v['confidence-n'], 1);
  if (v.confidence && v.mt !== undefined) {
    throw new UsageError('--confidence is for one system; with --mt the paired test gives the CIs');
  }
  const inputs = [v.hyp, ...refFiles, ...(v.mt === undefined ? [] : [v.mt])];
  if (inputs.filter((f) => f === '-').length > 1)
    throw new UsageError("only one input can be '-' (stdin)");

  const hyp = readLines(v.hyp);
  const refs = refFiles.map(readLines);
  const mt: TextLines | undefined = v.mt === undefined ? undefined : readLines(v.mt);
  checkAligned(hyp, [...refs, ...(mt === undefined ? [] : [mt])]);
  // sacreBLEU stops too ('Test set ... contains no sentence').
  if (hyp.lines.length === 0)
    throw new DataError({ file: hyp.file }, 'is empty: no segments to score');
  const refStreams = refs.map((r) => r.lines);
  const metrics = names.map((name) => ({ name, metric: buildMetric(name, settings) }));
  // sacreBLEU's --sentence-level turns on BLEU's effective order; the statistics are the same.
  const sentenceMetric = (name: MetricName): ReturnType<typeof buildMetric> =>
    buildMetric(
      name,
      name === 'bleu' ? { bleu: { ...settings.bleu, effectiveOrder: true } } : settings,
    );

  if (mt === undefined) {
    const results: SingleResult[] = metrics.map(({ name, metric }) => {
      const stats = corpusStats(metric, hyp.lines, refStreams);
      const result: SingleResult = {
        key: name,
        metric,
        stats,
        sentenceMetric: v.sentence ? sentenceMetric(name) : undefined,
      };
      if (v.confidence) {
        const { mean, ci } = bootstrapConfidence(metric, stats, confidenceN, seed);
        const sig = pairedSignature(metric.signature(), 'bs', confidenceN, seed).toString();
        result.confidence = { mean, ci, signature: sig };
      }
      return result;
    });
    process.stdout.write(formatSingle(results, { format, width }));
    return EXIT.ok;
  }
  const ter = metrics.find((m) => m.name === 'ter')?.metric ?? buildMetric('ter', settings);
  const report = apeReport({
    metrics: metrics.map((m) => m.metric),
    hyp: hyp.lines,
    mt: mt.lines,
    refs: refStreams,
    test: { type: testType, nSamples, seed },
    segmentTer: ter,
  });
  const keys = metrics.map((m) => m.name);
  const sentence = v.sentence ? keys.map(sentenceMetric) : undefined;
  process.stdout.write(formatComparison(report, keys, { format, width, test: testType, sentence }));
  return EXIT.ok;
}

export const command: Command = {
  summary: 'score a hypothesis (and an MT baseline) with sacreBLEU-exact BLEU, chrF and TER',
  run,
};
