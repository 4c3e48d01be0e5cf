import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { ApyEngine } from '../../src/data/mt/apy.js';
import { MtError } from '../../src/data/mt/engine.js';
import { LibreTranslateEngine } from '../../src/data/mt/libretranslate.js';

/**
 * A stand-in for a remote MT service (the one double the project allows): it "translates" by
 * upper-casing, speaks APy's GET /translate and LibreTranslate's POST /translate, and
 * misbehaves on demand: the `q` text (or first q) chooses the fault.
 */
type Fault = 'ok' | 'http500' | 'slow' | 'badjson' | 'nofield' | 'short';
function faultOf(q: string): Fault {
  for (const f of ['http500', 'slow', 'badjson', 'nofield', 'short'] as const)
    if (q.startsWith(f)) return f;
  return 'ok';
}

let server: Server;
let base: string;
const seen: { apy: string[]; libre: unknown[] } = { apy: [], libre: [] };
let failuresBeforeSuccess = 0;

function answer(res: ServerResponse, fault: Fault, ok: unknown, short: unknown): void {
  if (fault === 'http500' || failuresBeforeSuccess > 0) {
    if (failuresBeforeSuccess > 0) failuresBeforeSuccess--;
    res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"engine crashed"}');
  } else if (fault === 'slow') {
    setTimeout(() => res.end(JSON.stringify(ok)), 2000).unref();
  } else if (fault === 'badjson') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('<html>oops</html>');
  } else if (fault === 'nofield') {
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end('{"responseStatus":400,"responseDetails":"bad pair"}');
  } else {
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify(fault === 'short' ? short : ok));
  }
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

before(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.method === 'GET' && url.pathname === '/translate') {
      const q = url.searchParams.get('q') ?? '';
      seen.apy.push(`${url.searchParams.get('langpair')}:${q}`);
      const ok = {
        responseData: { translatedText: q.toUpperCase() },
        responseStatus: 200,
        responseDetails: null,
      };
      answer(res, faultOf(q), ok, ok);
    } else if (req.method === 'POST' && url.pathname === '/translate') {
      void body(req).then((text) => {
        const payload = JSON.parse(text) as { q: string[]; source: string; target: string };
        seen.libre.push(payload);
        const up = payload.q.map((s) => s.toUpperCase());
        answer(
          res,
          faultOf(payload.q[0] ?? ''),
          { translatedText: up },
          { translatedText: up.slice(1) },
        );
      });
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

async function rejectsWith(p: Promise<unknown>, pattern: RegExp): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof MtError, `expected MtError, got ${String(e)}`);
    assert.match(e.message, pattern);
    return true;
  });
}

describe('ApyEngine', () => {
  it('sends one GET per line with langpair and q, in order, URL-encoded', async () => {
    const engine = new ApyEngine({ url: base, langpair: 'spa|eng', concurrency: 3 });
    const lines = ['hola', 'a&b=c #x', 'ñandú', '', 'fin'];
    assert.deepEqual(await engine.translate(lines), ['HOLA', 'A&B=C #X', 'ÑANDÚ', '', 'FIN']);
    assert.ok(seen.apy.includes('spa|eng:a&b=c #x'));
  });

  it('surfaces HTTP 500, timeouts, bad JSON and a missing field as MtError', async () => {
    const engine = new ApyEngine({ url: base, langpair: 'spa|eng', timeoutMs: 200 });
    await rejectsWith(
      engine.translate(['http500']),
      /^apy http:\/\/127\.0\.0\.1:\d+\/translate: HTTP 500 .*engine crashed/,
    );
    await rejectsWith(engine.translate(['slow']), /no answer within 200 ms/);
    await rejectsWith(engine.translate(['badjson']), /answer is not JSON: <html>/);
    await rejectsWith(
      engine.translate(['nofield']),
      /no string responseData.translatedText \(responseDetails: bad pair\)/,
    );
  });

  it('retries a 5xx answer when asked to', async () => {
    failuresBeforeSuccess = 1;
    const engine = new ApyEngine({ url: base, langpair: 'spa|eng', retries: 1 });
    assert.deepEqual(await engine.translate(['otra vez']), ['OTRA VEZ']);
  });

  it('reports a server that is not there', async () => {
    const gone = createServer();
    await new Promise<void>((r) => gone.listen(0, '127.0.0.1', r));
    const port = (gone.address() as AddressInfo).port;
    await new Promise((r) => gone.close(r));
    const engine = new ApyEngine({ url: `http://127.0.0.1:${port}`, langpair: 'spa|eng' });
    await rejectsWith(engine.translate(['x']), /request failed: .*ECONNREFUSED/);
  });
});

describe('LibreTranslateEngine', () => {
  it('posts batches of q with source, target and format text', async () => {
    seen.libre.length = 0;
    const engine = new LibreTranslateEngine({
      url: base,
      source: 'es',
      target: 'en',
      batchLines: 2,
    });
    assert.deepEqual(await engine.translate(['uno', 'dos', 'tres']), ['UNO', 'DOS', 'TRES']);
    assert.deepEqual(seen.libre, [
      { q: ['uno', 'dos'], source: 'es', target: 'en', format: 'text' },
      { q: ['tres'], source: 'es', target: 'en', format: 'text' },
    ]);
  });

  it('surfaces errors and a short answer as MtError', async () => {
    const engine = new LibreTranslateEngine({
      url: base,
      source: 'es',
      target: 'en',
      timeoutMs: 200,
    });
    await rejectsWith(engine.translate(['http500']), /HTTP 500/);
    await rejectsWith(engine.translate(['slow']), /no answer within 200 ms/);
    await rejectsWith(engine.translate(['badjson']), /not JSON/);
    await rejectsWith(engine.translate(['nofield']), /no string array translatedText/);
    await rejectsWith(engine.translate(['short', 'b']), /sent 2 lines but got 1 back/);
  });
});
