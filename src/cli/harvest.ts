/**
 * `ape harvest`: parallel English–<lang> text from the gettext catalogs of Debian packages
 * (installed ones and/or downloaded .deb files), cleaned, grouped by source package, with the
 * held-out packages left out. Writes JSONL `{"group","catalog","en","<lang>"}`; the report
 * (counts per catalog, per drop reason, held-out skips) goes to stderr and to --report.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createHash } from 'node:crypto';
import { UsageError } from '../errors.js';
import {
  type Catalog,
  debCatalogs,
  installedCatalogs,
  parseHeldout,
} from '../data/harvest/catalogs.js';
import { emptyReport, harvestCatalogs } from '../data/harvest/harvest.js';
import { LineWriter } from '../data/line-writer.js';
import { intFlag, parseFlags } from './flags.js';
import type { Command } from './main.js';
import { defaultHeldoutFile } from './paths.js';

const HELP = `usage: ape harvest --out FILE.jsonl [--lang es] [--installed] [--debs DIR]
                   [--heldout FILE] [--format-strings keep|drop] [--min-words N] [--report FILE.json]

  --installed        read catalogs of the installed packages (dpkg -S maps them to packages)
  --debs DIR         read catalogs inside the .deb files in DIR (apt-get download ...)
  --heldout FILE     source packages to leave out, one a line
                     (default: synthetic-data/heldout-packages.txt in this repository)
`;

export const command: Command = {
  summary: 'harvest parallel text from gettext catalogs of Debian packages',
  async run(argv) {
    const { values } = parseFlags('harvest', argv, {
      out: { type: 'string' },
      lang: { type: 'string', default: 'es' },
      installed: { type: 'boolean', default: false },
      debs: { type: 'string' },
      heldout: { type: 'string' },
      'format-strings': { type: 'string', default: 'keep' },
      'min-words': { type: 'string', default: '3' },
      report: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help === true) {
      process.stdout.write(HELP);
      return 0;
    }
    if (values.out === undefined) throw new UsageError('--out is required\n' + HELP);
    if (!values.installed && values.debs === undefined)
      throw new UsageError('give --installed and/or --debs DIR');
    if (values.debs !== undefined && !existsSync(values.debs))
      throw new UsageError(
        `--debs ${values.debs}: no such directory (give the folder of .deb files)`,
      );
    const formatStrings = values['format-strings'];
    if (formatStrings !== 'keep' && formatStrings !== 'drop')
      throw new UsageError('--format-strings is keep or drop');
    const minWords = intFlag('min-words', values['min-words'], 0);
    const lang = values.lang;
    const heldoutFile = values.heldout ?? defaultHeldoutFile();
    const heldoutText = await readFile(heldoutFile, 'utf8').catch(() => {
      throw new UsageError(`cannot read the held-out list ${heldoutFile} (pass --heldout FILE)`);
    });
    const heldout = parseHeldout(heldoutText);

    const work = await mkdtemp(join(tmpdir(), 'ape-harvest-'));
    try {
      const catalogs: Catalog[] = [];
      if (values.installed) catalogs.push(...(await installedCatalogs(lang)));
      if (values.debs !== undefined) catalogs.push(...(await debCatalogs(values.debs, lang, work)));
      process.stderr.write(`harvest: ${catalogs.length} '${lang}' catalogs\n`);
      const report = emptyReport();
      const out = await LineWriter.open(values.out);
      try {
        for await (const r of harvestCatalogs(
          catalogs,
          heldout,
          { formatStrings, minWords },
          report,
        )) {
          await out.write(
            JSON.stringify({ group: r.group, catalog: r.catalog, en: r.en, [lang]: r.tgt }),
          );
        }
      } catch (err) {
        await out.discard();
        throw err;
      }
      await out.close();
      const summary = {
        lang,
        cleaning: { formatStrings, minWords },
        ...report,
        heldout: {
          list: basename(heldoutFile),
          sha256: createHash('sha256').update(heldoutText).digest('hex'),
          ...report.heldout,
        },
      };
      process.stderr.write(
        `harvest: ${report.pairs} pairs from ${report.catalogs.length} catalogs of ${new Set(report.catalogs.map((c) => c.sourcePackage)).size} source packages; ` +
          `${report.messages} messages, dropped ${JSON.stringify(report.drops)}; ` +
          `held out: ${report.heldout.catalogs} catalogs, ${report.heldout.entries} entries (${report.heldout.packages.join(', ')})\n`,
      );
      if (values.report !== undefined)
        await writeFile(values.report, JSON.stringify(summary, null, 2) + '\n');
      return 0;
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  },
};
