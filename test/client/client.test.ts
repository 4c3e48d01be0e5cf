/**
 * The typed client: against the real app on the fixture model (results must equal what
 * /v1/postedit answers through supertest), and against stand-in servers for faults that the
 * real server does not produce on demand (a 503 that clears, a refused connection).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { ApeClient, ApeClientError } from '../../src/client/index.js';
import { OnnxPostEditor } from '../../src/model/post-editor.js';
import { createApp } from '../../src/server/app.js';
import { fixture } from '../helpers/paths.js';
import { loadPostEditor } from '../helpers/fixture-model.js';

async function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
const close = (s: Server) => new Promise((r) => s.close(r));

const SEGMENTS = [
  { src: 'el gato grande', mt: 'the big cat' },
  { src: 'mi perro ve al niño', mt: 'my dog see the child' },
  { src: 'el médico cansado', mt: 'the tired doctor' },
  { src: 'su caballo', mt: 'their horse' },
  { src: 'el vecino feliz', mt: 'the happy neighbour' },
];

describe('ApeClient on the real server', () => {
  let pe: OnnxPostEditor;
  let server: Server;
  let url: string;
  before(async () => {
    pe = await loadPostEditor();
    ({ server, url } = await listen(
      createApp({ postEditor: pe, config: { apiKeys: ['k1'] } }).app,
    ));
  });
  after(async () => {
    await close(server);
    await pe.close();
  });

  it('postEdit splits requests and keeps order; results equal /v1/postedit', async () => {
    const direct = await request(createApp({ postEditor: pe }).app)
      .post('/v1/postedit')
      .send({ segments: SEGMENTS });
    const client = new ApeClient({ baseUrl: url, apiKey: 'k1', maxSegmentsPerRequest: 2 });
    const got = await client.postEdit(SEGMENTS);
    assert.deepEqual(
      got.map((r) => r.pe),
      direct.body.segments.map((s: { pe: string }) => s.pe),
    );
  });

  it('postEditFiles streams two aligned files; a short file is an error naming the line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ape-client-'));
    writeFileSync(join(dir, 'src'), SEGMENTS.map((s) => s.src).join('\n') + '\n');
    writeFileSync(join(dir, 'mt'), SEGMENTS.map((s) => s.mt).join('\n') + '\n');
    const client = new ApeClient({ baseUrl: url, apiKey: 'k1' });
    const out: string[] = [];
    for await (const r of client.postEditFiles(join(dir, 'src'), join(dir, 'mt'), { batchSize: 2 }))
      out.push(r.pe);
    assert.deepEqual(
      out,
      (await client.postEdit(SEGMENTS)).map((r) => r.pe),
    );
    writeFileSync(
      join(dir, 'mt'),
      SEGMENTS.slice(0, 3)
        .map((s) => s.mt)
        .join('\n') + '\n',
    );
    await assert.rejects(async () => {
      for await (const r of client.postEditFiles(join(dir, 'src'), join(dir, 'mt'))) void r;
    }, /mt:4: ends here, but the other file goes on/);
  });

  it('a 401 fails at once with the problem detail', async () => {
    const client = new ApeClient({ baseUrl: url, apiKey: 'wrong' });
    await assert.rejects(
      client.postEdit(SEGMENTS.slice(0, 1)),
      (e: unknown) =>
        e instanceof ApeClientError &&
        e.status === 401 &&
        /the API key is not valid/.test(e.message),
    );
  });
});

describe('ApeClient on a server with two models', () => {
  let softmax: OnnxPostEditor;
  let entmax: OnnxPostEditor;
  let server: Server;
  let url: string;
  let app: ReturnType<typeof createApp>['app'];
  before(async () => {
    softmax = await loadPostEditor();
    entmax = await OnnxPostEditor.load(fixture('model-tiny-entmax'), {
      workers: 1,
      intraOpThreads: 1,
    });
    app = createApp({ models: [{ postEditor: softmax }, { postEditor: entmax }] }).app;
    ({ server, url } = await listen(app));
  });
  after(async () => {
    await close(server);
    await softmax.close();
    await entmax.close();
  });

  it('model picks a served model, keepMtMargin reaches it; results equal /v1/postedit', async () => {
    const client = new ApeClient({ baseUrl: url });
    for (const [model, keepMtMargin] of [
      ['model-tiny-entmax', 0.5],
      ['model-tiny-softmax', null],
      [undefined, 2],
    ] as const) {
      const direct = await request(app)
        .post('/v1/postedit')
        .send({
          ...(model === undefined ? {} : { model }),
          segments: SEGMENTS,
          options: { keepMtMargin },
        });
      assert.equal(direct.status, 200);
      const got = await client.postEdit(SEGMENTS, {
        ...(model === undefined ? {} : { model }),
        keepMtMargin,
      });
      assert.deepEqual(got, direct.body.segments, `${model} ${keepMtMargin}`);
    }
    // the two models answer differently, so a client that dropped `model` would fail above
    const [a, b] = await Promise.all(
      ['model-tiny-entmax', 'model-tiny-softmax'].map((model) =>
        client.postEdit(SEGMENTS, { model }),
      ),
    );
    assert.notDeepEqual(
      a?.map((r) => r.pe),
      b?.map((r) => r.pe),
    );
  });

  it('an unknown model is an ApeClientError naming the field; health answers', async () => {
    const client = new ApeClient({ baseUrl: url });
    await assert.rejects(
      client.postEdit(SEGMENTS.slice(0, 1), { model: 'nope' }),
      (e: unknown) =>
        e instanceof ApeClientError &&
        e.status === 400 &&
        e.problem?.field === 'model' &&
        /known models: model-tiny-softmax, model-tiny-entmax/.test(e.message),
    );
    assert.deepEqual(await client.health(), (await request(app).get('/healthz')).body);
  });

  it('languages reaches the server: a pair it serves answers, another is an error on the field', async () => {
    const client = new ApeClient({ baseUrl: url });
    const languages = { src: 'spa', tgt: 'en' };
    const got = await client.postEdit(SEGMENTS, { model: 'model-tiny-entmax', languages });
    const direct = await request(app)
      .post('/v1/postedit')
      .send({ model: 'model-tiny-entmax', segments: SEGMENTS });
    assert.deepEqual(got, direct.body.segments);
    await assert.rejects(
      client.postEdit(SEGMENTS.slice(0, 1), { languages: { src: 'en', tgt: 'es' } }),
      (e: unknown) =>
        e instanceof ApeClientError &&
        e.status === 400 &&
        e.problem?.field === 'languages' &&
        /no model on this server post-edits en -> es/.test(e.message),
    );
  });
});

describe('ApeClient retries', () => {
  it('503 with Retry-After is retried until it clears', async () => {
    let calls = 0;
    const { server, url } = await listen((_req, res) => {
      calls++;
      if (calls <= 2)
        return void res
          .writeHead(503, { 'retry-after': '0', 'content-type': 'application/problem+json' })
          .end('{"title":"Service Unavailable","detail":"busy"}');
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end('{"model":"m","segments":[{"pe":"ok","changed":true,"score":-1}]}');
    });
    try {
      const got = await new ApeClient({ baseUrl: url, backoffMs: 1 }).postEdit([
        { src: 'a', mt: 'b' },
      ]);
      assert.deepEqual([calls, got[0]?.pe], [3, 'ok']);
    } finally {
      await close(server);
    }
  });

  it('503 past the retries is an error; a refused connection is retried, then reported', async () => {
    let calls = 0;
    const { server, url } = await listen((_req, res) => {
      calls++;
      res
        .writeHead(503, { 'content-type': 'application/problem+json' })
        .end('{"title":"Service Unavailable","detail":"busy"}');
    });
    await assert.rejects(
      new ApeClient({ baseUrl: url, retries: 2, backoffMs: 1 }).postEdit([{ src: 'a', mt: 'b' }]),
      (e: unknown) => e instanceof ApeClientError && e.status === 503 && /busy/.test(e.message),
    );
    assert.equal(calls, 3);
    await close(server);
    const started = Date.now();
    await assert.rejects(
      new ApeClient({ baseUrl: url, retries: 3, backoffMs: 20 }).postEdit([{ src: 'a', mt: 'b' }]),
      /cannot connect/,
    );
    assert.ok(Date.now() - started >= 20 + 40 + 80, 'backs off 20, 40, 80 ms');
  });
});

describe('package export', () => {
  it("'ape/client' resolves to the compiled client", () => {
    assert.match(import.meta.resolve('ape/client'), /\/dist\/src\/client\/index\.js$/);
  });
});
