/**
 * LibreTranslate's /translate_file, /download_file, /suggest and its default CORS against a
 * real `ape serve` (the fixture model, real Apertium spa-eng as the MT), the answers checked
 * against LibreTranslate's own route code (libretranslate/app.py): its status codes, its
 * `{"error": ...}` wordings, the download name argostranslatefiles gives (`<stem>_<to><ext>`).
 * The expected file is each line's post-edit by the same server's /v1/postedit of the
 * `apertium` command's MT (mt-compat.test.ts checks that route against the reference decoder),
 * with the file's empty lines kept.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apertiumCli } from '../../helpers/python-oracle.js';
import { fixture } from '../../helpers/paths.js';
import { startServe, type ServeProcess } from '../../helpers/serve.js';

const CLIENT_TIMEOUT_MS = 60_000;
const CAT = 'https://cat.example';
/** The second server's --body-limit, so the size limit is reached with a small file. */
const SMALL_LIMIT = 4096;

let serve: ServeProcess;
let lt: string;
let limited: ServeProcess;
before(async () => {
  [serve, limited] = await Promise.all([
    startServe(['--model', fixture('model-tiny-softmax'), '--mt', 'apertium:spa-eng']),
    startServe([
      '--model',
      fixture('model-tiny-softmax'),
      '--mt',
      'apertium:spa-eng',
      '--cors-origin',
      CAT,
      '--body-limit',
      String(SMALL_LIMIT),
    ]),
  ]);
  lt = `${serve.base}/libretranslate`;
});
after(() => {
  serve.child.kill('SIGTERM');
  limited.child.kill('SIGTERM');
});

/** fetch with a deadline, so a hung server fails the test instead of stalling it. */
function call(url: string, init: RequestInit = {}): Promise<Response> {
  return fetch(url, { ...init, signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS) });
}

/** POST /translate_file as a browser or LibreTranslate's own page sends it. */
function translateFile(
  base: string,
  name: string,
  content: string | Uint8Array,
  fields: Record<string, string> = { source: 'es', target: 'en' },
): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([content]), name);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return call(`${base}/libretranslate/translate_file`, { method: 'POST', body: form });
}

/** A LibreTranslate error: the status and the exact `{"error": ...}` body Flask writes. */
async function assertError(res: Response, status: number, error: string | RegExp): Promise<void> {
  const text = await res.text();
  assert.equal(res.status, status, text);
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
  assert.ok(text.endsWith('}\n'), JSON.stringify(text));
  const body = JSON.parse(text) as { error: unknown };
  assert.deepEqual(Object.keys(body), ['error']);
  if (typeof error === 'string') assert.equal(body.error, error);
  else assert.match(String(body.error), error);
}

