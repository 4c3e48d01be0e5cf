/**
 * The translate-toolkit round trip (issues 19 §4 and 20), run as a translator runs it, on a
 * committed gettext catalog (test/fixtures/translate-toolkit/, made by make_catalog.py:
 * Spanish msgids, Apertium spa-eng drafts as msgstr):
 *   po2xliff -> ape postedit --xliff (models/default) -> xliff2po
 *   -> msgmerge with catalog.pot (xliff2po drops the format flags; the template gives them back
 *      so that msgfmt -c checks the placeholders)
 *   -> msgfmt -c --use-fuzzy (post-edited entries are fuzzy; without --use-fuzzy msgfmt skips them)
 *   -> pofilter -t printf ... on the drafts and on the result: no unit may fail a check its
 *      draft passed.
 * Once with the drafts fuzzy (po2xliff: approved="no"), once not fuzzy (approved="yes"): there
 * `ape postedit --xliff` alone post-edits nothing and must say so with exit 2, and
 * --include-approved post-edits them. The oracles are the translate-toolkit and gettext tools
 * themselves, and the committed drafts.
 */
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { apeBin, fixture, repoRoot } from '../helpers/paths.js';
import { skipUnless } from '../helpers/skip.js';

const TOOLS = ['po2xliff', 'xliff2po', 'pofilter', 'msgfmt', 'msgmerge'];
const have = (cmd: string): boolean => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const missing = TOOLS.filter((t) => !have(t));

const MODEL = join(repoRoot, 'models', 'default');
const CATALOG = (name: string) => fixture('translate-toolkit', name);
const CHECKS = [
  'printf',
  'pythonbraceformat',
  'xmltags',
  'urls',
  'emails',
  'filepaths',
  'newlines',
  'numbers',
];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command with a deadline (it is killed after `timeoutMs`); never rejects. */
function run(cmd: string, args: string[], timeoutMs = 30_000): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      cmd,
      args,
      { encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL' },
      (err, stdout, stderr) => {
        const code = err === null ? 0 : typeof err.code === 'number' ? err.code : -1;
        const killed = err !== null && err.killed ? ` (killed after ${timeoutMs} ms)` : '';
        resolve({ code, stdout, stderr: stderr + killed });
      },
    );
  });
}

async function tool(cmd: string, ...args: string[]): Promise<Run> {
  const r = await run(cmd, args);
  assert.equal(r.code, 0, `${cmd} ${args.join(' ')}: ${r.stderr}`);
  return r;
}

const ape = (...args: string[]) =>
  run(process.execPath, [apeBin, 'postedit', ...args, '--model', MODEL], 120_000);

interface PoEntry {
  msgid: string;
  msgstr: string;
  flags: string[];
  /** pofilter's "# (pofilter) NAME: ..." comments: the checks the entry fails. */
  failures: string[];
}

/** A PO file's entries (not the header), enough of the format for these catalogs. */
function parsePo(text: string): PoEntry[] {
  // The escapes these catalogs use (\n \t \" \\) are JSON's too.
  const unquote = (s: string) => JSON.parse(s) as string;
  const entries: PoEntry[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const e: PoEntry = { msgid: '', msgstr: '', flags: [], failures: [] };
    let field: 'msgid' | 'msgstr' | undefined;
    let seen = false;
    for (const line of block.split('\n')) {
      if (line.startsWith('#,'))
        e.flags.push(
          ...line
            .slice(2)
            .split(',')
            .map((f) => f.trim()),
        );
      const failure = /^# \(pofilter\) (\w+):/.exec(line);
      if (failure?.[1] !== undefined) e.failures.push(failure[1]);
      const m = /^(msgid|msgstr) (".*")$/.exec(line);
      if (m?.[1] === 'msgid' || m?.[1] === 'msgstr') {
        field = m[1];
        seen = true;
        e[field] = unquote(m[2] ?? '""');
      } else if (field !== undefined && line.startsWith('"')) e[field] += unquote(line);
    }
    if (seen && e.msgid !== '') entries.push(e);
  }
  return entries;
}

