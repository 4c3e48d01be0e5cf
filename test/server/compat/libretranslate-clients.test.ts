/**
 * Real LibreTranslate clients that nobody here wrote, unchanged, against a real `ape serve`
 * (the fixture model, real Apertium spa-eng as the MT): npm `libretranslate` 1.0.1 in this
 * process and PyPI `libretranslatepy` 2.1.4 in the .venv (training/requirements.txt), run as
 * a subprocess. The expected translation is the same server's /v1/postedit of the `apertium`
 * command's MT (mt-compat.test.ts checks that route against the reference decoder).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { translate as npmTranslate } from 'libretranslate';
import { apertiumCli } from '../../helpers/python-oracle.js';
import { fixture, repoRoot } from '../../helpers/paths.js';
import { startServe, type ServeProcess } from '../../helpers/serve.js';

const PYTHON = join(repoRoot, '.venv', 'bin', 'python');
const CLIENT_TIMEOUT_MS = 60_000;
const SENTENCE = 'el perro ve al gato';

let serve: ServeProcess;
let lt: string;
before(async () => {
  serve = await startServe(['--model', fixture('model-tiny-softmax'), '--mt', 'apertium:spa-eng']);
  lt = `${serve.base}/libretranslate`;
});
after(() => {
  serve.child.kill('SIGTERM');
});

/** fetch with a deadline, so a hung server fails the test instead of stalling it. */
async function fetchJson(url: string, init: RequestInit = {}): Promise<unknown> {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS) });
  const body = await res.text();
  assert.equal(res.status, 200, `${url}: ${body}`);
  return JSON.parse(body) as unknown;
}

