/**
 * Issue 18, items 5 and 6 and the limits of the MT-compatible routes: hostile or odd client
 * input is a 4xx in the route's own error shape (never a 5xx, never an internal URL), every
 * response carries the security headers, CORS obeys `corsOrigins` on every route family, a
 * client that hangs up is logged at info and counted, request ids are bounded, and a manifest
 * whose token limits exceed its position embeddings is refused at load. The real app with the
 * tiny fixture model and real Apertium (spa-eng), as test/server/compat/mt-compat.test.ts;
 * a remote APy is a stand-in HTTP server started here. Expected bodies are written out here
 * (Python's json.dumps for the APy/Flask bytes, python-oracle.ts), not taken from the code.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { ApertiumEngine } from '../../../src/data/mt/apertium.js';
import { ApyEngine } from '../../../src/data/mt/apy.js';
import { ModelError } from '../../../src/errors.js';
import { parseManifest } from '../../../src/model/manifest.js';
import type { OnnxPostEditor } from '../../../src/model/post-editor.js';
import { createApp } from '../../../src/server/app.js';
import type { UpstreamMt } from '../../../src/server/compat/upstream.js';
import type { ServerConfig } from '../../../src/server/config.js';
import type { Logger } from '../../../src/server/logger.js';
import { loadPostEditor } from '../../helpers/fixture-model.js';
import { fixture } from '../../helpers/paths.js';
import { pythonDumps } from '../../helpers/python-oracle.js';
import { waitUntil, withDeadline } from '../../helpers/wait.js';

const UPSTREAM_FAILED =
  'upstream MT failed; the cause is in the server log (retry later or tell the operator)';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let pe: OnnxPostEditor;
let apertium: UpstreamMt[];
let remote: Server;
let remoteUrl: string;
/** The stand-in APy: `fail` answers 500, `slow` waits 1.5 s before answering. */
let remoteMode: 'ok' | 'fail' | 'slow' = 'ok';
let remoteHits = 0;

before(async () => {
  pe = await loadPostEditor();
  apertium = [
    { source: 'spa', target: 'eng', engine: await ApertiumEngine.create({ pair: 'spa-eng' }) },
  ];
  remote = createServer((req, res) => {
    remoteHits += 1;
    const q = new URL(req.url ?? '/', 'http://x').searchParams.get('q') ?? '';
    const answer = () => {
      res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' });
      res.end(
        JSON.stringify({
          responseData: { translatedText: `the cat ${q.length}` },
          responseDetails: null,
          responseStatus: 200,
        }),
      );
    };
    if (remoteMode === 'fail') res.writeHead(500).end('{"status": "error"}');
    else if (remoteMode === 'slow') setTimeout(answer, 1500);
    else answer();
  });
  await new Promise<void>((r) => remote.listen(0, '127.0.0.1', r));
  remoteUrl = `http://127.0.0.1:${(remote.address() as AddressInfo).port}`;
});
after(async () => {
  await pe.close();
  remote.closeAllConnections();
  await new Promise((r) => remote.close(r));
});

const remoteApy = (): UpstreamMt[] => [
  {
    source: 'es',
    target: 'en',
    engine: new ApyEngine({ url: remoteUrl, langpair: 'spa|eng', retries: 0 }),
  },
];

interface Logged {
  level: 'info' | 'error';
  msg: string;
  fields: Record<string, unknown>;
}
function recorder(): { logger: Logger; lines: Logged[] } {
  const lines: Logged[] = [];
  return {
    lines,
    logger: {
      info: (msg, fields = {}) => lines.push({ level: 'info', msg, fields }),
      error: (msg, fields = {}) => lines.push({ level: 'error', msg, fields }),
    },
  };
}

const makeApp = (
  config: Partial<ServerConfig> = {},
  upstream: UpstreamMt[] = apertium,
  logger?: Logger,
) =>
  createApp({ postEditor: pe, config, upstream, ...(logger === undefined ? {} : { logger }) }).app;

const apyError = (code: number, message: string, explanation: string) =>
  pythonDumps('apy', { status: 'error', code, message, explanation });
