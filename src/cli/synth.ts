/**
 * `ape synth`: synthetic APE triplets from a real MT engine, by the eSCAPE recipe (translate
 * the source side of a parallel corpus; the human reference is pe) or the round-trip recipe
 * (translate target-language text into the source language and back; the original is pe),
 * filtered, deduplicated and split by group. Progress goes to stderr; a re-run resumes.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { TER } from '../eval/ter.js';
import { parseHeldout } from '../data/harvest/catalogs.js';
import { CORPUS_FORMATS, type CorpusFormat } from '../data/corpus-spec.js';
import { ApertiumEngine } from '../data/mt/apertium.js';
import { engineFromSpec } from '../data/mt/engine-spec.js';
import type { MtEngine } from '../data/mt/engine.js';
import { DEFAULT_FILTERS, type FilterConfig } from '../data/synth/filters.js';
import { CachedEngine } from '../data/synth/mt-cache.js';
import {
  apertiumReproduce,
  synthManifest,
  synthSettings,
  writeManifest,
} from '../data/synth/manifest.js';
import { type Recipe, type SynthReport, synthesize } from '../data/synth/pipeline.js';
import { readMonolingual, readParallel, type SourceRecord } from '../data/synth/sources.js';
import { parseSplits } from '../data/synth/split.js';
import { numberFlag, parseFlags } from './flags.js';
import type { Command } from './main.js';
import { defaultHeldoutFile } from './paths.js';

const HELP = `usage: ape synth escape    --parallel FILE.jsonl --src-lang es --tgt-lang en --engine SPEC --out DIR [options]
       ape synth roundtrip --mono FILE.txt --engine SPEC --back-engine SPEC --out DIR [options]

  --mono FILE           round trip: one sentence a line, a blank line between documents
                        (each document a group), or FILE.jsonl of {"group": G, "en": TEXT}
                        objects (the key is --tgt-lang, default en)

  --engine SPEC         MT from src to the target language: apertium:spa-eng,
                        apy:http://host:2737#spa|eng, libretranslate:http://host:5000#es-en
  --back-engine SPEC    round trip: MT from the target language into src
  --splits LIST         test=2000,dev=1000,train=23000 (filled in this order; the last takes
                        every other group; name=all for no cap)   [default: test=2000,dev=1000,train=all]
  --seed N              order of groups and subsampling            [default: 1]
  --format F            files | tsv | jsonl                        [default: files]
  --min-tokens N --max-tokens N --max-length-ratio R --ter-min T --ter-max T   (eSCAPE filters;
                        TER in percent, as sacreBLEU prints it)    [default: 3, 100, 3, 0, 75]
  --keep-unknown-marks  keep Apertium's '*' marks on unknown words
  --heldout FILE        groups (source packages) never to use
                        [default: synthetic-data/heldout-packages.txt in this repository]
  --sources FILE.json   a report of where the input came from (ape harvest --report), copied into the manifest
  --groups-from FILE    reuse the group -> split assignment of another set's manifest.json
                        (the other direction), so no sentence trains one and tests the other
  --batch-mt            keep pass 1's batched Apertium output instead of translating each
                        split file again as one stream (then mt is not reproducible from src alone)
  --work DIR            state, candidates and MT cache            [default: OUT/.work]
  --batch N             lines per MT batch                        [default: 2000]
`;

const OPTIONS = {
  parallel: { type: 'string' },
  mono: { type: 'string' },
  'src-lang': { type: 'string' },
  'tgt-lang': { type: 'string' },
  engine: { type: 'string' },
  'back-engine': { type: 'string' },
  out: { type: 'string' },
  splits: { type: 'string', default: 'test=2000,dev=1000,train=all' },
  seed: { type: 'string', default: '1' },
  format: { type: 'string', default: 'files' },
  'min-tokens': { type: 'string', default: String(DEFAULT_FILTERS.minTokens) },
  'max-tokens': { type: 'string', default: String(DEFAULT_FILTERS.maxTokens) },
  'max-length-ratio': { type: 'string', default: String(DEFAULT_FILTERS.maxLengthRatio) },
  'ter-min': { type: 'string', default: String(DEFAULT_FILTERS.terMin) },
  'ter-max': { type: 'string', default: String(DEFAULT_FILTERS.terMax) },
  'keep-unknown-marks': { type: 'boolean', default: false },
  heldout: { type: 'string' },
  sources: { type: 'string' },
  'groups-from': { type: 'string' },
  'batch-mt': { type: 'boolean', default: false },
  work: { type: 'string' },
  batch: { type: 'string', default: '2000' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseFlags<typeof OPTIONS, true>>['values'];
type UnknownMarks = 'keep' | 'drop';

export const command: Command = {
  summary: 'make synthetic (src, mt, pe) triplets with a real MT engine (eSCAPE or round trip)',
  async run(argv) {
    const { values, positionals } = parseFlags('synth', argv, OPTIONS, true);
    if (values.help === true) {
      process.stdout.write(HELP);
      return 0;
    }
    const recipe = positionals[0];
    if (recipe !== 'escape' && recipe !== 'roundtrip')
      throw new UsageError(`give the recipe: escape or roundtrip\n${HELP}`);
    const out = required(values.out, '--out');
    const format = corpusFormat(values.format);
    const filters = filtersFrom(values);
    const heldout = await readHeldout(values.heldout ?? defaultHeldoutFile());
    const unknownMarks: UnknownMarks = values['keep-unknown-marks'] ? 'keep' : 'drop';
    const work = values.work ?? join(out, '.work');
    const engines = await openEngines(recipe, values, unknownMarks, join(work, 'cache'));
    const input = await inputOf(recipe, values);
    const normalize = { unicode: 'NFC' as const, whitespace: 'collapse' as const };
    const ter = new TER();
    ter.numRefs = 1; // one reference (pe) per segment, for the signature
    const settings = await synthSettings({
      recipe,
      inputFile: input.file,
      ...(input.langs !== undefined ? { langs: input.langs } : {}),
      engine: engines.engine,
      ...(engines.back !== undefined ? { backEngine: engines.back } : {}),
      filters,
      terSignature: ter.signature().toString(),
      normalize,
      heldoutFile: heldout.file,
      heldoutText: heldout.text,
    });
    // Apertium: the split files' mt is made again as one stream per file (see mt/apertium.ts).
    const restream =
      engines.engine.name === 'apertium' && !values['batch-mt']
        ? await streamEngine(values.engine ?? '', unknownMarks)
        : undefined;
    const fixedGroups =
      values['groups-from'] === undefined ? undefined : await groupsFrom(values['groups-from']);
    const seed = numberFlag('seed', values.seed);
    const report = await synthesize({
      ...(fixedGroups !== undefined ? { fixedGroups } : {}),
      ...(restream !== undefined ? { restream } : {}),
      recipe,
      source: input.source,
      engine: engines.engine,
      ...(engines.back !== undefined ? { backEngine: engines.back } : {}),
      filters,
      ter: (hyp, ref) => ter.sentenceScore(hyp, [ref]).score,
      heldout: parseHeldout(heldout.text),
      normalize,
      splits: parseSplits(values.splits),
      seed,
      outDir: out,
      format,
      workDir: work,
      batchLines: numberFlag('batch', values.batch),
      configKey: JSON.stringify(settings),
      log: (m) => process.stderr.write(m + '\n'),
    });
    const sources =
      values.sources === undefined
        ? undefined
        : (JSON.parse(await readFile(values.sources, 'utf8')) as unknown);
    await writeManifest(
      out,
      synthManifest(settings, {
        ...(restream !== undefined
          ? { mtReproduce: apertiumReproduce(restream.id, unknownMarks) }
          : {}),
        splitsRequested: values.splits,
        ...(values['groups-from'] !== undefined ? { groupsFrom: values['groups-from'] } : {}),
        seed,
        format,
        report,
        ...(sources !== undefined ? { sources } : {}),
      }),
    );
    process.stderr.write(summary(report, engines) + '\n');
    return 0;
  },
};

function corpusFormat(format: string): CorpusFormat {
  const found = CORPUS_FORMATS.find((f) => f === format);
  if (found === undefined) throw new UsageError(`--format: one of ${CORPUS_FORMATS.join(', ')}`);
  return found;
}

function filtersFrom(values: Values): FilterConfig {
  return {
    minTokens: numberFlag('min-tokens', values['min-tokens']),
    maxTokens: numberFlag('max-tokens', values['max-tokens']),
    maxLengthRatio: numberFlag('max-length-ratio', values['max-length-ratio']),
    terMin: numberFlag('ter-min', values['ter-min']),
    terMax: numberFlag('ter-max', values['ter-max']),
  };
}

async function readHeldout(file: string): Promise<{ file: string; text: string }> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new UsageError(`cannot read the held-out list ${file} (pass --heldout FILE)`);
  });
  return { file, text };
}

/** The forward engine and, for the round trip, the back engine, both behind the MT cache. */
async function openEngines(
  recipe: Recipe,
  values: Values,
  unknownMarks: UnknownMarks,
  cacheDir: string,
): Promise<{ engine: CachedEngine; back: CachedEngine | undefined }> {
  const open = async (spec: string) =>
    CachedEngine.open(await engineFromSpec(spec, { unknownMarks }), cacheDir);
  const engine = await open(required(values.engine, '--engine'));
  const back =
    recipe === 'roundtrip'
      ? await open(required(values['back-engine'], '--back-engine'))
      : undefined;
  return { engine, back };
}

