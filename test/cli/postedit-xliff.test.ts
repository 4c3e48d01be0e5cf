/**
 * `ape postedit --xliff` and `ape postedit --server` as a user runs them (dist/: build first),
 * on the fixture model. Oracles: the app's /v1/postedit for the plain post-edits (checked
 * against the Python reference decoder in test/server/), a regex re-parse of the written
 * targets, and byte comparison of everything that must not change.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import request from 'supertest';
import { scanXml } from '../../src/text/xliff/xml-scan.js';
import { postEditXliff } from '../../src/text/xliff/postedit-xliff.js';
import type { PostEditPlain } from '../../src/text/tagged-postedit.js';
import { OnnxPostEditor } from '../../src/model/post-editor.js';
import { createApp } from '../../src/server/app.js';
import { apeBin, fixture } from '../helpers/paths.js';
import { loadPostEditor, MODEL } from '../helpers/fixture-model.js';

const exec = promisify(execFile);
async function ape(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return exec(process.execPath, [apeBin, 'postedit', ...args], { encoding: 'utf8' }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code?: number; stdout?: string; stderr?: string }) => ({
      code: e.code ?? -1,
      stdout: e.stdout ?? '',
      stderr: e.stderr ?? '',
    }),
  );
}

const tmp = mkdtempSync(join(tmpdir(), 'ape-xliff-cli-'));
let pe: OnnxPostEditor;
let server: Server;
let url: string;
before(async () => {
  pe = await loadPostEditor();
  server = createServer(createApp({ postEditor: pe }).app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  await new Promise((r) => server.close(r));
  await pe.close();
  rmSync(tmp, { recursive: true, force: true });
});

const units = (t: string) =>
  scanXml(t)
    .filter((e) => e.name === 'trans-unit')
    .map((e) => ({
      id: /id="([^"]*)"/.exec(t.slice(e.start, e.openEnd))?.[1] ?? '',
      text: t.slice(e.start, e.end),
    }));
const decode = (s: string) =>
  s
    .replace(/<[^>]*>[^<]*<\/(?:bpt|ept|ph)>|<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('ape postedit --xliff', () => {
  it('XLIFF 1.2 with tags: targets are the model post-edits with their tags; skipped units byte-identical', async () => {
    const input = readFileSync(fixture('integrations', 'tags-1.2.xlf'), 'utf8');
    const out = join(tmp, 'out.xlf');
    const r = await ape(
      '--xliff',
      fixture('integrations', 'tags-1.2.xlf'),
      '--model',
      MODEL,
      '--out',
      out,
      '--beam',
      '2',
    );
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(
      r.stderr,
      /tags-1\.2\.xlf \(XLIFF 1\.x\): post-edited 4 of 9 units \(\d changed\); skipped: 1 approved="yes" \(use --include-approved\), 1 state="final" \(use --include-approved or --states\), 1 state="signed-off" \(use --include-approved or --states\), 1 translate="no", 1 no <target>\n/,
    );
    const written = readFileSync(out, 'utf8');
    const before = units(input);
    const got = units(written);
    const plain: Record<string, { src: string; mt: string }> = {
      click: { src: 'Click here to continue.', mt: 'Haga clic aquí para continuar.' },
      bold: { src: 'Press Save now', mt: 'Prensa Salva ahora' },
      same: { src: 'Fish & chips', mt: 'Pescado & patatas' },
      cdata: { src: 'Version ', mt: 'Versión ' },
    };
    const ids = Object.keys(plain);
    const res = await request(createApp({ postEditor: pe }).app)
      .post('/v1/postedit')
      .send({ segments: ids.map((id) => plain[id]), options: { beam: 2 } });
    got.forEach((u, i) => {
      const k = ids.indexOf(u.id);
      if (k < 0) return assert.equal(u.text, before[i]?.text, `unit ${u.id} must not change`);
      const seg = res.body.segments[k] as { pe: string; changed: boolean };
      if (!seg.changed)
        return assert.equal(u.text, before[i]?.text, `unit ${u.id} unchanged by the model`);
      const target = /<target[^>]*>([\s\S]*?)<\/target>/.exec(u.text)?.[1] ?? '';
      assert.equal(decode(target), seg.pe, `unit ${u.id}`);
      const tagsIn = (s: string) =>
        [...s.matchAll(/<(?:g|x|bpt|ept|ph)\b[^>]*>|<\/g>/g)].map((m) => m[0]);
      assert.deepEqual(
        tagsIn(target),
        tagsIn(/<target[^>]*>([\s\S]*?)<\/target>/.exec(before[i]?.text ?? '')?.[1] ?? ''),
      );
    });
  });

  it('--server gives the same file as --model, the note naming the model (not the URL)', async () => {
    const a = await ape('--xliff', fixture('integrations', 'po2xliff.xlf'), '--model', MODEL);
    const b = await ape('--xliff', fixture('integrations', 'po2xliff.xlf'), '--server', url);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    assert.equal(b.stdout, a.stdout);
    // the name in the fixture model's ape.json, which GET /v1/models lists too
    assert.match(
      a.stdout,
      /<note from="ape" annotates="target">post-edited automatically by ape \(model model-tiny-softmax\)<\/note>/,
    );
    assert.doesNotMatch(b.stdout, /127\.0\.0\.1/);
  });

  it('malformed XML: exit 2, the line named, --out untouched, no temp file left', async () => {
    const bad = join(tmp, 'bad.xlf');
    writeFileSync(
      bad,
      readFileSync(fixture('integrations', 'tags-1.2.xlf'), 'utf8').replace(
        '<target>Sí</target>',
        '<target>Sí</targe>',
      ),
    );
    const out = join(tmp, 'keep.xlf');
    writeFileSync(out, 'previous result\n');
    const r = await ape('--xliff', bad, '--model', MODEL, '--out', out);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /bad\.xlf:18: malformed XML: <\/targe> closes <target>/);
    assert.equal(readFileSync(out, 'utf8'), 'previous result\n');
    assert.deepEqual(
      readdirSync(tmp).filter((f) => f.endsWith('.tmp')),
      [],
    );
  });

  it('--out may be the input itself (replaced whole, by rename)', async () => {
    const file = join(tmp, 'inplace.xlf');
    copyFileSync(fixture('integrations', 'tags-2.0.xlf'), file);
    const viaStdout = await ape(
      '--xliff',
      fixture('integrations', 'tags-2.0.xlf'),
      '--model',
      MODEL,
    );
    const r = await ape('--xliff', file, '--model', MODEL, '--out', file);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(readFileSync(file, 'utf8'), viaStdout.stdout);
  });
});

describe('ape postedit --server', () => {
  it('src/mt files through a remote server: the same lines as /v1/postedit', async () => {
    const segs = [
      { src: 'el gato grande', mt: 'the big cat' },
      { src: 'mi perro ve al niño', mt: 'my dog see the child' },
      { src: 'su caballo', mt: 'their horse' },
    ];
    writeFileSync(join(tmp, 's.txt'), segs.map((s) => s.src + '\n').join(''));
    writeFileSync(join(tmp, 'm.txt'), segs.map((s) => s.mt + '\n').join(''));
    const r = await ape(
      '--server',
      url,
      '--src',
      join(tmp, 's.txt'),
      '--mt',
      join(tmp, 'm.txt'),
      '--batch-size',
      '2',
    );
    assert.equal(r.code, 0, r.stderr);
    const res = await request(createApp({ postEditor: pe }).app)
      .post('/v1/postedit')
      .send({ segments: segs });
    assert.deepEqual(
      r.stdout.split('\n').slice(0, -1),
      res.body.segments.map((s: { pe: string }) => s.pe),
    );
  });
});

describe('ape postedit --server-model and --keep-mt-margin against a two-model server', () => {
  const segs = [
    { src: 'el gato grande', mt: 'the big cat' },
    { src: 'mi perro ve al niño', mt: 'my dog see the child' },
    { src: 'su caballo', mt: 'their horse' },
  ];
  let entmax: OnnxPostEditor;
  let two: Server;
  let twoUrl: string;
  let app: ReturnType<typeof createApp>['app'];
  before(async () => {
    entmax = await OnnxPostEditor.load(fixture('model-tiny-entmax'), {
      workers: 1,
      intraOpThreads: 1,
    });
    app = createApp({ models: [{ postEditor: pe }, { postEditor: entmax }] }).app;
    two = createServer(app);
    await new Promise<void>((r) => two.listen(0, '127.0.0.1', r));
    twoUrl = `http://127.0.0.1:${(two.address() as AddressInfo).port}`;
    writeFileSync(join(tmp, 's2.txt'), segs.map((s) => s.src + '\n').join(''));
    writeFileSync(join(tmp, 'm2.txt'), segs.map((s) => s.mt + '\n').join(''));
  });
  after(async () => {
    await new Promise((r) => two.close(r));
    await entmax.close();
  });
  /** `ape postedit --server` on the two-model server with the s2/m2 files and `flags`. */
  const remote = (...flags: string[]) =>
    ape('--server', twoUrl, '--src', join(tmp, 's2.txt'), '--mt', join(tmp, 'm2.txt'), ...flags);

  it('the named model and margin are the ones used: the same lines as /v1/postedit', async () => {
    for (const [flags, body] of [
      [
        ['--server-model', 'model-tiny-entmax', '--keep-mt-margin', 'off'],
        { model: 'model-tiny-entmax', options: { keepMtMargin: null } },
      ],
      [['--keep-mt-margin', '3'], { options: { keepMtMargin: 3 } }],
    ] as const) {
      const r = await remote(...flags);
      assert.equal(r.code, 0, r.stderr);
      const res = await request(app)
        .post('/v1/postedit')
        .send({ ...body, segments: segs });
      assert.deepEqual(
        r.stdout.split('\n').slice(0, -1),
        res.body.segments.map((s: { pe: string }) => s.pe),
        flags.join(' '),
      );
    }
  });

  it('XLIFF through --server-model equals the same file through --model DIR of that model', async () => {
    const a = await ape(
      '--xliff',
      fixture('integrations', 'po2xliff.xlf'),
      '--server',
      twoUrl,
      '--server-model',
      'model-tiny-entmax',
    );
    const b = await ape(
      '--xliff',
      fixture('integrations', 'po2xliff.xlf'),
      '--model',
      fixture('model-tiny-entmax'),
    );
    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    // the note names the model the server used: the same file byte for byte
    assert.equal(a.stdout, b.stdout);
    assert.match(a.stdout, /post-edited automatically by ape \(model model-tiny-entmax\)/);
  });

  it('usage errors: an unknown model, --server-model without --server, a bad margin', async () => {
    const unknown = await remote('--server-model', 'nope');
    assert.notEqual(unknown.code, 0);
    assert.match(
      unknown.stderr,
      /model: no model named 'nope'.*known models: model-tiny-softmax, model-tiny-entmax/,
    );
    // --xliff asks GET /v1/models for the model's name before post-editing anything
    const unknownXliff = await ape(
      '--xliff',
      fixture('integrations', 'po2xliff.xlf'),
      '--server',
      twoUrl,
      '--server-model',
      'nope',
    );
    assert.equal(unknownXliff.code, 2, unknownXliff.stderr);
    assert.match(
      unknownXliff.stderr,
      /--server-model: http:\/\/127\.0\.0\.1:\d+ serves no model named 'nope' \(GET \/v1\/models lists: model-tiny-softmax, model-tiny-entmax\)/,
    );
    assert.equal(unknownXliff.stdout, '');
    const noServer = await ape(
      '--xliff',
      fixture('integrations', 'po2xliff.xlf'),
      '--model',
      MODEL,
      '--server-model',
      'x',
    );
    assert.equal(noServer.code, 2);
    assert.match(noServer.stderr, /--server-model NAME goes with --server URL/);
    const margin = await remote('--keep-mt-margin=-1');
    assert.equal(margin.code, 2);
    assert.match(margin.stderr, /--keep-mt-margin must be a number >= 0 or 'off', got '-1'/);
    // '--keep-mt-margin -1' reads -1 as a flag: parseArgs refuses it, a usage error too
    const dashed = await remote('--keep-mt-margin', '-1');
    assert.equal(dashed.code, 2);
    assert.match(
      dashed.stderr,
      /'--keep-mt-margin' argument is ambiguous.*ape postedit --help lists the flags/,
    );
  });
});