const tmp = mkdtempSync(join(tmpdir(), 'ape-tt-roundtrip-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** pofilter's failures per msgid. */
async function pofilter(po: string, name: string): Promise<Map<string, string[]>> {
  const out = join(tmp, `${name}.pofilter.po`);
  await tool('pofilter', '--progress=none', ...CHECKS.flatMap((c) => ['-t', c]), po, out);
  return new Map(parsePo(readFileSync(out, 'utf8')).map((e) => [e.msgid, e.failures.sort()]));
}

/**
 * po2xliff -> ape postedit --xliff `flags` -> xliff2po -> msgmerge with the template; the
 * checks every result must pass; returns the drafts and the result's entries.
 */
async function roundTrip(
  name: string,
  flags: string[],
): Promise<{ drafts: PoEntry[]; result: PoEntry[]; stderr: string }> {
  const draftsPo = CATALOG(`drafts-${name}.po`);
  const xlf = join(tmp, `${name}.xlf`);
  const peXlf = join(tmp, `${name}.pe.xlf`);
  const pePo = join(tmp, `${name}.pe.po`);
  const merged = join(tmp, `${name}.merged.po`);
  await tool('po2xliff', '--progress=none', draftsPo, xlf);
  const r = await ape('--xliff', xlf, '--out', peXlf, ...flags);
  assert.equal(r.code, 0, r.stderr);
  await tool('xliff2po', '--progress=none', peXlf, pePo);
  await tool(
    'msgmerge',
    '--quiet',
    '--no-fuzzy-matching',
    pePo,
    CATALOG('catalog.pot'),
    '-o',
    merged,
  );
  // msgfmt -c: placeholders of c-format/python-format/python-brace-format entries, newlines at
  // the start and end of msgid and msgstr alike, the header; fuzzy entries checked too.
  await tool('msgfmt', '-c', '--use-fuzzy', '-o', join(tmp, `${name}.mo`), merged);

  const drafts = parsePo(readFileSync(draftsPo, 'utf8'));
  const result = parsePo(readFileSync(merged, 'utf8'));
  assert.deepEqual(
    result.map((e) => e.msgid),
    drafts.map((e) => e.msgid),
    'every message of the catalog comes back, in order',
  );
  // The template's format flags are back (so msgfmt -c did check the placeholders).
  const formats = (es: PoEntry[]) => es.map((e) => e.flags.filter((f) => f.endsWith('-format')));
  assert.deepEqual(formats(result), formats(drafts));

  const before = await pofilter(draftsPo, `${name}.drafts`);
  // What the committed drafts fail (read in drafts-*.po: Apertium translated the path's
  // "ejemplo" and the tag name "a"): the baseline, and a check that pofilter's notes are read.
  assert.deepEqual(
    [...before].filter(([, f]) => f.length > 0),
    [
      ['El archivo de configuración está en /etc/ejemplo/config.ini.', ['filepaths']],
      ['Lea las <a href="https://example.org/condiciones">condiciones de uso</a>.', ['xmltags']],
    ],
  );
  const afterPe = await pofilter(merged, `${name}.result`);
  for (const e of result) {
    const old = before.get(e.msgid) ?? [];
    const added = (afterPe.get(e.msgid) ?? []).filter((f) => !old.includes(f));
    assert.deepEqual(
      added,
      [],
      `pofilter: ${JSON.stringify(e.msgid)} -> ${JSON.stringify(e.msgstr)} fails ${added.join(', ')}, which its MT draft passed`,
    );
  }
  return { drafts, result, stderr: r.stderr };
}

describe(
  'translate-toolkit round trip: po2xliff -> ape postedit --xliff -> xliff2po, msgfmt -c, pofilter',
  {
    skip: skipUnless(
      missing.length === 0,
      `missing ${missing.join(', ')} (translate-toolkit, gettext)`,
    ),
  },
  () => {
    it('a fuzzy catalog (MT drafts): post-edited, no new msgfmt or pofilter failure, still fuzzy', async () => {
      const { drafts, result, stderr } = await roundTrip('fuzzy', []);
      assert.match(
        stderr,
        /fuzzy\.xlf \(XLIFF 1\.x\): post-edited 24 of 25 units \(\d+ changed\); skipped: 1 PO header\n/,
      );
      const changed = result.filter((e, i) => e.msgstr !== drafts[i]?.msgstr);
      assert.ok(changed.length > 0, 'the model changed some drafts');
      // A post-edit is a draft still: every entry stays fuzzy for the translator to review.
      for (const e of result) assert.ok(e.flags.includes('fuzzy'), `${e.msgid} is fuzzy`);
    });

    it('an approved catalog: nothing post-edited without --include-approved (exit 2, the summary, no output)', async () => {
      const xlf = join(tmp, 'approved-only.xlf');
      const out = join(tmp, 'approved-only.pe.xlf');
      await tool('po2xliff', '--progress=none', CATALOG('drafts-approved.po'), xlf);
      const r = await ape('--xliff', xlf, '--out', out);
      assert.equal(r.code, 2, r.stderr);
      assert.match(
        r.stderr,
        /approved-only\.xlf \(XLIFF 1\.x\): post-edited 0 of 25 units \(0 changed\); skipped: 1 PO header, 24 approved="yes" \(use --include-approved\)\n/,
      );
      assert.match(
        r.stderr,
        /approved-only\.xlf: nothing to post-edit: all 25 units were skipped; --include-approved or --states picks more units .*--allow-empty/,
      );
      assert.equal(existsSync(out), false, 'no output written');
      // --allow-empty: exit 0, the file unchanged.
      const empty = await ape('--xliff', xlf, '--out', out, '--allow-empty');
      assert.equal(empty.code, 0, empty.stderr);
      assert.equal(readFileSync(out, 'utf8'), readFileSync(xlf, 'utf8'));
    });

    it('an approved catalog with --include-approved: post-edited; changed entries become fuzzy, the others stay approved', async () => {
      const { drafts, result, stderr } = await roundTrip('approved', ['--include-approved']);
      assert.match(
        stderr,
        /approved\.xlf \(XLIFF 1\.x\): post-edited 24 of 25 units \(\d+ changed\); skipped: 1 PO header\n/,
      );
      const changed = result.filter((e, i) => e.msgstr !== drafts[i]?.msgstr);
      assert.ok(changed.length > 0, 'the model changed some drafts');
      result.forEach((e, i) => {
        const fuzzy = e.flags.includes('fuzzy');
        if (e.msgstr === drafts[i]?.msgstr)
          assert.equal(fuzzy, false, `${e.msgid}: unchanged, still approved`);
        else assert.equal(fuzzy, true, `${e.msgid}: changed by the model, to be reviewed`);
      });
    });
  },
);
