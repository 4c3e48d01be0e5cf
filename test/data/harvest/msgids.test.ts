import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cleanMsgid, harvestMsgids, readMoMsgids } from '../../../src/data/harvest/msgids.js';
import { skipUnless } from '../../helpers/skip.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ape-msgids-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

const have = (cmd: string): boolean => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

// A catalog with a context, a plural, an untranslated message (absent from the .mo: msgfmt
// leaves it out) and a multi-line one; the .mo files are made by GNU msgfmt.
const PO = (lang: string, extra: string) => `msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

msgctxt "menu"
msgid "_Open the file"
msgstr "_Abrir el archivo (${lang})"

msgid "%d file was deleted"
msgid_plural "%d files were deleted"
msgstr[0] "x ${lang}"
msgstr[1] "y ${lang}"

msgid "Untranslated message here"
msgstr ""

msgid "First line\\nsecond line"
msgstr "a\\nb ${lang}"
${extra}`;

describe(
  'readMoMsgids',
  { skip: skipUnless(have('msgfmt'), 'msgfmt (gettext) is not installed') },
  () => {
    it('gives msgid and msgid_plural, context removed, header left out', async () => {
      await writeFile(join(dir, 'a.po'), PO('es', ''));
      execFileSync('msgfmt', ['-o', join(dir, 'a.mo'), join(dir, 'a.po')]);
      const ids = readMoMsgids(await readFile(join(dir, 'a.mo')));
      assert.deepEqual(ids.sort(), [
        '%d file was deleted',
        '%d files were deleted',
        'First line\nsecond line',
        '_Open the file',
      ]);
    });

    it('names the file when it is not a .mo', () => {
      assert.throws(() => readMoMsgids(Buffer.alloc(40), 'x.mo'), /x\.mo.*magic/);
    });
  },
);

describe('cleanMsgid', () => {
  it('cleans as ape harvest cleans English', () => {
    assert.equal(cleanMsgid('_Open the file', 3), 'Open the file');
    assert.equal(cleanMsgid('<b>Save  all</b> files', 3), 'Save all files');
    assert.equal(cleanMsgid('First line\nsecond line', 3), undefined);
    assert.equal(cleanMsgid('Two words', 3), undefined);
  });
});

describe(
  'harvestMsgids over a .deb',
  { skip: skipUnless(have('msgfmt') && have('dpkg-deb'), 'msgfmt or dpkg-deb missing') },
  () => {
    it('unions the msgids of every language, once each, and skips held-out packages', async () => {
      const debs = join(dir, 'debs');
      await mkdir(debs, { recursive: true });
      const build = async (pkg: string, source: string, langs: Record<string, string>) => {
        const root = join(dir, `root-${pkg}`);
        await mkdir(join(root, 'DEBIAN'), { recursive: true });
        await writeFile(
          join(root, 'DEBIAN', 'control'),
          `Package: ${pkg}\nSource: ${source}\nVersion: 1.0-1\nArchitecture: all\nMaintainer: t <t@example.org>\nDescription: test\n`,
        );
        for (const [lang, extra] of Object.entries(langs)) {
          const d = join(root, 'usr/share/locale', lang, 'LC_MESSAGES');
          await mkdir(d, { recursive: true });
          await writeFile(join(d, `${pkg}.po`), PO(lang, extra));
          execFileSync('msgfmt', ['-o', join(d, `${pkg}.mo`), join(d, `${pkg}.po`)]);
          await rm(join(d, `${pkg}.po`));
        }
        execFileSync(
          'dpkg-deb',
          ['--build', '--root-owner-group', root, join(debs, `${pkg}_1.0-1_all.deb`)],
          {
            stdio: 'ignore',
          },
        );
      };
      // "Only in German" has no Spanish translation: the round trip takes it all the same.
      await build('foo', 'foo', {
        es: '',
        de: 'msgid "Only in German here"\nmsgstr "Nur auf Deutsch hier"\n',
      });
      await build('bar', 'secret', { fr: 'msgid "A held out message"\nmsgstr "Un message"\n' });
      const out = join(dir, 'm.jsonl');
      const report = await harvestMsgids({
        debDir: debs,
        outFile: out,
        tmpDir: join(dir, 'tmp'),
        heldout: new Set(['secret']),
        minWords: 3,
        log: () => undefined,
      });
      const rows = (await readFile(out, 'utf8'))
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { group: string; catalog: string; en: string });
      assert.deepEqual(rows.map((r) => r.en).sort(), [
        '%d file was deleted',
        '%d files were deleted',
        'Only in German here',
        'Open the file',
      ]);
      assert.ok(rows.every((r) => r.group === 'foo' && r.catalog === 'foo'));
      // 2 catalogs of foo: 4 msgids in es, 5 in de; 4 kept, the multi-line one twice dropped
      assert.equal(report.catalogs, 2);
      assert.equal(report.msgids, 9);
      assert.equal(report.dropped.multilineOrShort, 2);
      assert.equal(report.dropped.duplicate, 3);
      assert.deepEqual(report.heldout, { catalogs: 1, packages: ['secret'] });
    });
  },
);
