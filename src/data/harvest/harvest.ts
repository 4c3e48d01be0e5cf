/**
 * Parallel text from gettext catalogs: each catalog is read with `msgunfmt`, each message
 * cleaned (clean.ts), and the pairs yielded with their group, the Debian source package, so
 * that splits keep a whole package on one side. Catalogs whose source package is held out
 * (synthetic-data/heldout-packages.txt by default) are never read into the output; their
 * entries are counted.
 */
import { DataError } from '../../errors.js';
import { run } from '../run-process.js';
import type { Catalog } from './catalogs.js';
import { type CleanOptions, type DropReason, cleanPair } from './clean.js';
import { parsePo, pluralCount } from './po.js';

/** One harvested pair; written as JSONL `{"group": ..., "catalog": ..., "en": ..., "<lang>": ...}`. */
export interface ParallelRecord {
  group: string;
  catalog: string;
  en: string;
  tgt: string;
}

export interface CatalogReport {
  sourcePackage: string;
  binaryPackage: string;
  version: string;
  domain: string;
  deb?: string;
  entries: number;
  pairs: number;
}

export interface HarvestReport {
  catalogs: CatalogReport[];
  heldout: { catalogs: number; entries: number; packages: string[] };
  /** Messages (singular and plural forms counted apart) and why each was dropped. */
  messages: number;
  drops: Partial<Record<DropReason, number>>;
  pairs: number;
}

export function emptyReport(): HarvestReport {
  return {
    catalogs: [],
    heldout: { catalogs: 0, entries: 0, packages: [] },
    messages: 0,
    drops: {},
    pairs: 0,
  };
}

export async function* harvestCatalogs(
  catalogs: Catalog[],
  heldout: Set<string>,
  clean: CleanOptions,
  report: HarvestReport,
): AsyncGenerator<ParallelRecord> {
  const ordered = [...catalogs].sort(
    (a, b) =>
      cmp(a.sourcePackage, b.sourcePackage) || cmp(a.domain, b.domain) || cmp(a.path, b.path),
  );
  for (const cat of ordered) {
    const po = await run('msgunfmt', [cat.path], '');
    if (po.code !== 0)
      throw new DataError({ file: cat.path }, `msgunfmt failed: ${po.stderr.trim()}`);
    const entries = parsePo(po.stdout).filter((e) => e.msgid !== '');
    if (heldout.has(cat.sourcePackage)) {
      report.heldout.catalogs++;
      report.heldout.entries += entries.length;
      if (!report.heldout.packages.includes(cat.sourcePackage))
        report.heldout.packages.push(cat.sourcePackage);
      continue;
    }
    const nplurals = pluralCount(parsePo(po.stdout.slice(0, 2000))) ?? 2;
    const row: CatalogReport = {
      sourcePackage: cat.sourcePackage,
      binaryPackage: cat.binaryPackage,
      version: cat.version,
      domain: cat.domain,
      entries: entries.length,
      pairs: 0,
    };
    if (cat.deb !== undefined) row.deb = cat.deb;
    report.catalogs.push(row);
    for (const e of entries) {
      const fuzzy = e.flags.includes('fuzzy');
      // Plural entries give two pairs: msgid with msgstr[0], and msgid_plural with the form
      // for n = 2 (msgstr[1] in the two-form languages such as Spanish).
      const forms: [string, string][] = [[e.msgid, e.msgstr[0] ?? '']];
      if (e.msgidPlural !== undefined && nplurals >= 2)
        forms.push([e.msgidPlural, e.msgstr[1] ?? '']);
      for (const [en, tgt] of forms) {
        report.messages++;
        const c = cleanPair(en, tgt, clean, fuzzy);
        if ('drop' in c) {
          report.drops[c.drop] = (report.drops[c.drop] ?? 0) + 1;
          continue;
        }
        report.pairs++;
        row.pairs++;
        yield { group: cat.sourcePackage, catalog: cat.domain, en: c.en, tgt: c.tgt };
      }
    }
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
