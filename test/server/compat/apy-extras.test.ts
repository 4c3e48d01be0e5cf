/**
 * The APy routes beyond translate/listPairs (issue 20): markUnknown, JSONP callback, OPTIONS,
 * listLanguageNames, stats, and no upstream URL in an error. On the real app with the fixture
 * model and real Apertium (spa-eng). Oracles: Python's json.dumps for the bytes
 * (python-oracle.ts), the apertium command with marks for the unknown words, and the app's own
 * answer without markUnknown for the post-edit.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { ApertiumEngine } from '../../../src/data/mt/apertium.js';
import { restoreMarks } from '../../../src/server/compat/apy-unknown.js';
import type { UpstreamMt } from '../../../src/server/compat/upstream.js';
import type { OnnxPostEditor } from '../../../src/model/post-editor.js';
import { createApp } from '../../../src/server/app.js';
import type { ServerConfig } from '../../../src/server/config.js';
import { loadPostEditor } from '../../helpers/fixture-model.js';
import { pythonDumps } from '../../helpers/python-oracle.js';

let pe: OnnxPostEditor;
let upstream: UpstreamMt[];
before(async () => {
  pe = await loadPostEditor();
  upstream = [
    { source: 'spa', target: 'eng', engine: await ApertiumEngine.create({ pair: 'spa-eng' }) },
  ];
});
after(async () => {
  await pe.close();
});

const app = (config: Partial<ServerConfig> = {}, up: UpstreamMt[] = upstream) =>
  createApp({ postEditor: pe, config, upstream: up }).app;

/** The words `apertium spa-eng` (marks kept, no -u) marks unknown in `line`. */
function apertiumUnknown(line: string): string[] {
  const r = spawnSync(
    'bash',
    [
      '-c',
      `printf '%s\\n' "$1" > "$2" && apertium spa-eng "$2"`,
      'x',
      line,
      `/tmp/ape-apy-extras-${process.pid}.txt`,
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
  assert.equal(r.status, 0, r.stderr);
  return [...r.stdout.matchAll(/\*(\p{L}+)/gu)].map((m) => m[1] ?? '');
}

const text = (res: request.Response) =>
  (res.body as { responseData: { translatedText: string } }).responseData.translatedText;

const get = (a: ReturnType<typeof app>, query: Record<string, string>) =>
  request(a).get('/apy/translate').query(query);

describe('/apy/translate markUnknown', () => {
  it('yes: the words Apertium marks unknown are marked where the post-edit still has them, and only there', async () => {
    const a = app();
    // The fixture model rewrites most words; a name it keeps, and a placeholder's letter
    // (Apertium itself writes %*s), show the marks in the post-edit.
    for (const q of ['Zorglub ve al gato %s', 'mi perro blorpt come\nla casa de Zorglub']) {
      const unknown = q.split('\n').flatMap(apertiumUnknown);
      const plain = await get(a, { q, langpair: 'spa|eng', markUnknown: 'no' });
      const marked = await get(a, { q, langpair: 'spa|eng', markUnknown: 'yes' });
      assert.equal(marked.status, 200);
      assert.equal(
        marked.text,
        pythonDumps('apy', {
          responseData: { translatedText: text(marked) },
          responseDetails: null,
          responseStatus: 200,
        }),
      );
      // the same post-edit, marks aside
      assert.equal(text(marked).replace(/\*(?=\p{L})/gu, ''), text(plain));
      const markedWords = [...text(marked).matchAll(/\*(\p{L}+)/gu)].map((m) => m[1] ?? '');
      assert.ok(markedWords.length > 0, text(marked));
      for (const w of markedWords)
        assert.ok(unknown.includes(w), `${w} is not unknown to Apertium`);
      for (const w of unknown)
        if (new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, 'u').test(text(plain)))
          assert.ok(text(marked).includes(`*${w}`), `${w} left unmarked in ${text(marked)}`);
    }
  });

  it("APy's values: yes, true, 1 in any case mark; anything else or nothing does not", async () => {
    const a = app();
    const q = 'la casa de Zorglub';
    const answers = new Map<string, string>();
    for (const v of ['yes', 'True', '1', 'no', '0', 'false', '', undefined]) {
      const res = await get(a, {
        q,
        langpair: 'es|en',
        ...(v === undefined ? {} : { markUnknown: v }),
      });
      assert.equal(res.status, 200);
      answers.set(String(v), text(res));
    }
    for (const v of ['yes', 'True', '1']) assert.match(answers.get(v) ?? '', /\*Zorglub/, v);
    for (const v of ['no', '0', 'false', '', 'undefined'])
      assert.doesNotMatch(answers.get(v) ?? '', /\*/, v);
  });

  it('restoreMarks: Apertium marks kept on the words the post-edit still has, outside tags', () => {
    // Outputs of `apertium spa-eng` with and without -u (Apertium 3.8, apertium-spa-eng)
    const marked = "The cat <*g0>*xyzzq</*g0> sees the dog<*x1/> *l'*qwertz *important* *xyzzq";
    const plain = "The cat <g0>xyzzq</g0> sees the dog<x1/> l'qwertz *important* xyzzq";
    assert.equal(
      restoreMarks("The <g0>xyzzq</g0> cat sees l'qwertz *important*", marked, plain, 'omegat'),
      "The <g0>*xyzzq</g0> cat sees *l'*qwertz *important*",
    );
    // two marks of xyzzq, so two words marked; a word the model replaced is not
    assert.equal(
      restoreMarks('xyzzq and xyzzq, xyzzq; qwertzy', marked, plain, 'omegat'),
      '*xyzzq and *xyzzq, xyzzq; qwertzy',
    );
    // no tags: what is between < > is text, marked as Apertium marked it
    assert.equal(restoreMarks('<g0>', '<*g0>', '<g0>', 'none'), '<*g0>');
    assert.equal(restoreMarks('the g0 cat', '<*g0>', '<g0>', 'omegat'), 'the g0 cat');
  });
});

describe('JSONP callback', () => {
  it('wraps answers and errors as APy does, application/javascript; a non-identifier is a 400', async () => {
    const a = app();
    const plain = await get(a, { q: 'el gato', langpair: 'spa|eng' });
    const wrapped = await get(a, { q: 'el gato', langpair: 'spa|eng', callback: 'jQuery_19$1' })
      .buffer(true)
      .parse((r, cb) => {
        let s = '';
        r.on('data', (c: Buffer) => (s += c.toString('utf8')));
        r.on('end', () => cb(null, s));
      });
    assert.equal(wrapped.status, 200);
    assert.equal(wrapped.headers['content-type'], 'application/javascript; charset=UTF-8');
    assert.equal(wrapped.body, `jQuery_19$1(${plain.text})`);
    const pairs = await request(a).get('/apy/listPairs').query({ callback: 'f' });
    assert.equal(pairs.headers['content-type'], 'application/javascript; charset=UTF-8');
    assert.equal(pairs.text, `f(${(await request(a).get('/apy/listPairs')).text})`);
    const error = await get(a, { q: 'x', langpair: 'eng|spa', callback: 'f' });
    assert.equal(error.status, 400);
    assert.equal(
      error.text,
      `f(${pythonDumps('apy', { status: 'error', code: 400, message: 'Bad Request', explanation: 'That pair is not installed' })})`,
    );
    for (const bad of ['alert(1);f', '1f', 'a.b', 'f</script>', 'x'.repeat(129)]) {
      const res = await get(a, { q: 'el gato', langpair: 'spa|eng', callback: bad });
      assert.equal(res.status, 400, bad);
      assert.equal(res.headers['content-type'], 'application/json; charset=UTF-8');
      assert.equal(res.body.status, 'error');
      assert.match(res.body.explanation, /callback must be a JavaScript identifier/);
    }
  });
});

describe('OPTIONS', () => {
  it('204 on the /apy routes; CORS headers as --cors-origin allows', async () => {
    for (const path of [
      '/apy/translate',
      '/apy/listPairs',
      '/apy/listLanguageNames',
      '/apy/stats',
    ]) {
      const bare = await request(app()).options(path);
      assert.equal(bare.status, 204, path);
      assert.equal(bare.headers['access-control-allow-origin'], undefined);
      const any = await request(app({ corsOrigins: ['*'] }))
        .options(path)
        .set('Origin', 'https://cat.example');
      assert.equal(any.status, 204);
      assert.equal(any.headers['access-control-allow-origin'], '*');
      const preflight = await request(app({ corsOrigins: ['https://cat.example'] }))
        .options(path)
        .set('Origin', 'https://cat.example')
        .set('Access-Control-Request-Method', 'POST');
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers['access-control-allow-origin'], 'https://cat.example');
      assert.equal(preflight.headers['access-control-allow-methods'], 'GET, POST');
      const other = await request(app({ corsOrigins: ['https://cat.example'] }))
        .options(path)
        .set('Origin', 'https://evil.example')
        .set('Access-Control-Request-Method', 'POST');
      assert.equal(other.status, 204);
      assert.equal(other.headers['access-control-allow-origin'], undefined);
    }
    assert.equal((await request(app()).options('/apy/nothing')).status, 404);
  });
});