describe('ape postedit --xliff: which units (--states, --include-approved, --allow-empty)', () => {
  const summary = (r: { stderr: string }) =>
    /\(XLIFF \d\.x\): (post-edited .*)\n/.exec(r.stderr)?.[1] ?? r.stderr;

  it('--include-approved: 1.2 approved="yes", final and signed-off units are post-edited too', async () => {
    const r = await ape(
      '--xliff',
      fixture('integrations', 'tags-1.2.xlf'),
      '--model',
      MODEL,
      '--include-approved',
    );
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      summary(r),
      /^post-edited 7 of 9 units \(\d changed\); skipped: 1 translate="no", 1 no <target>$/,
    );
  });

  it('--include-approved: 2.0 reviewed and final segments are post-edited too', async () => {
    const r = await ape(
      '--xliff',
      fixture('integrations', 'tags-2.0.xlf'),
      '--model',
      MODEL,
      '--include-approved',
    );
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      summary(r),
      /^post-edited 5 of 7 units \(\d changed\); skipped: 1 translate="no", 1 no <target>$/,
    );
  });

  it('--states picks exactly those states (none: no state attribute); approved="yes" still needs --include-approved', async () => {
    const r = await ape(
      '--xliff',
      fixture('integrations', 'tags-1.2.xlf'),
      '--model',
      MODEL,
      '--states',
      'final,none',
    );
    assert.equal(r.code, 0, r.stderr);
    // tags-1.2.xlf: click needs-translation, bold no state, same translated, approved
    // approved="yes" (no state), final, signed signed-off, locked translate="no", notarget,
    // cdata no state
    assert.match(
      summary(r),
      /^post-edited 3 of 9 units \(\d changed\); skipped: 1 state="needs-translation" \(not in --states\), 1 state="translated" \(not in --states\), 1 approved="yes" \(use --include-approved\), 1 state="signed-off" \(not in --states\), 1 translate="no", 1 no <target>$/,
    );
  });

  it('nothing left to post-edit: exit 2 with the summary and what to do, nothing written; --allow-empty: exit 0, the file unchanged', async () => {
    const input = fixture('integrations', 'tags-2.0.xlf');
    const out = join(tmp, 'empty.xlf');
    const r = await ape('--xliff', input, '--model', MODEL, '--states', 'translated', '--out', out);
    assert.equal(r.code, 2, r.stderr);
    assert.match(
      summary(r),
      /^post-edited 0 of 7 units \(0 changed\); skipped: 3 state="initial" \(not in --states\), 1 state="final" \(not in --states\), 1 state="reviewed" \(not in --states\), 1 translate="no", 1 no <target>$/,
    );
    assert.match(
      r.stderr,
      /tags-2\.0\.xlf: nothing to post-edit: all 7 units were skipped; --include-approved or --states picks more units \(see the summary above\), --allow-empty accepts this and writes the file unchanged\n/,
    );
    assert.equal(existsSync(out), false);
    const ok = await ape(
      '--xliff',
      input,
      '--model',
      MODEL,
      '--states',
      'translated',
      '--out',
      out,
      '--allow-empty',
    );
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(readFileSync(out, 'utf8'), readFileSync(input, 'utf8'));
  });

  it('usage errors: an unknown state (the valid ones listed), an empty list, the flags without --xliff', async () => {
    const xlf = fixture('integrations', 'tags-1.2.xlf');
    const bad = await ape('--xliff', xlf, '--model', MODEL, '--states', 'new,aproved');
    assert.equal(bad.code, 2);
    assert.match(
      bad.stderr,
      /--states: 'aproved' is not an XLIFF state; valid: new, needs-translation, needs-adaptation, needs-l10n, needs-review-translation, needs-review-adaptation, needs-review-l10n, translated, signed-off, final, initial, reviewed, none, or a custom x-NAME/,
    );
    const empty = await ape('--xliff', xlf, '--model', MODEL, '--states=');
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /--states needs a list of XLIFF states/);
    writeFileSync(join(tmp, 'one.txt'), 'x\n');
    for (const [flag, message] of [
      ['--include-approved', /--include-approved goes with --xliff FILE/],
      ['--allow-empty', /--allow-empty goes with --xliff FILE/],
      ['--states=new', /--states A,B goes with --xliff FILE/],
    ] as const) {
      const r = await ape(
        '--src',
        join(tmp, 'one.txt'),
        '--mt',
        join(tmp, 'one.txt'),
        '--model',
        MODEL,
        flag,
      );
      assert.equal(r.code, 2, flag);
      assert.match(r.stderr, message);
    }
  });
});

