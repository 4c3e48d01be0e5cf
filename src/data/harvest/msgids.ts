/**
 * Monolingual English for the round-trip recipe: every English msgid (and msgid_plural) of
 * every gettext catalog in a folder of .deb files, in any language, whether or not it has a
 * Spanish translation. A catalog's msgids are its English source strings, so the union over
 * all languages of a package is as close to its `.pot` as a binary package gets.
 *
 * Each .mo file is read directly (readMoMsgids: the GNU gettext binary format, no msgunfmt),
 * each msgid cleaned as `ape harvest` cleans the English side (clean.ts: accelerators, markup,
 * white space; a line break inside drops it; fewer than `minWords` words drops it), and the
 * survivors written once each (exact duplicates across catalogs and packages are dropped,
 * the first kept) as JSONL `{"group": source package, "catalog": domain, "en": text}`.
 * Held-out source packages are skipped and counted.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, symlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DataError } from '../../errors.js';
import { LineWriter } from '../line-writer.js';
import { debCatalogs } from './catalogs.js';
import { cleanText, wordCount } from './clean.js';

const MAGIC_LE = 0x950412de;
const MAGIC_BE = 0xde120495;

/**
 * The original strings of a .mo file: msgid, and msgid_plural for a plural entry, with any
 * msgctxt (`context\x04msgid`) removed; the header entry (empty msgid) is left out.
 */
export function readMoMsgids(data: Buffer, file = '<mo>'): string[] {
  if (data.length < 28) throw new DataError({ file }, 'not a gettext .mo file (too short)');
  const magic = data.readUInt32LE(0);
  const le = magic === MAGIC_LE;
  if (!le && magic !== MAGIC_BE)
    throw new DataError({ file }, `not a gettext .mo file (magic 0x${magic.toString(16)})`);
  const u32 = (at: number): number => (le ? data.readUInt32LE(at) : data.readUInt32BE(at));
  const count = u32(8);
  const table = u32(12);
  if (table + count * 8 > data.length)
    throw new DataError({ file }, `truncated .mo file: ${count} strings do not fit`);
  const decoder = new TextDecoder('utf-8');
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const length = u32(table + i * 8);
    const offset = u32(table + i * 8 + 4);
    if (offset + length > data.length)
      throw new DataError({ file }, `truncated .mo file: string ${i} runs past the end`);
    let text = decoder.decode(data.subarray(offset, offset + length));
    const ctx = text.indexOf('\u0004');
    if (ctx >= 0) text = text.slice(ctx + 1);
    if (text === '') continue;
    for (const form of text.split('\u0000')) if (form !== '') out.push(form);
  }
  return out;
}

/** The English side as `ape harvest` cleans it, or undefined when the recipe drops it. */
export function cleanMsgid(msgid: string, minWords: number): string | undefined {
  const e = cleanText(msgid);
  if (e === undefined || e === '' || wordCount(e) < minWords) return undefined;
  return e;
}

export interface MsgidReport {
  debs: number;
  catalogs: number;
  /** Original strings read (plural forms apart), before cleaning and deduplication. */
  msgids: number;
  dropped: { multilineOrShort: number; duplicate: number };
  kept: number;
  sourcePackages: number;
  heldout: { catalogs: number; packages: string[] };
}

/**
 * Reads every catalog of every .deb in `debDir` and writes the kept msgids to `outFile`
 * (written through a `.partial` file, renamed at the end). `log` gets a progress line every
 * 100 packages.
 */
export async function harvestMsgids(o: {
  debDir: string;
  outFile: string;
  /** Where each package's catalogs are unpacked for a moment. */
  tmpDir: string;
  heldout: Set<string>;
  minWords: number;
  log: (message: string) => void;
}): Promise<MsgidReport> {
  const debs = (await readdir(o.debDir)).filter((f) => f.endsWith('.deb')).sort();
  const report: MsgidReport = {
    debs: debs.length,
    catalogs: 0,
    msgids: 0,
    dropped: { multilineOrShort: 0, duplicate: 0 },
    kept: 0,
    sourcePackages: 0,
    heldout: { catalogs: 0, packages: [] },
  };
  await mkdir(o.tmpDir, { recursive: true });
  const seen = new Set<string>();
  const groups = new Set<string>();
  const out = await LineWriter.open(o.outFile);
  const started = Date.now();
  try {
    for (const [i, name] of debs.entries()) {
      // One .deb at a time (in a temporary folder of its own), so the disk holds one
      // package's catalogs at once. `*` as the language: every LC_MESSAGES directory.
      const one = await mkdtemp(join(o.tmpDir, 'msgids-'));
      try {
        await symlink(resolve(o.debDir, name), join(one, 'package.deb'));
        const cats = await debCatalogs(one, '*', join(one, 'x'));
        for (const cat of cats.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
          if (o.heldout.has(cat.sourcePackage)) {
            report.heldout.catalogs++;
            if (!report.heldout.packages.includes(cat.sourcePackage))
              report.heldout.packages.push(cat.sourcePackage);
            continue;
          }
          report.catalogs++;
          const ids = readMoMsgids(
            await readFile(cat.path),
            `${name}:${cat.path.slice(one.length)}`,
          );
          for (const id of ids) {
            report.msgids++;
            const en = cleanMsgid(id, o.minWords);
            if (en === undefined) {
              report.dropped.multilineOrShort++;
              continue;
            }
            const key = createHash('sha256').update(en).digest('base64').slice(0, 16);
            if (seen.has(key)) {
              report.dropped.duplicate++;
              continue;
            }
            seen.add(key);
            groups.add(cat.sourcePackage);
            report.kept++;
            await out.write(JSON.stringify({ group: cat.sourcePackage, catalog: cat.domain, en }));
          }
        }
      } finally {
        await rm(one, { recursive: true, force: true });
      }
      if ((i + 1) % 100 === 0 || i + 1 === debs.length) {
        const s = (Date.now() - started) / 1000;
        o.log(
          `msgids: ${i + 1}/${debs.length} packages, ${report.catalogs} catalogs, ${report.msgids} msgids read, ${report.kept} kept (${(report.msgids / Math.max(s, 1e-3)).toFixed(0)} msgids/s)`,
        );
      }
    }
  } catch (err) {
    await out.discard();
    throw err;
  }
  await out.close();
  report.sourcePackages = groups.size;
  report.heldout.packages.sort();
  return report;
}