const flaskError = (error: string) => pythonDumps('flask', { error });

async function apyAlone(app: ReturnType<typeof makeApp>, q: string): Promise<string> {
  const res = await request(app).get('/apy/translate').query({ q, langpair: 'spa|eng' });
  assert.equal(res.status, 200, res.text);
  return res.body.responseData.translatedText as string;
}

describe('client input is never a 5xx on the compatible routes', () => {
  it('a CR, CR LF or LS in q ends a line and comes back as it was sent (APy and LibreTranslate)', async () => {
    const app = makeApp();
    const [a, b, c] = ['el gato negro', 'mi perro', 'un vecino cansado'];
    const want = [await apyAlone(app, a), await apyAlone(app, b), await apyAlone(app, c)];
    const apy = await request(app)
      .get('/apy/translate')
      .query({ q: `${a}\r${b}\r\n${c}`, langpair: 'spa|eng' });
    assert.equal(apy.status, 200, apy.text);
    assert.equal(apy.body.responseData.translatedText, `${want[0]}\r${want[1]}\r\n${want[2]}`);
    const lt = await request(app)
      .post('/libretranslate/translate')
      .send({ q: [`${a}\r${b}`, `${c}\u2028${a}`], source: 'es', target: 'en' });
    assert.equal(lt.status, 200, lt.text);
    assert.deepEqual(lt.body.translatedText, [
      `${want[0]}\r${want[1]}`,
      `${want[2]}\u2028${want[0]}`,
    ]);
  });

  it('blank lines and whitespace-only text come back verbatim, not invented', async () => {
    const app = makeApp();
    const blank = await request(app)
      .get('/apy/translate')
      .query({ q: ' \t ', langpair: 'spa|eng' });
    assert.equal(blank.status, 200);
    assert.equal(
      blank.text,
      pythonDumps('apy', {
        responseData: { translatedText: ' \t ' },
        responseDetails: null,
        responseStatus: 200,
      }),
    );
    const gato = await apyAlone(app, 'el gato');
    const lt = await request(app)
      .post('/libretranslate/translate')
      .send({ q: ['el gato\n\n  \nel gato', '   '], source: 'es', target: 'en' });
    assert.equal(lt.status, 200);
    assert.deepEqual(lt.body.translatedText, [`${gato}\n\n  \n${gato}`, '   ']);
  });

  it('an upstream failure is a 503 with a generic message; the URL only in the server log', async () => {
    const { logger, lines } = recorder();
    const app = makeApp({}, remoteApy(), logger);
    remoteMode = 'fail';
    try {
      const apy = await request(app)
        .get('/apy/translate')
        .query({ q: 'el gato', langpair: 'spa|eng' });
      assert.equal(apy.status, 503);
      assert.equal(apy.headers['retry-after'], '1');
      assert.equal(apy.text, apyError(503, 'Service Unavailable', UPSTREAM_FAILED));
      const lt = await request(app)
        .post('/libretranslate/translate')
        .send({ q: 'el gato', source: 'es', target: 'en' });
      assert.equal(lt.status, 503);
      assert.equal(lt.text, flaskError(UPSTREAM_FAILED));
    } finally {
      remoteMode = 'ok';
    }
    const failures = lines.filter((l) => l.msg === 'upstream MT failed');
    assert.equal(failures.length, 2);
    for (const f of failures) assert.match(String(f.fields.error), /127\.0\.0\.1/);
  });

  it('a body of null or 42 is "valid JSON but not an object" (LibreTranslate and /v1)', async () => {
    const app = makeApp();
    for (const [body, kind] of [
      ['null', 'null'],
      ['42', 'a number'],
      ['"q"', 'a string'],
    ]) {
      const detail = `request body is valid JSON but ${kind}, not an object; send a JSON object`;
      const lt = await request(app)
        .post('/libretranslate/translate')
        .set('Content-Type', 'application/json')
        .send(body);
      assert.equal(lt.status, 400);
      assert.equal(lt.text, flaskError(`Invalid request: ${detail}`));
      const v1 = await request(app)
        .post('/v1/postedit')
        .set('Content-Type', 'application/json')
        .send(body);
      assert.equal(v1.status, 400);
      assert.deepEqual(v1.body, {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail,
        field: 'body',
        instance: '/v1/postedit',
      });
    }
    const broken = await request(app)
      .post('/libretranslate/translate')
      .set('Content-Type', 'application/json')
      .send('{"q": ');
    assert.equal(broken.status, 400);
    assert.match(broken.body.error as string, /^Invalid request: request body is not valid JSON: /);
  });
});