describe('postEditXliff marks (fixed post-edits, no model)', () => {
  const opts = { batchSize: 4, note: 'N' };
  /** Appends " (pe)" to every target: each unit changes. */
  const all: PostEditPlain = (segments) =>
    Promise.resolve(segments.map((x) => ({ pe: `${x.mt} (pe)`, changed: true })));

  it('an approved unit the model changed becomes approved="no"; an unchanged one stays approved', async () => {
    const input = readFileSync(fixture('integrations', 'po2xliff.xlf'), 'utf8');
    const only: PostEditPlain = (segments) =>
      Promise.resolve(
        segments.map((x) =>
          x.mt === 'Salir' ? { pe: 'Salir ya', changed: true } : { pe: x.mt, changed: false },
        ),
      );
    const { text } = await postEditXliff(input, 'po2xliff.xlf', only, {
      ...opts,
      selection: { includeApproved: true },
    });
    // written by hand from po2xliff.xlf's unit 8
    assert.equal(
      text,
      input.replace(
        '<trans-unit xml:space="preserve" id="8" approved="yes"><source>Quit</source>\n        <target state="translated">Salir</target>',
        '<trans-unit xml:space="preserve" id="8" approved="no"><source>Quit</source>\n        <target state="needs-review-translation">Salir ya</target>\n        <note from="ape" annotates="target">N</note>',
      ),
    );
  });

  it('a second run skips the units ape post-edited (1.2 note, 2.0 subState): no second note', async () => {
    for (const [name, units] of [
      ['tags-1.2.xlf', 4],
      ['tags-2.0.xlf', 3],
    ] as const) {
      const input = readFileSync(fixture('integrations', name), 'utf8');
      const first = await postEditXliff(input, name, all, opts);
      assert.equal(first.report.changed, units);
      const second = await postEditXliff(first.text, name, all, opts);
      assert.equal(second.text, first.text, name);
      assert.equal(second.report.units, 0);
      assert.equal(
        second.report.skipped.filter((x) => x.reason === 'already post-edited by ape').length,
        units,
        name,
      );
    }
  });
});