describe('/apy/listLanguageNames and /apy/stats', () => {
  it('language names: the served languages, or those asked, in English; {} for another locale', async () => {
    const a = app();
    const names = async (query: Record<string, string>) =>
      (await request(a).get('/apy/listLanguageNames').query(query)).text;
    assert.equal(await names({}), pythonDumps('apy', { en: 'English', es: 'Spanish' }));
    assert.equal(
      await names({ locale: 'en' }),
      pythonDumps('apy', { en: 'English', es: 'Spanish' }),
    );
    assert.equal(await names({ locale: 'es' }), '{}');
    assert.equal(
      await names({ locale: 'eng', languages: 'spa cat xx eng en' }),
      pythonDumps('apy', { cat: 'Catalan', en: 'English', eng: 'English', spa: 'Spanish' }),
    );
  });

  it('stats: APy shape; translations counted per pair and timed', async () => {
    const a = app();
    const shape = (res: request.Response) => {
      const body = JSON.parse(res.text) as {
        responseData: {
          uptime: number;
          useCount: Record<string, number>;
          periodStats: Record<string, number>;
        };
      };
      return body.responseData;
    };
    const empty = await request(a).get('/apy/stats');
    assert.equal(empty.status, 200);
    const zero = shape(empty);
    assert.equal(
      empty.text,
      pythonDumps('apy', {
        responseData: {
          uptime: zero.uptime,
          useCount: {},
          runningPipes: {},
          holdingPipes: 0,
          periodStats: {
            charsPerSec: 0,
            totChars: 0,
            totTimeSpent: 0,
            requests: 0,
            ageFirstRequest: 0,
          },
        },
        responseDetails: null,
        responseStatus: 200,
      }).replace(/"(charsPerSec|totTimeSpent)": 0/g, '"$1": 0.0'),
    );
    assert.equal((await get(a, { q: 'el gato', langpair: 'spa|eng' })).status, 200);
    assert.equal((await get(a, { q: 'mi señor', langpair: 'es|en' })).status, 200);
    assert.equal((await get(a, { q: 'x', langpair: 'eng|spa' })).status, 400);
    const s = shape(await request(a).get('/apy/stats'));
    assert.deepEqual(s.useCount, { 'spa-eng': 2 });
    assert.equal(s.periodStats.requests, 2);
    assert.equal(s.periodStats.totChars, 7 + 8);
    assert.ok((s.periodStats.totTimeSpent ?? 0) > 0);
    const last = shape(await request(a).get('/apy/stats').query({ requests: '1' }));
    assert.equal(last.periodStats.requests, 1);
    assert.equal(last.periodStats.totChars, 8);
  });

  it('pythonFloat writes floats as Python repr does', async () => {
    const { pythonFloat } = await import('../../../src/server/compat/python-json.js');
    const xs = [0, 1, 0.5, 12.34, 1e-5, 0.0001, 123456.789, 1e16, 1.5e16, 2.5e-7, 1234.5678];
    const py = spawnSync(
      'python3',
      ['-c', 'import json,sys; print(" ".join(repr(float(x)) for x in json.load(sys.stdin)))'],
      {
        input: JSON.stringify(xs),
        encoding: 'utf8',
      },
    );
    assert.equal(py.status, 0, py.stderr);
    assert.equal(xs.map(pythonFloat).join(' '), py.stdout.trim());
  });
});

