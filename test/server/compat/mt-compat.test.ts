/**
 * The APy- and LibreTranslate-compatible routes on the real app, the fixture model and real
 * Apertium (spa-eng); a remote APy is a stand-in HTTP server started here. Oracles: Python's
 * json.dumps for the bytes (python-oracle.ts), the apertium command for the MT, the app's own
 * /v1/postedit for the plain post-edit (checked against the Python reference decoder in
 * test/server/), and a regex for OmegaT tags.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { ApertiumEngine } from '../../../src/data/mt/apertium.js';
import { ApyEngine } from '../../../src/data/mt/apy.js';
import type { UpstreamMt } from '../../../src/server/compat/upstream.js';
import { OnnxPostEditor } from '../../../src/model/post-editor.js';
import { createApp } from '../../../src/server/app.js';
import type { ServerConfig } from '../../../src/server/config.js';
import { fixture } from '../../helpers/paths.js';
import { relabeledModel, type RelabeledModel } from '../../helpers/relabeled-model.js';
import { loadPostEditor } from '../../helpers/fixture-model.js';
import { apertiumCli, pythonDumps } from '../../helpers/python-oracle.js';

const OMEGAT_TAG = /<\/?[A-Za-z]+\d+\/?>/g;
const strip = (s: string) => s.replace(OMEGAT_TAG, '');
const tagsOf = (s: string) => [...s.matchAll(OMEGAT_TAG)].map((m) => m[0]);

let pe: OnnxPostEditor;
let upstream: UpstreamMt[];
let remote: Server;
let remoteUrl: string;
let remoteMode: 'ok' | 'fail' = 'ok';
before(async () => {
  pe = await loadPostEditor();
  upstream = [
    { source: 'spa', target: 'eng', engine: await ApertiumEngine.create({ pair: 'spa-eng' }) },
  ];
  // A remote APy: answers like apertium-apy (json.dumps, `<\/` escaped), or fails with 500.
  remote = createServer((req, res) => {
    const q = new URL(req.url ?? '/', 'http://x').searchParams.get('q') ?? '';
    if (remoteMode === 'fail') {
      res.writeHead(500).end('{"status": "error"}');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' });
    res.end(
      JSON.stringify({
        responseData: { translatedText: `the cat ${q.length}` },
        responseDetails: null,
        responseStatus: 200,
      }),
    );
  });
  await new Promise<void>((r) => remote.listen(0, '127.0.0.1', r));
  remoteUrl = `http://127.0.0.1:${(remote.address() as AddressInfo).port}`;
});
after(async () => {
  await pe.close();
  await new Promise((r) => remote.close(r));
});

const app = (config: Partial<ServerConfig> = {}, up: UpstreamMt[] = upstream) =>
  createApp({ postEditor: pe, config, upstream: up }).app;

async function plainPostEdit(src: string, mt: string): Promise<string> {
  const res = await request(app())
    .post('/v1/postedit')
    .send({ segments: [{ src, mt }] });
  assert.equal(res.status, 200);
  return res.body.segments[0].pe as string;
}

describe('APy-compatible /apy', () => {
  it('translate: Apertium, then APE, tags carried, APy bytes without <\\/', async () => {
    const q = 'el gato <g0>grande</g0> ve al perro<x1/>';
    const res = await request(app())
      .get('/apy/translate')
      .query({ q, langpair: 'es|en', markUnknown: 'no', key: 'bwuxb5jS VwSJ8mLz1qMfmMrDGA' })
      .buffer(true)
      .parse((r, cb) => {
        let s = '';
        r.on('data', (c: Buffer) => (s += c.toString('utf8')));
        r.on('end', () => cb(null, s));
      });
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'application/json; charset=UTF-8');
    const body = res.body as string;
    const text = (JSON.parse(body) as { responseData: { translatedText: string } }).responseData
      .translatedText;
    assert.equal(
      body,
      pythonDumps('apy', {
        responseData: { translatedText: text },
        responseDetails: null,
        responseStatus: 200,
      }),
    );
    assert.ok(body.startsWith('{"responseData": {"translatedText": "'));
    assert.ok(!body.includes('\\/'));
    const mt = apertiumCli('spa-eng', q);
    assert.deepEqual(tagsOf(text), tagsOf(mt));
    assert.deepEqual(tagsOf(text), ['<g0>', '</g0>', '<x1/>']);
    assert.equal(strip(text), await plainPostEdit(strip(q), strip(mt)));
  });

  it('listPairs and errors, byte for byte', async () => {
    const pairs = await request(app()).get('/apy/listPairs');
    assert.equal(
      pairs.text,
      pythonDumps('apy', {
        responseData: [{ sourceLanguage: 'spa', targetLanguage: 'eng' }],
        responseDetails: null,
        responseStatus: 200,
      }),
    );
    const cases: [Record<string, string>, string][] = [
      [{ q: 'hola', langpair: 'eng|spa' }, 'That pair is not installed'],
      [{ q: 'hola', langpair: 'spa' }, 'That pair is invalid, use e.g. eng|spa'],
      [{ langpair: 'spa|eng' }, 'Missing argument q'],
    ];
    for (const [query, explanation] of cases) {
      const res = await request(app()).get('/apy/translate').query(query);
      assert.equal(res.status, 400);
      assert.equal(
        res.text,
        pythonDumps('apy', { status: 'error', code: 400, message: 'Bad Request', explanation }),
      );
    }
  });

  it('a remote APy as upstream; its failure is a 503 in APy form', async () => {
    const up = [
      {
        source: 'es',
        target: 'en',
        engine: new ApyEngine({ url: remoteUrl, langpair: 'spa|eng', retries: 0 }),
      },
    ];
    const ok = await request(app({}, up))
      .get('/apy/translate')
      .query({ q: 'el gato', langpair: 'spa|eng' });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.responseData.translatedText, await plainPostEdit('el gato', 'the cat 7'));
    remoteMode = 'fail';
    try {
      const bad = await request(app({}, up))
        .get('/apy/translate')
        .query({ q: 'el gato', langpair: 'spa|eng' });
      assert.equal(bad.status, 503);
      assert.equal(bad.body.status, 'error');
      assert.match(bad.body.explanation, /upstream MT failed/);
    } finally {
      remoteMode = 'ok';
    }
  });

  it('API keys: the key parameter or a header', async () => {
    const a = app({ apiKeys: ['s3cret'] });
    assert.equal(
      (await request(a).get('/apy/translate').query({ q: 'el gato', langpair: 'spa|eng' })).status,
      403,
    );
    assert.equal(
      (
        await request(a)
          .get('/apy/translate')
          .query({ q: 'el gato', langpair: 'spa|eng', key: 's3cret' })
      ).status,
      200,
    );
    assert.equal(
      (
        await request(a)
          .get('/apy/translate')
          .query({ q: 'el gato', langpair: 'spa|eng' })
          .set('X-API-Key', 's3cret')
      ).status,
      200,
    );
  });
});

describe('LibreTranslate-compatible /libretranslate', () => {
  it('translate (JSON, a string and an array; a form), Flask bytes', async () => {
    const one = await request(app())
      .post('/libretranslate/translate')
      .send({ q: 'el perro ve al gato', source: 'es', target: 'en' });
    assert.equal(one.status, 200);
    const text = one.body.translatedText as string;
    assert.equal(one.text, pythonDumps('flask', { translatedText: text }));
    assert.equal(
      text,
      await plainPostEdit('el perro ve al gato', apertiumCli('spa-eng', 'el perro ve al gato')),
    );
    const many = await request(app())
      .post('/libretranslate/translate')
      .send({ q: ['el perro ve al gato', 'mi gato'], source: 'es', target: 'en', format: 'text' });
    assert.equal(many.body.translatedText[0], text);
    assert.equal(many.text, pythonDumps('flask', { translatedText: many.body.translatedText }));
    const form = await request(app())
      .post('/libretranslate/translate')
      .type('form')
      .send({ q: 'el perro ve al gato', source: 'es', target: 'en' });
    assert.equal(form.body.translatedText, text);
  });

  it('format html carries the tags', async () => {
    const res = await request(app())
      .post('/libretranslate/translate')
      .send({ q: 'el <b>gato</b> grande', source: 'es', target: 'en', format: 'html' });
    assert.equal(res.status, 200);
    assert.deepEqual(
      [...(res.body.translatedText as string).matchAll(/<\/?b>/g)].map((m) => m[0]),
      ['<b>', '</b>'],
    );
  });

  it('languages and errors, byte for byte', async () => {
    const langs = await request(app()).get('/libretranslate/languages');
    assert.equal(
      langs.text,
      pythonDumps('flask', [
        { code: 'es', name: 'Spanish', targets: ['en'] },
        { code: 'en', name: 'English', targets: [] },
      ]),
    );
    const cases: [Record<string, unknown>, string][] = [
      [{ source: 'es', target: 'en' }, 'Invalid request: missing q parameter'],
      [{ q: 'x', target: 'en' }, 'Invalid request: missing source parameter'],
      [{ q: 'x', source: 'es' }, 'Invalid request: missing target parameter'],
      [{ q: 'x', source: 'fr', target: 'en' }, 'fr is not supported'],
      [{ q: 'x', source: 'es', target: 'fr' }, 'fr is not supported'],
      [
        { q: 'x', source: 'en', target: 'es' },
        'Spanish (es) is not available as a target language from English (en)',
      ],
      [{ q: 'x', source: 'es', target: 'en', format: 'rtf' }, 'rtf format is not supported'],
    ];
    for (const [body, error] of cases) {
      const res = await request(app()).post('/libretranslate/translate').send(body);
      assert.equal(res.status, 400, error);
      assert.equal(res.text, pythonDumps('flask', { error }));
    }
  });
});

describe('LibreTranslate /detect and source "auto" (issue 20; shapes from app.py)', () => {
  const ES = 'el perro ve al gato en la casa';
  const EN = 'the dog sees the cat in the house';
  /** Flask's jsonify of detections: confidences are Python floats (a whole number, then .0). */
  const flaskDetections = (ds: { confidence: number; language: string }[]) =>
    `[${ds.map((d) => `{"confidence":${d.confidence}.0,"language":"${d.language}"}`).join(',')}]\n`;

  it('/detect: the served languages, most likely first, confidence 0-100 as Flask writes it', async () => {
    for (const [q, top, other] of [
      [ES, 'es', 'en'],
      [EN, 'en', 'es'],
    ] as const) {
      for (const res of [
        await request(app()).post('/libretranslate/detect').send({ q }),
        await request(app()).post('/libretranslate/detect').type('form').send({ q }),
      ]) {
        assert.equal(res.status, 200, res.text);
        const body = res.body as { confidence: number; language: string }[];
        assert.deepEqual(
          body.map((d) => d.language),
          [top, other],
        );
        assert.ok(body[0] !== undefined && body[0].confidence >= 90, res.text);
        assert.ok(body.every((d) => Number.isInteger(d.confidence) && d.confidence >= 0));
        assert.equal(res.text, flaskDetections(body));
      }
    }
    // a batch: each language's mean over the texts (one Spanish, one English: about 50 each)
    const both = await request(app())
      .post('/libretranslate/detect')
      .send({ q: [ES, EN] });
    const mean = both.body as { confidence: number }[];
    assert.ok(
      mean.every((d) => d.confidence >= 45 && d.confidence <= 55),
      both.text,
    );
    // no letters: the first served source language at 0 (LibreTranslate: "en" at 0)
    const none = await request(app()).post('/libretranslate/detect').send({ q: '42 !?' });
    assert.equal(none.text, '[{"confidence":0.0,"language":"es"}]\n');
    const missing = await request(app()).post('/libretranslate/detect').send({});
    assert.equal(missing.status, 400);
    assert.equal(
      missing.text,
      pythonDumps('flask', { error: 'Invalid request: missing q parameter' }),
    );
  });

  it('translate with source "auto": the detected pair, detectedLanguage in the answer', async () => {
    const explicit = await request(app())
      .post('/libretranslate/translate')
      .send({ q: ES, source: 'es', target: 'en' });
    const auto = await request(app())
      .post('/libretranslate/translate')
      .send({ q: ES, source: 'auto', target: 'en' });
    assert.equal(auto.status, 200, auto.text);
    assert.equal(auto.body.translatedText, explicit.body.translatedText);
    const d = auto.body.detectedLanguage as { confidence: number; language: string };
    assert.equal(d.language, 'es');
    assert.equal(
      auto.text,
      `{"detectedLanguage":{"confidence":${d.confidence}.0,"language":"es"},"translatedText":${JSON.stringify(explicit.body.translatedText)}}\n`,
    );
    // a batch: the one detection repeated for each text (app.py)
    const many = await request(app())
      .post('/libretranslate/translate')
      .send({ q: [ES, 'mi gato come'], source: 'auto', target: 'en' });
    assert.equal(many.status, 200, many.text);
    assert.equal(many.body.detectedLanguage.length, 2);
    assert.deepEqual(many.body.detectedLanguage[0], many.body.detectedLanguage[1]);
    assert.equal(many.body.detectedLanguage[0].language, 'es');
    // English detected, but only es -> en is served: LibreTranslate's 400
    const en = await request(app())
      .post('/libretranslate/translate')
      .send({ q: EN, source: 'auto', target: 'en' });
    assert.equal(en.status, 400);
    assert.equal(
      en.text,
      pythonDumps('flask', {
        error: 'English (en) is not available as a target language from English (en)',
      }),
    );
  });
});