/** The server's own post-edit of Apertium's MT for `src`: what /libretranslate should answer. */
async function expectedPostEdit(src: string): Promise<string> {
  const body = (await fetchJson(`${serve.base}/v1/postedit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ segments: [{ src, mt: apertiumCli('spa-eng', src) }] }),
  })) as { segments: { pe: string }[] };
  const pe = body.segments[0]?.pe;
  assert.equal(typeof pe, 'string');
  return pe as string;
}

/**
 * Runs `code` with libretranslatepy's LibreTranslateAPI bound to `lt` (the URL as argv[1]) in
 * the .venv's Python; resolves with what it prints as JSON. Killed after CLIENT_TIMEOUT_MS.
 */
async function py(code: string, url: string): Promise<unknown> {
  const script = `import json, sys\nfrom libretranslatepy import LibreTranslateAPI\nlt = LibreTranslateAPI(sys.argv[1])\n${code}`;
  const child = spawn(PYTHON, ['-c', script, url], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
  const timer = setTimeout(() => child.kill('SIGKILL'), CLIENT_TIMEOUT_MS);
  const code_ = await new Promise<number | null>((resolve) => child.once('close', resolve));
  clearTimeout(timer);
  assert.equal(code_, 0, `libretranslatepy failed (exit ${String(code_)}): ${err}`);
  return JSON.parse(out) as unknown;
}

const LANGUAGES = [
  { code: 'es', name: 'Spanish', targets: ['en'] },
  { code: 'en', name: 'English', targets: [] },
];

describe('npm libretranslate 1.0.1 against ape serve', () => {
  // The client's fetch has no deadline of its own: the test's timeout is its deadline.
  it(
    'translates es -> en (it checks both codes against /languages first)',
    { timeout: CLIENT_TIMEOUT_MS },
    async () => {
      const want = await expectedPostEdit(SENTENCE);
      const got = await npmTranslate({ query: SENTENCE, source: 'es', target: 'en', apiurl: lt });
      assert.equal(got, want);
    },
  );
});

describe('libretranslatepy 2.1.4 against ape serve', () => {
  it('languages() lists every language with its targets', async () => {
    assert.deepEqual(await py('print(json.dumps(lt.languages()))', lt), LANGUAGES);
  });

  it('translate(q, "es", "en")', async () => {
    const want = await expectedPostEdit(SENTENCE);
    assert.equal(
      await py(`print(json.dumps(lt.translate(${JSON.stringify(SENTENCE)}, "es", "en")))`, lt),
      want,
    );
  });

  it('detect(q): the served languages, Spanish first', async () => {
    const got = (await py(`print(json.dumps(lt.detect(${JSON.stringify(SENTENCE)})))`, lt)) as {
      confidence: number;
      language: string;
    }[];
    assert.deepEqual(
      got.map((d) => d.language),
      ['es', 'en'],
    );
    assert.ok((got[0]?.confidence ?? 0) >= 90, JSON.stringify(got));
  });

  it('translate(q, "auto", "en"): the es -> en post-edit', async () => {
    const want = await expectedPostEdit(SENTENCE);
    assert.equal(
      await py(`print(json.dumps(lt.translate(${JSON.stringify(SENTENCE)}, "auto", "en")))`, lt),
      want,
    );
  });
});

/** A raw request: status, content type and the parsed body. */
async function raw(
  path: string,
  init: RequestInit = {},
): Promise<{ status: number; type: string | null; body: unknown }> {
  const res = await fetch(`${lt}${path}`, {
    ...init,
    signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
  });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    body: JSON.parse(await res.text()),
  };
}

const form = (body: string): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body,
});
const json = (body: string): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body,
});

describe('requests as LibreTranslate (Flask) reads them', () => {
  it('a base URL with a trailing slash: //languages and //translate', async () => {
    const want = await expectedPostEdit(SENTENCE);
    const got = await npmTranslate({
      query: SENTENCE,
      source: 'es',
      target: 'en',
      apiurl: `${lt}/`,
    });
    assert.equal(got, want);
    assert.deepEqual((await raw('//languages')).body, LANGUAGES);
  });

  it('a repeated form q is its first value (Flask request.values.get), not a batch', async () => {
    const want = await expectedPostEdit(SENTENCE);
    const res = await raw(
      '/translate',
      form(`q=${encodeURIComponent(SENTENCE)}&q=mi+gato&source=es&target=en`),
    );
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, { translatedText: want });
    // request.values holds the query string too, ahead of the form
    const query = await raw(
      `/translate?q=${encodeURIComponent(SENTENCE)}&source=es&target=en`,
      form(''),
    );
    assert.deepEqual(query.body, { translatedText: want });
  });

  it('JSON that does not parse, or is not an object: 400 {"error": ...}, not problem+json', async () => {
    const broken = await raw('/translate', json('{"q": "el gato", '));
    assert.equal(broken.status, 400);
    assert.match(broken.type ?? '', /^application\/json/);
    assert.deepEqual(Object.keys(broken.body as object), ['error']);
    assert.equal(typeof (broken.body as { error: unknown }).error, 'string');
    // app.py get_json_dict: a 400 {"error"} (our wording says what is wrong and what to do)
    for (const [body, kind] of [
      ['[1]', 'an array'],
      ['"el gato"', 'a string'],
      ['null', 'null'],
    ] as const) {
      const res = await raw('/translate', json(body));
      assert.equal(res.status, 400, body);
      assert.deepEqual(
        res.body,
        {
          error: `Invalid request: request body is valid JSON but ${kind}, not an object; send a JSON object`,
        },
        body,
      );
    }
  });
});

describe('LibreTranslate routes beside /translate (shapes from app.py)', () => {
  it('/health, /frontend/settings, /spec', async () => {
    assert.deepEqual((await raw('/health')).body, { status: 'ok' });
    const settings = await raw('/frontend/settings');
    assert.equal(settings.status, 200);
    assert.deepEqual(settings.body, {
      charLimit: -1,
      frontendTimeout: 500,
      apiKeys: false,
      keyRequired: false,
      suggestions: false,
      filesTranslation: true, // .txt (libretranslate-files.test.ts)
      supportedFilesFormat: ['.txt'],
      language: {
        source: { code: 'es', name: 'Spanish' },
        target: { code: 'en', name: 'English' },
      },
    });
    const spec = (await raw('/spec')).body as { swagger: string; basePath: string; paths: object };
    assert.equal(spec.swagger, '2.0');
    assert.equal(spec.basePath, '/libretranslate');
    assert.deepEqual(Object.keys(spec.paths).sort(), [
      '/detect',
      '/download_file/{filename}',
      '/frontend/settings',
      '/health',
      '/languages',
      '/suggest',
      '/translate',
      '/translate_file',
    ]);
  });

  // their values (the n-best) are checked in libretranslate-alternatives.test.ts
  it('alternatives: JSON or form, a list per text of a list q; not a number is a 400', async () => {
    const want = await expectedPostEdit(SENTENCE);
    const strings = (v: unknown, most: number) =>
      Array.isArray(v) && v.length <= most && v.every((s) => typeof s === 'string');
    const one = await raw(
      '/translate',
      json(JSON.stringify({ q: SENTENCE, source: 'es', target: 'en', alternatives: 3 })),
    );
    const oneBody = one.body as { translatedText: unknown; alternatives: unknown };
    assert.equal(oneBody.translatedText, want);
    assert.ok(strings(oneBody.alternatives, 3), JSON.stringify(one.body));
    const batch = await raw(
      '/translate',
      form(`q=${encodeURIComponent(SENTENCE)}&source=es&target=en&alternatives=2`),
    );
    const batchBody = batch.body as { translatedText: unknown; alternatives: unknown };
    assert.equal(batchBody.translatedText, want);
    assert.ok(strings(batchBody.alternatives, 2), JSON.stringify(batch.body));
    const many = await raw(
      '/translate',
      json(
        JSON.stringify({ q: [SENTENCE, SENTENCE], source: 'es', target: 'en', alternatives: '1' }),
      ),
    );
    const manyBody = many.body as { translatedText: unknown; alternatives: unknown[] };
    assert.deepEqual(manyBody.translatedText, [want, want]);
    assert.equal(manyBody.alternatives.length, 2);
    for (const a of manyBody.alternatives) assert.ok(strings(a, 1), JSON.stringify(many.body));
    const bad = await raw('/translate', form('q=hola&source=es&target=en&alternatives=many'));
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body, {
      error: 'Invalid request: alternatives parameter is not a number',
    });
  });
});