describe('blank text on /v1 is a 400 naming the field, never invented text', () => {
  it('empty or whitespace-only src or mt in /v1/postedit and /v1/explain', async () => {
    const app = makeApp();
    const cases: [string, { src: string; mt: string }, string][] = [
      ['empty mt', { src: 'hola', mt: '' }, 'mt'],
      ['blank mt', { src: 'hola', mt: ' \t\n ' }, 'mt'],
      ['empty src', { src: '', mt: 'hello' }, 'src'],
      ['blank src', { src: '\u00a0 ', mt: 'hello' }, 'src'],
    ];
    for (const [what, segment, side] of cases) {
      const res = await request(app)
        .post('/v1/postedit')
        .send({ segments: [{ src: 'hola', mt: 'hello' }, segment] });
      assert.equal(res.status, 400, `${what}: ${res.text}`);
      assert.equal(res.body.field, `segments[1].${side}`, what);
      assert.match(res.body.detail as string, /empty or only white space/, what);
      const ex = await request(app).post('/v1/explain').send(segment);
      assert.equal(ex.status, 400, `${what} (explain): ${ex.text}`);
      assert.equal(ex.body.field, side, what);
    }
    // A line break inside text is not blank: the segment is post-edited.
    const ok = await request(app)
      .post('/v1/postedit')
      .send({ segments: [{ src: 'hola\nadiós', mt: 'hello\ngoodbye' }] });
    assert.equal(ok.status, 200, ok.text);
  });
});

describe('limits and timeout of the compatible routes, in their own error shapes', () => {
  it('more lines than maxSegmentsPerRequest: 413', async () => {
    const app = makeApp({ maxSegmentsPerRequest: 4 });
    const message =
      "5 lines in one request, more than 4 (this server's maxSegmentsPerRequest); send the text in several requests";
    const lt = await request(app)
      .post('/libretranslate/translate')
      .send({ q: ['a', 'b\nc', 'd', 'e'], source: 'es', target: 'en' });
    assert.equal(lt.status, 413);
    assert.equal(lt.text, flaskError(message));
    const apy = await request(app)
      .get('/apy/translate')
      .query({ q: 'a\nb\rc\nd\ne', langpair: 'spa|eng' });
    assert.equal(apy.status, 413);
    assert.equal(apy.text, apyError(413, 'Payload Too Large', message));
  });

  it('a body over bodyLimitBytes: 413', async () => {
    const app = makeApp({ bodyLimitBytes: 1000 });
    const message =
      "request body is larger than 1000 bytes (this server's bodyLimitBytes, --body-limit); send the text in several requests";
    const big = 'el gato '.repeat(200);
    const lt = await request(app)
      .post('/libretranslate/translate')
      .send({ q: big, source: 'es', target: 'en' });
    assert.equal(lt.status, 413);
    assert.equal(lt.text, flaskError(message));
    const apy = await request(app)
      .post('/apy/translate')
      .type('form')
      .send({ q: big, langpair: 'spa|eng' });
    assert.equal(apy.status, 413);
    assert.equal(apy.text, apyError(413, 'Payload Too Large', message));
  });

  it('not answered within requestTimeoutMs: 504', async () => {
    const app = makeApp({ requestTimeoutMs: 200 }, remoteApy());
    const message =
      "not answered within 200 ms (this server's requestTimeoutMs, --timeout-ms); send fewer lines or retry later";
    remoteMode = 'slow';
    try {
      const apy = await request(app)
        .get('/apy/translate')
        .query({ q: 'el gato', langpair: 'spa|eng' });
      assert.equal(apy.status, 504);
      assert.equal(apy.text, apyError(504, 'Gateway Timeout', message));
      const lt = await request(app)
        .post('/libretranslate/translate')
        .send({ q: 'el gato', source: 'es', target: 'en' });
      assert.equal(lt.status, 504);
      assert.equal(lt.text, flaskError(message));
    } finally {
      remoteMode = 'ok';
    }
  });
});

