/**
 * `ape synth`: synthetic APE triplets from a real MT engine, by the eSCAPE recipe (translate
 * the source side of a parallel corpus; the human reference is pe) or the round-trip recipe
 * (translate target-language text into the source language and back; the original is pe),
 * filtered, deduplicated and split by group. Progress goes to stderr; a re-run resumes.
 */
import { createHash } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { TER } from '../eval/ter.js';
import { parseHeldout } from '../data/harvest/catalogs.js';
import { CORPUS_FORMATS, type CorpusFormat } from '../data/corpus-spec.js';
import { ApertiumEngine } from '../data/mt/apertium.js';
import { engineFromSpec } from '../data/mt/engine-spec.js';
import type { MtEngine } from '../data/mt/engine.js';
import { DEFAULT_FILTERS, type FilterConfig } from '../data/synth/filters.js';
import { CachedEngine } from '../data/synth/mt-cache.js';
import { type Recipe, sha256File, synthesize } from '../data/synth/pipeline.js';
import { readMonolingual, readParallel } from '../data/synth/sources.js';
import { parseSplits } from '../data/synth/split.js';
import type { Command } from './main.js';

const HELP = `usage: ape synth escape    --parallel FILE.jsonl --src-lang es --tgt-lang en --engine SPEC --out DIR [options]
       ape synth roundtrip --mono FILE.txt --engine SPEC --back-engine SPEC --out DIR [options]

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
  --heldout FILE        groups (source packages) never to use     [default: ../shared/heldout-packages.txt]
  --sources FILE.json   a report of where the input came from (ape harvest --report), copied into the manifest
  --groups-from FILE    reuse the group -> split assignment of another set's manifest.json
                        (the other direction), so no sentence trains one and tests the other
  --batch-mt            keep pass 1's batched Apertium output instead of translating each
                        split file again as one stream (then mt is not reproducible from src alone)
  --work DIR            state, candidates and MT cache            [default: OUT/.work]
  --batch N             lines per MT batch                        [default: 2000]
`;