describe('upstream down', () => {
  it("a 503 in APy's shape that names no URL, JSONP too", async () => {
    const { ApyEngine } = await import('../../../src/data/mt/apy.js');
    const down: UpstreamMt[] = [
      {
        source: 'spa',
        target: 'eng',
        engine: new ApyEngine({ url: 'http://127.0.0.1:1', langpair: 'spa|eng', retries: 0 }),
      },
    ];
    const queries: Record<string, string>[] = [
      { q: 'el gato', langpair: 'spa|eng' },
      { q: 'el gato', langpair: 'spa|eng', markUnknown: 'yes' },
      { q: 'el gato', langpair: 'spa|eng', callback: 'f' },
    ];
    for (const query of queries) {
      const res = await get(app({}, down), query);
      assert.equal(res.status, 503);
      assert.doesNotMatch(res.text, /127\.0\.0\.1|http:|:1\b/);
      assert.match(res.text, /upstream MT failed/);
    }
    const stats = await request(app({}, down)).get('/apy/stats');
    assert.doesNotMatch(stats.text, /127\.0\.0\.1/);
  });
});

describe('/apy/identifyLang (issue 20)', () => {
  it("APy's shape: {639-3 code: probability}, most likely first, json.dumps floats", async () => {
    for (const [q, top, other] of [
      ['el perro ve al gato en la casa', 'spa', 'eng'],
      ['the dog sees the cat in the house', 'eng', 'spa'],
    ] as const) {
      const res = await request(app()).get('/apy/identifyLang').query({ q });
      assert.equal(res.status, 200, res.text);
      assert.match(res.headers['content-type'] ?? '', /^application\/json; charset=UTF-8/);
      const body = res.body as Record<string, number>;
      assert.deepEqual(Object.keys(body), [top, other]);
      assert.ok((body[top] ?? 0) > 0.9, res.text);
      assert.ok(Math.abs((body[top] ?? 0) + (body[other] ?? 0) - 1) < 1e-9);
      // Python's json.dumps of the same floats (repr: shortest round-trip digits)
      const py = spawnSync(
        'python3',
        ['-c', 'import json,sys; print(json.dumps(json.loads(sys.stdin.read())), end="")'],
        { input: res.text, encoding: 'utf8' },
      );
      assert.equal(res.text, py.stdout);
    }
    const jsonp = await request(app())
      .get('/apy/identifyLang')
      .query({ q: 'el gato', callback: 'cb' });
    assert.match(jsonp.text, /^cb\(\{"spa": /);
    const missing = await request(app()).get('/apy/identifyLang');
    assert.equal(missing.status, 400);
    assert.equal(
      missing.text,
      pythonDumps('apy', {
        status: 'error',
        code: 400,
        message: 'Bad Request',
        explanation: 'Missing argument q',
      }),
    );
    assert.equal((await request(app()).options('/apy/identifyLang')).status, 204);
  });
});