/** The input file of the recipe, checked readable, and its records. */
async function inputOf(
  recipe: Recipe,
  values: Values,
): Promise<{
  file: string;
  langs: { src: string; tgt: string } | undefined;
  source: () => AsyncGenerator<SourceRecord>;
}> {
  let file: string;
  let langs: { src: string; tgt: string } | undefined;
  let source: () => AsyncGenerator<SourceRecord>;
  if (recipe === 'escape') {
    file = required(values.parallel, '--parallel');
    const l = {
      src: required(values['src-lang'], '--src-lang'),
      tgt: required(values['tgt-lang'], '--tgt-lang'),
    };
    langs = l;
    source = () => readParallel(file, l.src, l.tgt);
  } else {
    file = required(values.mono, '--mono');
    langs = undefined;
    // JSONL `{"group": ..., "<tgt-lang>": text}` (ape harvest's msgids): groups by name.
    const key = values['tgt-lang'] ?? 'en';
    const mono = file;
    source = file.endsWith('.jsonl')
      ? () => readParallel(mono, key, key)
      : () => readMonolingual(mono);
  }
  await stat(file).catch(() => {
    throw new UsageError(`cannot read ${file}`);
  });
  return { file, langs, source };
}

/** The one-line report on stderr. */
function summary(
  report: SynthReport,
  engines: { engine: CachedEngine; back: CachedEngine | undefined },
): string {
  const c = report.counts;
  const { engine, back } = engines;
  return (
    `synth: read ${c.read ?? 0}, held out ${c.heldout ?? 0}, kept ${c.kept ?? 0}; ` +
    Object.entries(report.splits)
      .map(([n, s]) => `${n} ${s.count}`)
      .join(', ') +
    `; counts ${JSON.stringify(c)}; MT ${report.mtSeconds.toFixed(1)} s (cache hits ${engine.hits + (back?.hits ?? 0)}, translated ${engine.misses + (back?.misses ?? 0)})`
  );
}

/** The same Apertium pair with every line in one process: one stream per split file. */
async function streamEngine(spec: string, unknownMarks: UnknownMarks): Promise<MtEngine> {
  const pair = spec.slice(spec.indexOf(':') + 1);
  return ApertiumEngine.create({ pair, unknownMarks, batchLines: Infinity });
}

/** Group -> split from the `splits` of a manifest.json that `ape synth` wrote. */
async function groupsFrom(file: string): Promise<Map<string, string>> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new UsageError(`--groups-from: cannot read ${file}`);
  });
  const splits = (JSON.parse(text) as { splits?: Record<string, { groups?: unknown }> }).splits;
  if (splits === undefined) throw new UsageError(`--groups-from: ${file} has no "splits"`);
  const out = new Map<string, string>();
  for (const [name, s] of Object.entries(splits)) {
    if (!Array.isArray(s.groups))
      throw new UsageError(`--groups-from: ${file}: splits.${name}.groups is not a list`);
    for (const g of s.groups) if (typeof g === 'string') out.set(g, name);
  }
  return out;
}

function required(v: string | undefined, flag: string): string {
  if (v === undefined || v === '')
    throw new UsageError(`${flag} is required (see ape synth --help)`);
  return v;
}
