import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  debCatalogs,
  installedCatalogs,
  parseHeldout,
} from '../../../src/data/harvest/catalogs.js';
import {
  emptyReport,
  harvestCatalogs,
  type ParallelRecord,
} from '../../../src/data/harvest/harvest.js';
import { skipUnless } from '../../helpers/skip.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ape-harvest-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

const PO = `msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

msgid "_Open the file"
msgstr "_Abrir el fichero"

msgid "Quit"
msgstr "Salir"

msgid "Deleted %d old file"
msgid_plural "Deleted %d old files"
msgstr[0] "Se borró %d archivo viejo"
msgstr[1] "Se borraron %d archivos viejos"

msgid "Usage:\\n  tool [options]"
msgstr "Uso:\\n  tool [opciones]"
`;

/** A real .deb holding one catalog, built with dpkg-deb from a .po compiled by msgfmt. */
async function makeDeb(pkg: string, source: string, po: string): Promise<string> {
  const root = join(dir, `build-${pkg}`);
  await mkdir(join(root, 'DEBIAN'), { recursive: true });
  await mkdir(join(root, 'usr/share/locale/es/LC_MESSAGES'), { recursive: true });
  await writeFile(
    join(root, 'DEBIAN/control'),
    `Package: ${pkg}\nSource: ${source} (9.9-1)\nVersion: 1.2-3\nArchitecture: all\nMaintainer: t <t@example.org>\nDescription: test\n`,
  );
  await writeFile(join(root, 'msgs.po'), po);
  execFileSync('msgfmt', [
    '-o',
    join(root, `usr/share/locale/es/LC_MESSAGES/${pkg}.mo`),
    join(root, 'msgs.po'),
  ]);
  await rm(join(root, 'msgs.po'));
  await mkdir(join(dir, 'debs'), { recursive: true });
  const deb = join(dir, 'debs', `${pkg}_1.2-3_all.deb`);
  execFileSync('dpkg-deb', ['--build', '--root-owner-group', root, deb], { stdio: 'ignore' });
  return deb;
}

async function collect(gen: AsyncGenerator<ParallelRecord>): Promise<ParallelRecord[]> {
  const out: ParallelRecord[] = [];
  for await (const r of gen) out.push(r);
  return out;
}

describe('gettext harvester', () => {
  it('reads catalogs inside .deb files, grouped by source package, and skips held-out ones', async () => {
    await makeDeb('toolx-data', 'toolx', PO);
    await makeDeb('secret-l10n', 'secretpkg', PO);
    const cats = await debCatalogs(join(dir, 'debs'), 'es', join(dir, 'work'));
    assert.deepEqual(
      cats.map((c) => [c.binaryPackage, c.sourcePackage, c.version, c.domain]),
      [
        ['secret-l10n', 'secretpkg', '1.2-3', 'secret-l10n'],
        ['toolx-data', 'toolx', '1.2-3', 'toolx-data'],
      ],
    );
    const report = emptyReport();
    const pairs = await collect(harvestCatalogs(cats, new Set(['secretpkg']), {}, report));
    // A .mo stores messages sorted by msgid bytes: "Deleted" < "Quit" < "Usage" < "_Open".
    assert.deepEqual(pairs, [
      {
        group: 'toolx',
        catalog: 'toolx-data',
        en: 'Deleted %d old file',
        tgt: 'Se borró %d archivo viejo',
      },
      {
        group: 'toolx',
        catalog: 'toolx-data',
        en: 'Deleted %d old files',
        tgt: 'Se borraron %d archivos viejos',
      },
      { group: 'toolx', catalog: 'toolx-data', en: 'Open the file', tgt: 'Abrir el fichero' },
    ]);
    // 4 messages in the catalog: Quit (too short), usage text (multi-line) are dropped.
    assert.deepEqual(report.drops, { 'too-short': 1, multiline: 1 });
    assert.equal(report.messages, 5);
    assert.deepEqual(report.heldout, { catalogs: 1, entries: 4, packages: ['secretpkg'] });
  });

  // Minimal images may drop /usr/share/locale (dpkg path-exclude); then there is nothing to map.
  const noLocales = skipUnless(
    existsSync('/usr/share/locale/es/LC_MESSAGES/coreutils.mo'),
    'no Spanish catalogs installed: /usr/share/locale/es/LC_MESSAGES/coreutils.mo is missing ' +
      '(a minimal image drops /usr/share/locale with a dpkg path-exclude: remove it from ' +
      '/etc/dpkg/dpkg.cfg.d/, then apt-get install --reinstall coreutils)',
  );

  it(
    'maps installed catalogs to their source packages as dpkg does',
    { skip: noLocales },
    async () => {
      const cats = await installedCatalogs('es', ['/usr/share/locale']);
      const cu = cats.find((c) => c.path === '/usr/share/locale/es/LC_MESSAGES/coreutils.mo');
      assert.ok(cu, 'coreutils ships a Spanish catalog');
      const owner = execFileSync('dpkg', ['-S', cu.path], { encoding: 'utf8' }).split(':')[0] ?? '';
      const source = execFileSync('dpkg-query', ['-W', '-f=${source:Package}', owner], {
        encoding: 'utf8',
      });
      assert.equal(cu.binaryPackage, owner);
      assert.equal(cu.sourcePackage, source);
    },
  );

  it(
    'counts the entries of a held-out installed catalog without yielding any',
    {
      skip: skipUnless(
        existsSync('/usr/share/locale/es/LC_MESSAGES/apt.mo'),
        'apt.mo not installed: /usr/share/locale/es/LC_MESSAGES/apt.mo is missing (a minimal ' +
          'image drops /usr/share/locale with a dpkg path-exclude: remove it from ' +
          '/etc/dpkg/dpkg.cfg.d/, then apt-get install --reinstall apt)',
      ),
    },
    async () => {
      const heldout = parseHeldout('apt\n');
      const cats = (await installedCatalogs('es', ['/usr/share/locale'])).filter(
        (c) => c.domain === 'apt',
      );
      assert.equal(cats[0]?.sourcePackage, 'apt');
      const report = emptyReport();
      assert.deepEqual(await collect(harvestCatalogs(cats, heldout, {}, report)), []);
      const po = execFileSync('msgunfmt', [cats[0]?.path ?? ''], { encoding: 'utf8' });
      const entries = po.split('\n').filter((l) => l.startsWith('msgid ')).length - 1; // minus the header
      assert.equal(report.heldout.entries, entries);
    },
  );
});