describe('hardened responses', () => {
  const SECURITY = {
    'content-security-policy':
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
  };

  it('security headers on the page, the APIs, errors and the probes', async () => {
    const app = makeApp();
    const responses = [
      await request(app).get('/'),
      await request(app).get('/app.js'),
      await request(app).get('/v1/models'),
      await request(app).post('/v1/postedit').send({}),
      await request(app).get('/apy/listPairs'),
      await request(app).get('/libretranslate/languages'),
      await request(app).get('/healthz'),
      await request(app).get('/nope'),
    ];
    responses.forEach((res, i) => {
      for (const [name, value] of Object.entries(SECURITY))
        assert.equal(res.headers[name], value, `response ${i}: ${name}`);
    });
  });

  it('CORS obeys corsOrigins on /apy too; none by default', async () => {
    const origin = 'https://cat.example';
    const open = makeApp();
    // /libretranslate sends `*` by default, as LibreTranslate does (compat/libretranslate-files.test.ts)
    for (const path of ['/apy/listPairs', '/v1/models']) {
      const res = await request(open).get(path).set('Origin', origin);
      assert.equal(res.status, 200);
      assert.equal(res.headers['access-control-allow-origin'], undefined, path);
    }
    const listed = makeApp({ corsOrigins: [origin] });
    const ok = await request(listed)
      .get('/apy/translate')
      .query({ q: 'el gato', langpair: 'spa|eng' })
      .set('Origin', origin);
    assert.equal(ok.headers['access-control-allow-origin'], origin);
    assert.equal(ok.headers.vary, 'Origin');
    const other = await request(listed).get('/apy/listPairs').set('Origin', 'https://evil.example');
    assert.equal(other.headers['access-control-allow-origin'], undefined);
    const any = await request(makeApp({ corsOrigins: ['*'] }))
      .get('/apy/listPairs')
      .set('Origin', 'https://evil.example');
    assert.equal(any.headers['access-control-allow-origin'], '*');
  });

  it('preflights: 204 with methods per route family, headers and Max-Age; other origins none', async () => {
    const origin = 'https://cat.example';
    const app = makeApp({ corsOrigins: [origin] });
    const families: [string, string][] = [
      ['/v1/postedit', 'GET, POST'],
      ['/apy/translate', 'GET, POST'],
      ['/libretranslate/translate', 'GET, POST'],
      ['/healthz', 'GET'],
    ];
    for (const [path, methods] of families) {
      const res = await request(app)
        .options(path)
        .set('Origin', origin)
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'content-type, x-api-key');
      assert.equal(res.status, 204, path);
      assert.equal(res.headers['access-control-allow-origin'], origin);
      assert.equal(res.headers['access-control-allow-methods'], methods, path);
      assert.equal(
        res.headers['access-control-allow-headers'],
        'Content-Type, Authorization, X-API-Key, X-Request-Id',
      );
      assert.equal(res.headers['access-control-max-age'], '600');
    }
    const refused = await request(app)
      .options('/libretranslate/translate')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST');
    assert.equal(refused.status, 204);
    assert.equal(refused.headers['access-control-allow-origin'], undefined);
    assert.equal(refused.headers['access-control-allow-methods'], undefined);
  });

  it('X-Request-Id: a valid one is echoed; a 12 KB or odd one is replaced by a UUID', async () => {
    const { logger, lines } = recorder();
    const app = makeApp({}, apertium, logger);
    const good = await request(app).get('/healthz').set('X-Request-Id', 'cat-tool:42/a.b');
    assert.equal(good.headers['x-request-id'], 'cat-tool:42/a.b');
    for (const id of ['x'.repeat(12 * 1024), 'a b', 'ñandú', '<script>']) {
      const res = await request(app).get('/healthz').set('X-Request-Id', id);
      assert.match(res.headers['x-request-id'] as string, UUID, id.slice(0, 20));
    }
    const logged = lines.filter((l) => l.msg === 'request').map((l) => l.fields);
    assert.equal(logged.length, 5);
    assert.equal(logged[0]?.requestId, 'cat-tool:42/a.b');
    for (const f of logged.slice(1)) {
      assert.match(String(f.requestId), UUID);
      assert.ok(!JSON.stringify(f).includes('xxxxxxxx'), 'the long id is not logged');
    }
    assert.equal(logged[1]?.requestIdReplaced, '12288 characters, not an accepted X-Request-Id');
  });

  it('a client that hangs up is logged at info and counted (status 499), not an internal error', async () => {
    const { logger, lines } = recorder();
    const app = makeApp({}, remoteApy(), logger);
    const server = app.listen(0, '127.0.0.1');
    await new Promise<void>((r) => server.once('listening', r));
    const port = (server.address() as AddressInfo).port;
    remoteMode = 'slow';
    try {
      const req = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/libretranslate/translate',
        headers: { 'content-type': 'application/json' },
      });
      req.on('error', () => undefined);
      const hits = remoteHits;
      req.end(JSON.stringify({ q: 'el gato', source: 'es', target: 'en' }));
      await waitUntil('the request to reach the stand-in APy', () => remoteHits > hits);
      req.destroy();
      await waitUntil('the request log line of the closed request', () =>
        lines.some((l) => l.msg === 'request'),
      );
      const metrics = await withDeadline(
        'GET /metrics',
        fetch(`http://127.0.0.1:${port}/metrics`).then((r) => r.text()),
        30_000,
      );
      assert.match(
        metrics,
        /ape_http_requests_total\{route="\/libretranslate\/translate",status="499"\} 1/,
      );
    } finally {
      remoteMode = 'ok';
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
    // The upstream answers 1.5 s after the request came; by then nobody waits for it.
    await new Promise((r) => setTimeout(r, 1500));
    assert.deepEqual(
      lines.filter((l) => l.level === 'error'),
      [],
    );
    const closed = lines.find((l) => l.msg === 'request');
    assert.equal(closed?.level, 'info');
    assert.equal(closed?.fields.status, 499);
    assert.equal(closed?.fields.clientClosed, true);
  });
});