describe('LibreTranslate-compatible /libretranslate with API keys', () => {
  it('api_key in a JSON or form body, or the /v1 headers; else 403 {"error": ...}', async () => {
    const a = app({ apiKeys: ['s3cret', 'other'] });
    const body = { q: 'el gato', source: 'es', target: 'en' };
    const want = await request(app()).post('/libretranslate/translate').send(body);
    assert.equal(want.status, 200);
    const ok = [
      request(a)
        .post('/libretranslate/translate')
        .send({ ...body, api_key: 's3cret' }),
      request(a)
        .post('/libretranslate/translate')
        .type('form')
        .send({ ...body, api_key: 'other' }),
      request(a).post('/libretranslate/translate').set('Authorization', 'Bearer s3cret').send(body),
      request(a).post('/libretranslate/translate').set('X-API-Key', 'other').send(body),
    ];
    for (const res of await Promise.all(ok)) {
      assert.equal(res.status, 200);
      assert.equal(res.text, want.text);
    }
    const refused: [Promise<request.Response>, string][] = [
      [
        request(a).post('/libretranslate/translate').send(body),
        'Please contact the server operator to get an API key',
      ],
      [
        request(a)
          .post('/libretranslate/translate')
          .send({ ...body, api_key: '' }),
        'Please contact the server operator to get an API key',
      ],
      [
        request(a)
          .post('/libretranslate/translate')
          .send({ ...body, api_key: 's3cret2' }),
        'Invalid API key',
      ],
      [
        request(a)
          .post('/libretranslate/translate')
          .type('form')
          .send({ ...body, api_key: 'S3CRET' }),
        'Invalid API key',
      ],
      [
        request(a).post('/libretranslate/translate').set('X-API-Key', 'nope').send(body),
        'Invalid API key',
      ],
    ];
    for (const [pending, error] of refused) {
      const res = await pending;
      assert.equal(res.status, 403, error);
      assert.equal(res.text, pythonDumps('flask', { error }));
    }
  });
});

