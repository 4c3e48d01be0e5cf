/**
 * The manifest.json of a synthetic data set (docs/data.md): where the input came from and its
 * sha256, the MT engines, every setting that shaped the data, the held-out list's sha256,
 * the counts per stage and each split's groups and file checksums.
 *
 * The settings part is also the set's configKey (pipeline.ts): anything in it that changes
 * makes a resumed run start pass 1 again.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { CorpusFormat } from '../corpus-spec.js';
import type { MtEngine } from '../mt/engine.js';
import type { NormalizeOptions } from '../triplet.js';
import type { FilterConfig } from './filters.js';
import { type Recipe, type SplitReport, type SynthReport, sha256File } from './pipeline.js';

export interface EngineDescription {
  name: string;
  version: string;
  id: string;
}

/** What shapes the triplets, in the manifest's key order. */
export interface SynthSettings {
  recipe: Recipe;
  input: { file: string; sha256: string; srcLang?: string; tgtLang?: string };
  engine: EngineDescription;
  backEngine?: EngineDescription;
  filters: FilterConfig;
  /** The TER signature of the filter's scores. */
  ter: string;
  normalize: NormalizeOptions;
  dedup: string;
  heldout: { file: string; sha256: string };
}

export interface SynthManifest extends SynthSettings {
  /** How to make a split's mt again from its src alone (Apertium restreamed). */
  mtReproduce?: string;
  splitsRequested: string;
  groupsFrom?: string;
  seed: number;
  format: CorpusFormat;
  counts: Record<string, number>;
  splits: Record<string, SplitReport>;
  /** The harvest report (ape harvest --report), copied as it is. */
  sources?: unknown;
}

export const DEDUP_RULE =
  'src or pe seen before, exactly or after NFKC + lower case + letters and digits only';

function describe(e: MtEngine): EngineDescription {
  return { name: e.name, version: e.version, id: e.id };
}

/** The settings of a run; reads the input file for its sha256. */
export async function synthSettings(o: {
  recipe: Recipe;
  inputFile: string;
  /** eSCAPE: the language codes of the parallel input. */
  langs?: { src: string; tgt: string };
  engine: MtEngine;
  backEngine?: MtEngine;
  filters: FilterConfig;
  terSignature: string;
  normalize: NormalizeOptions;
  heldoutFile: string;
  /** The held-out list's text as read (its sha256 is recorded). */
  heldoutText: string;
}): Promise<SynthSettings> {
  return {
    recipe: o.recipe,
    input: {
      file: basename(o.inputFile),
      sha256: await sha256File(o.inputFile),
      ...(o.langs !== undefined ? { srcLang: o.langs.src, tgtLang: o.langs.tgt } : {}),
    },
    engine: describe(o.engine),
    ...(o.backEngine !== undefined ? { backEngine: describe(o.backEngine) } : {}),
    filters: o.filters,
    ter: o.terSignature,
    normalize: o.normalize,
    dedup: DEDUP_RULE,
    heldout: {
      file: basename(o.heldoutFile),
      sha256: createHash('sha256').update(o.heldoutText).digest('hex'),
    },
  };
}

/**
 * The shell line that makes a split's mt again from its src with Apertium, one stream per
 * file (mt/apertium.ts: a blank line after each segment keeps them apart). `engineId` is the
 * restreaming engine's id, `apertium|<version>|<pair>|…`.
 */
export function apertiumReproduce(engineId: string, unknownMarks: 'keep' | 'drop'): string {
  const pair = engineId.split('|')[2] ?? '';
  return `sed G SPLIT.src | apertium ${unknownMarks === 'drop' ? '-u ' : ''}${pair} | awk 'NR % 2 == 1'`;
}

/** The manifest: the settings, then how the run went (counts, splits) and the sources. */
export function synthManifest(
  settings: SynthSettings,
  run: {
    mtReproduce?: string;
    splitsRequested: string;
    /** The manifest whose group -> split assignment was reused (--groups-from). */
    groupsFrom?: string;
    seed: number;
    format: CorpusFormat;
    report: SynthReport;
    sources?: unknown;
  },
): SynthManifest {
  return {
    ...settings,
    ...(run.mtReproduce !== undefined ? { mtReproduce: run.mtReproduce } : {}),
    splitsRequested: run.splitsRequested,
    ...(run.groupsFrom !== undefined ? { groupsFrom: basename(run.groupsFrom) } : {}),
    seed: run.seed,
    format: run.format,
    counts: run.report.counts,
    splits: run.report.splits,
    ...(run.sources !== undefined ? { sources: run.sources } : {}),
  };
}

/** Writes `manifest.json` into the set's directory (2-space JSON, a final newline). */
export async function writeManifest(outDir: string, manifest: SynthManifest): Promise<void> {
  await writeFile(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
}