export const command: Command = {
  summary: 'make synthetic (src, mt, pe) triplets with a real MT engine (eSCAPE or round trip)',
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
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
      },
    });
    if (values.help === true) {
      process.stdout.write(HELP);
      return 0;
    }
    const recipe = positionals[0];
    if (recipe !== 'escape' && recipe !== 'roundtrip')
      throw new UsageError(`give the recipe: escape or roundtrip\n${HELP}`);
    const out = required(values.out, '--out');
    const format = values.format;
    if (!(CORPUS_FORMATS as readonly string[]).includes(format))
      throw new UsageError(`--format: one of ${CORPUS_FORMATS.join(', ')}`);
    const filters: FilterConfig = {
      minTokens: num(values['min-tokens'], '--min-tokens'),
      maxTokens: num(values['max-tokens'], '--max-tokens'),
      maxLengthRatio: num(values['max-length-ratio'], '--max-length-ratio'),
      terMin: num(values['ter-min'], '--ter-min'),
      terMax: num(values['ter-max'], '--ter-max'),
    };
    const heldoutFile =
      values.heldout ?? join(process.cwd(), '..', 'shared', 'heldout-packages.txt');
    const heldoutText = await readFile(heldoutFile, 'utf8').catch(() => {
      throw new UsageError(`cannot read the held-out list ${heldoutFile} (pass --heldout FILE)`);
    });
    const engineOpts = {
      unknownMarks: values['keep-unknown-marks'] ? ('keep' as const) : ('drop' as const),
    };
    const work = values.work ?? join(out, '.work');
    const engine = await CachedEngine.open(
      await engineFromSpec(required(values.engine, '--engine'), engineOpts),
      join(work, 'cache'),
    );
    let back: CachedEngine | undefined;
    let input: string;
    let source;
    if (recipe === 'escape') {
      input = required(values.parallel, '--parallel');
      const srcLang = required(values['src-lang'], '--src-lang');
      const tgtLang = required(values['tgt-lang'], '--tgt-lang');
      source = () => readParallel(input, srcLang, tgtLang);
    } else {
      input = required(values.mono, '--mono');
      back = await CachedEngine.open(
        await engineFromSpec(required(values['back-engine'], '--back-engine'), engineOpts),
        join(work, 'cache'),
      );
      source = () => readMonolingual(input);
    }
    await stat(input).catch(() => {
      throw new UsageError(`cannot read ${input}`);
    });
    const inputSha = await sha256File(input);
    const normalize = { unicode: 'NFC' as const, whitespace: 'collapse' as const };
    const ter = new TER();
    ter.numRefs = 1; // one reference (pe) per segment, for the signature
    const settings = {
      recipe: recipe as Recipe,
      input: {
        file: basename(input),
        sha256: inputSha,
        ...(recipe === 'escape'
          ? { srcLang: values['src-lang'], tgtLang: values['tgt-lang'] }
          : {}),
      },
      engine: describe(engine),
      ...(back !== undefined ? { backEngine: describe(back) } : {}),
      filters,
      ter: ter.signature().toString(),
      normalize,
      dedup: 'src or pe seen before, exactly or after NFKC + lower case + letters and digits only',
      heldout: {
        file: basename(heldoutFile),
        sha256: createHash('sha256').update(heldoutText).digest('hex'),
      },
    };
    // Apertium: the split files' mt is made again as one stream per file (see mt/apertium.ts).
    const restream =
      engine.name === 'apertium' && !values['batch-mt']
        ? await streamEngine(values.engine ?? '', engineOpts)
        : undefined;
    const fixedGroups =
      values['groups-from'] === undefined ? undefined : await groupsFrom(values['groups-from']);
    const report = await synthesize({
      ...(fixedGroups !== undefined ? { fixedGroups } : {}),
      ...(restream !== undefined ? { restream } : {}),
      recipe: recipe as Recipe,
      source,
      engine,
      ...(back !== undefined ? { backEngine: back } : {}),
      filters,
      ter: (hyp, ref) => ter.sentenceScore(hyp, [ref]).score,
      heldout: parseHeldout(heldoutText),
      normalize,
      splits: parseSplits(values.splits),
      seed: num(values.seed, '--seed'),
      outDir: out,
      format: format as CorpusFormat,
      workDir: work,
      batchLines: num(values.batch, '--batch'),
      configKey: JSON.stringify(settings),
      log: (m) => process.stderr.write(m + '\n'),
    });
    const sources =
      values.sources === undefined
        ? undefined
        : (JSON.parse(await readFile(values.sources, 'utf8')) as unknown);
    const manifest = {
      ...settings,
      ...(restream !== undefined
        ? {
            mtReproduce: `sed G SPLIT.src | apertium ${engineOpts.unknownMarks === 'drop' ? '-u ' : ''}${restream.id.split('|')[2] ?? ''} | awk 'NR % 2 == 1'`,
          }
        : {}),
      splitsRequested: values.splits,
      ...(values['groups-from'] !== undefined
        ? { groupsFrom: basename(values['groups-from']) }
        : {}),
      seed: num(values.seed, '--seed'),
      format,
      counts: report.counts,
      splits: report.splits,
      ...(sources !== undefined ? { sources } : {}),
    };
    await writeFile(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    const c = report.counts;
    process.stderr.write(
      `synth: read ${c.read ?? 0}, held out ${c.heldout ?? 0}, kept ${c.kept ?? 0}; ` +
        Object.entries(report.splits)
          .map(([n, s]) => `${n} ${s.count}`)
          .join(', ') +
        `; counts ${JSON.stringify(c)}; MT ${report.mtSeconds.toFixed(1)} s (cache hits ${engine.hits + (back?.hits ?? 0)}, translated ${engine.misses + (back?.misses ?? 0)})\n`,
    );
    return 0;
  },
};

/** The same Apertium pair with every line in one process: one stream per split file. */
async function streamEngine(
  spec: string,
  opts: { unknownMarks: 'keep' | 'drop' },
): Promise<MtEngine> {
  const pair = spec.slice(spec.indexOf(':') + 1);
  return ApertiumEngine.create({ pair, unknownMarks: opts.unknownMarks, batchLines: Infinity });
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

function describe(e: MtEngine): { name: string; version: string; id: string } {
  return { name: e.name, version: e.version, id: e.id };
}

function required(v: string | undefined, flag: string): string {
  if (v === undefined || v === '')
    throw new UsageError(`${flag} is required (see ape synth --help)`);
  return v;
}

function num(v: string, flag: string): number {
  const n = Number(v);
  if (!Number.isFinite(n)) throw new UsageError(`${flag}: expected a number, got '${v}'`);
  return n;
}