describe('/v1/postedit tags option', () => {
  it('omegat tags are stripped for the model and carried into the pe', async () => {
    const src = 'el gato <g0>grande</g0>';
    const mt = 'the <g0>big</g0> cat';
    const res = await request(app())
      .post('/v1/postedit')
      .send({ segments: [{ src, mt }], tags: 'omegat' });
    assert.equal(res.status, 200);
    const got = res.body.segments[0].pe as string;
    assert.deepEqual(tagsOf(got), ['<g0>', '</g0>']);
    assert.equal(strip(got), await plainPostEdit(strip(src), strip(mt)));
  });

  it('markup that does not parse is a 400 naming the field', async () => {
    const res = await request(app())
      .post('/v1/postedit')
      .send({ segments: [{ src: 'a', mt: 'b <bpt id="1">x' }], tags: 'xliff' });
    assert.equal(res.status, 400);
    assert.equal(res.body.field, 'segments[0].mt');
  });
});

describe('several models: the language pair picks the model', () => {
  // model-tiny-entmax as served, and a copy of it whose manifest says en -> es (ape.json is
  // not among the files it hashes), so a second pair has a model of its own.
  let entmax: OnnxPostEditor;
  let enEs: OnnxPostEditor;
  let enEsDir: RelabeledModel;
  let both: UpstreamMt[];
  before(async () => {
    entmax = await OnnxPostEditor.load(fixture('model-tiny-entmax'), {
      workers: 1,
      intraOpThreads: 1,
    });
    enEsDir = relabeledModel('model-tiny-entmax', 'tiny-en-es', { src: 'en', tgt: 'es' });
    enEs = await OnnxPostEditor.load(enEsDir.dir, { workers: 1, intraOpThreads: 1 });
    both = [
      ...upstream,
      { source: 'eng', target: 'spa', engine: await ApertiumEngine.create({ pair: 'eng-spa' }) },
    ];
  });
  after(async () => {
    await entmax.close();
    await enEs.close();
    enEsDir.remove();
  });

  /** What a single-model app on `model` answers for (src, Apertium's MT of src). */
  async function direct(model: OnnxPostEditor, pair: string, srcs: string[]): Promise<string[]> {
    const res = await request(createApp({ postEditor: model }).app)
      .post('/v1/postedit')
      .send({ segments: srcs.map((src) => ({ src, mt: apertiumCli(pair, src) })) });
    assert.equal(res.status, 200);
    return (res.body.segments as { pe: string }[]).map((s) => s.pe);
  }

  it('the first model whose manifest languages are the pair post-edits; both pairs listed', async () => {
    const app = createApp({
      models: [{ postEditor: entmax }, { postEditor: pe }, { postEditor: enEs }],
      upstream: both,
    }).app;
    const es = ['el perro ve al gato', 'un vecino cansado escucha a un profesor', 'mi gato negro'];
    const lt = await request(app)
      .post('/libretranslate/translate')
      .send({ q: es, source: 'es', target: 'en' });
    assert.equal(lt.status, 200);
    const byEntmax = await direct(entmax, 'spa-eng', es);
    assert.deepEqual(lt.body.translatedText, byEntmax, 'es->en: entmax, the first es-en model');
    assert.notDeepEqual(await direct(pe, 'spa-eng', es), byEntmax, 'the two models differ here');

    const en = 'the dog sees the black cat';
    const apy = await request(app).get('/apy/translate').query({ q: en, langpair: 'en|es' });
    assert.equal(apy.status, 200);
    assert.deepEqual([apy.body.responseData.translatedText], await direct(enEs, 'eng-spa', [en]));

    assert.equal(
      (await request(app).get('/apy/listPairs')).text,
      pythonDumps('apy', {
        responseData: [
          { sourceLanguage: 'spa', targetLanguage: 'eng' },
          { sourceLanguage: 'eng', targetLanguage: 'spa' },
        ],
        responseDetails: null,
        responseStatus: 200,
      }),
    );
    assert.equal(
      (await request(app).get('/libretranslate/languages')).text,
      pythonDumps('flask', [
        { code: 'es', name: 'Spanish', targets: ['en'] },
        { code: 'en', name: 'English', targets: ['es'] },
      ]),
    );
  });

  it('an upstream pair that no model serves is neither listed nor accepted, and the log says so', async () => {
    const logged: { msg: string; fields: Record<string, unknown> | undefined }[] = [];
    const logger = {
      info: () => undefined,
      error: (msg: string, fields?: Record<string, unknown>) => logged.push({ msg, fields }),
    };
    const app = createApp({
      models: [{ postEditor: pe }, { postEditor: entmax }],
      upstream: both,
      logger,
    }).app;
    assert.equal(logged.length, 1);
    assert.equal(logged[0]?.msg, 'mt engine without a model: its pair is not offered');
    assert.equal(logged[0]?.fields?.source, 'eng');
    assert.equal(logged[0]?.fields?.target, 'spa');
    assert.equal(
      (await request(app).get('/apy/listPairs')).text,
      pythonDumps('apy', {
        responseData: [{ sourceLanguage: 'spa', targetLanguage: 'eng' }],
        responseDetails: null,
        responseStatus: 200,
      }),
    );
    assert.equal(
      (await request(app).get('/libretranslate/languages')).text,
      pythonDumps('flask', [
        { code: 'es', name: 'Spanish', targets: ['en'] },
        { code: 'en', name: 'English', targets: [] },
      ]),
    );
    const apy = await request(app)
      .get('/apy/translate')
      .query({ q: 'the cat', langpair: 'eng|spa' });
    assert.equal(apy.status, 400);
    assert.equal(
      apy.text,
      pythonDumps('apy', {
        status: 'error',
        code: 400,
        message: 'Bad Request',
        explanation: 'That pair is not installed',
      }),
    );
    const lt = await request(app)
      .post('/libretranslate/translate')
      .send({ q: 'the cat', source: 'en', target: 'es' });
    assert.equal(lt.status, 400);
    assert.equal(
      lt.text,
      pythonDumps('flask', {
        error: 'Spanish (es) is not available as a target language from English (en)',
      }),
    );
  });
});