/** The server's own post-edit of Apertium's MT for each line: what the file should hold. */
async function expectedPostEdits(lines: string[]): Promise<string[]> {
  const res = await call(`${serve.base}/v1/postedit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      segments: lines.map((src) => ({ src, mt: apertiumCli('spa-eng', src) })),
    }),
  });
  const text = await res.text();
  assert.equal(res.status, 200, text);
  return (JSON.parse(text) as { segments: { pe: string }[] }).segments.map((s) => s.pe);
}

describe('POST /libretranslate/translate_file and GET /download_file', () => {
  it('a .txt round trip: each line post-edited, empty lines and line breaks kept', async () => {
    const lines = ['el perro ve al gato', 'la casa es grande'];
    const [first, second] = await expectedPostEdits(lines);
    const res = await translateFile(serve.base, 'mis notas.txt', `${lines[0]}\n\n${lines[1]}\n`);
    const text = await res.text();
    assert.equal(res.status, 200, text);
    assert.ok(text.endsWith('}\n'));
    const body = JSON.parse(text) as { translatedFileUrl: string };
    assert.deepEqual(Object.keys(body), ['translatedFileUrl']);
    // app.py: url_for(download_file, _external=True); the name <uuid>.<secure name stem>_<to>.txt
    const m = new RegExp(
      `^${lt.replaceAll('.', '\\.')}/download_file/([0-9a-f-]{36}\\.mis_notas_en\\.txt)$`,
    ).exec(body.translatedFileUrl);
    assert.ok(m, body.translatedFileUrl);
    const got = await call(body.translatedFileUrl);
    assert.equal(got.status, 200);
    assert.equal(got.headers.get('content-type'), 'text/plain; charset=utf-8');
    // send_file(as_attachment=True, download_name=...): the name without the uuid
    assert.match(
      got.headers.get('content-disposition') ?? '',
      /^attachment; filename="?mis_notas_en\.txt"?$/,
    );
    assert.equal(await got.text(), `${first}\n\n${second}\n`);
    // a download is no API call: it may be fetched again while kept
    assert.equal((await call(body.translatedFileUrl)).status, 200);
  });

  it('source "auto" detects Spanish from the file', async () => {
    const [want] = await expectedPostEdits(['el perro ve al gato']);
    const res = await translateFile(serve.base, 'a.txt', 'el perro ve al gato', {
      source: 'auto',
      target: 'en',
    });
    const body = (await res.json()) as { translatedFileUrl: string };
    assert.equal(res.status, 200);
    assert.equal(await (await call(body.translatedFileUrl)).text(), want);
  });

  it("LibreTranslate's 400s: unsupported format, missing file or field, unknown language", async () => {
    await assertError(
      await translateFile(serve.base, 'report.docx', 'PK'),
      400,
      'Invalid request: file format not supported',
    );
    // extensions compare as app.py compares them (os.path.splitext, case included)
    await assertError(
      await translateFile(serve.base, 'NOTES.TXT', 'hola'),
      400,
      'Invalid request: file format not supported',
    );
    await assertError(
      await call(`${lt}/translate_file`, {
        method: 'POST',
        body: new URLSearchParams({ source: 'es', target: 'en' }),
      }),
      400,
      'Invalid request: missing file parameter',
    );
    await assertError(
      await translateFile(serve.base, 'a.txt', 'hola', { target: 'en' }),
      400,
      'Invalid request: missing source parameter',
    );
    await assertError(
      await translateFile(serve.base, 'a.txt', 'hola', { source: 'es' }),
      400,
      'Invalid request: missing target parameter',
    );
    await assertError(
      await translateFile(serve.base, 'a.txt', 'hola', { source: 'xx', target: 'en' }),
      400,
      'xx is not supported',
    );
    await assertError(
      await translateFile(serve.base, 'a.txt', 'hola', { source: 'en', target: 'es' }),
      400,
      'Spanish (es) is not available as a target language from English (en)',
    );
    await assertError(
      await translateFile(serve.base, 'a.txt', new Uint8Array([0x68, 0xff, 0x61])),
      400,
      /^Invalid request: a\.txt is not UTF-8 text/,
    );
  });

  it('size limits: a body over --body-limit and a file of too many lines are 413s', async () => {
    await assertError(
      await translateFile(limited.base, 'big.txt', 'el gato\n'.repeat(SMALL_LIMIT / 4)),
      413,
      new RegExp(`^request body is larger than ${SMALL_LIMIT} bytes`),
    );
    await assertError(
      await translateFile(serve.base, 'long.txt', 'x\n'.repeat(200)),
      413,
      /^long\.txt has 201 lines, more than 128 \(this server's maxSegmentsPerRequest\)/,
    );
  });

  it('a name not kept is a 404 in the error shape', async () => {
    await assertError(
      await call(`${lt}/download_file/00000000-0000-0000-0000-000000000000.a_en.txt`),
      404,
      /^no translated file 00000000-0000-0000-0000-000000000000\.a_en\.txt on this server/,
    );
  });

  it('/frontend/settings announces file translation of .txt', async () => {
    const body = (await (await call(`${lt}/frontend/settings`)).json()) as Record<string, unknown>;
    assert.equal(body.filesTranslation, true);
    assert.deepEqual(body.supportedFilesFormat, ['.txt']);
    assert.equal(body.suggestions, false);
  });
});

describe('POST /libretranslate/suggest', () => {
  it("403 with LibreTranslate's answer when suggestions are off", async () => {
    const res = await call(`${lt}/suggest`, {
      method: 'POST',
      body: new URLSearchParams({ q: 'hola', s: 'hello', source: 'es', target: 'en' }),
    });
    assert.equal(
      await res.clone().text(),
      '{"error":"Suggestions are disabled on this server."}\n',
    );
    await assertError(res, 403, 'Suggestions are disabled on this server.');
  });
});

describe('CORS on /libretranslate', () => {
  it('default: Access-Control-Allow-Origin * on every answer, as LibreTranslate sends it', async () => {
    const cases: Record<string, string>[] = [{}, { origin: 'https://anywhere.example' }];
    for (const headers of cases) {
      const ok = await call(`${lt}/languages`, { headers });
      assert.equal(ok.status, 200);
      assert.equal(ok.headers.get('access-control-allow-origin'), '*');
      const error = await call(`${lt}/suggest`, { method: 'POST', headers });
      assert.equal(error.status, 403);
      assert.equal(error.headers.get('access-control-allow-origin'), '*');
    }
    const pre = await call(`${lt}/translate_file`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://anywhere.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    assert.equal(pre.status, 204);
    assert.equal(pre.headers.get('access-control-allow-origin'), '*');
    assert.equal(pre.headers.get('access-control-allow-methods'), 'GET, POST');
    assert.match(pre.headers.get('access-control-allow-headers') ?? '', /Content-Type/);
    // /v1 keeps its own default: no CORS without --cors-origin
    const v1 = await call(`${serve.base}/v1/models`, { headers: { origin: CAT } });
    assert.equal(v1.status, 200);
    assert.equal(v1.headers.get('access-control-allow-origin'), null);
  });

  it('--cors-origin replaces the default', async () => {
    const base = `${limited.base}/libretranslate`;
    const listed = await call(`${base}/languages`, { headers: { origin: CAT } });
    assert.equal(listed.status, 200);
    assert.equal(listed.headers.get('access-control-allow-origin'), CAT);
    assert.match(listed.headers.get('vary') ?? '', /Origin/);
    const other = await call(`${base}/languages`, { headers: { origin: 'https://evil.example' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    const none = await call(`${base}/languages`);
    assert.equal(none.headers.get('access-control-allow-origin'), null);
    const pre = await call(`${base}/translate`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    assert.equal(pre.status, 204);
    assert.equal(pre.headers.get('access-control-allow-origin'), null);
  });
});