describe('model manifests', () => {
  const manifest = () =>
    JSON.parse(readFileSync(fixture('model-tiny-softmax', 'ape.json'), 'utf8')) as {
      architecture: { maxPositions: number };
      input: { maxSrcTokens: number; maxMtTokens: number };
      decoding: { maxLengthRatio: number; maxLengthOffset: number };
    };

  it('the fixture as it ships loads (maxPositions 64, 30 + 30 + 3 tokens)', () => {
    const m = manifest();
    assert.deepEqual(
      [m.architecture.maxPositions, m.input.maxSrcTokens, m.input.maxMtTokens],
      [64, 30, 30],
    );
    assert.doesNotThrow(() => parseManifest(m, 'tiny/ape.json'));
  });

  it('maxSrcTokens above what maxPositions allows is a ModelError naming file and field', () => {
    const m = manifest();
    m.input.maxSrcTokens = 100;
    assert.throws(
      () => parseManifest(m, 'tiny/ape.json'),
      (err: unknown) =>
        err instanceof ModelError &&
        err.message.startsWith(
          'tiny/ape.json (input.maxSrcTokens): maxSrcTokens 100 + maxMtTokens 30 + 3 special tokens is more than architecture.maxPositions 64',
        ),
    );
  });

  it('an output longer than maxPositions is refused too (decoding.maxLengthRatio)', () => {
    const m = manifest();
    m.decoding.maxLengthRatio = 3;
    m.decoding.maxLengthOffset = 0;
    assert.throws(
      () => parseManifest(m, 'tiny/ape.json'),
      (err: unknown) =>
        err instanceof ModelError &&
        err.message.startsWith('tiny/ape.json (decoding.maxLengthRatio): the longest output'),
    );
  });
});
