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
      /tags-1\.2\.xlf \(XLIFF 1\.x\): 4 post-edited, \d changed, 5 skipped \(approved="yes": 1, state="final": 1, state="signed-off": 1, translate="no": 1, no <target>: 1\)/,
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

  it('--server gives the same file as --model', async () => {
    const a = await ape('--xliff', fixture('integrations', 'po2xliff.xlf'), '--model', MODEL);
    const b = await ape('--xliff', fixture('integrations', 'po2xliff.xlf'), '--server', url);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    assert.equal(
      b.stdout.replace(/ape \([^)]*\)/g, 'ape (X)'),
      a.stdout.replace(/ape \([^)]*\)/g, 'ape (X)'),
    );
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
    // the note names the engine (the URL or the model), everything else is the same
    const strip = (t: string) => t.replace(/post-edited automatically by ape \([^)]*\)/g, 'NOTE');
    assert.equal(strip(a.stdout), strip(b.stdout));
  });

  it('usage errors: an unknown model, --server-model without --server, a bad margin', async () => {
    const unknown = await remote('--server-model', 'nope');
    assert.notEqual(unknown.code, 0);
    assert.match(
      unknown.stderr,
      /model: no model named 'nope'.*known models: model-tiny-softmax, model-tiny-entmax/,
    );
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
