/**
 * Issue 18, item 6: a client that sends its request body slowly (slow-loris on the body) must
 * not hold a connection for Node's default 300 s. A real `ape serve --receive-timeout-ms 1500`
 * and raw sockets: a body that trickles in past the limit gets Node's 408 and a closed
 * connection, headers that never end are cut too, and the server still answers a normal
 * request afterwards. A body sent slowly but within the limit is answered as usual.
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, test } from 'node:test';
import { fixture } from '../../helpers/paths.js';
import { startServe, type ServeProcess } from '../../helpers/serve.js';
import { withDeadline } from '../../helpers/wait.js';

let serve: ServeProcess;
let port: number;

before(async () => {
  serve = await startServe([
    '--model',
    fixture('model-tiny-entmax'),
    '--receive-timeout-ms',
    '1500',
  ]);
  port = Number(new URL(serve.base).port);
});

after(() => {
  serve.child.kill('SIGKILL');
});

interface Exchange {
  /** Everything the server sent before it closed the connection. */
  reply: string;
  /** Milliseconds from the first byte sent to the close. */
  ms: number;
}

/**
 * Opens a socket, writes `head`, then `body` one byte every `gapMs` (stopping when the server
 * closes), and resolves with what came back once the server has closed the connection.
 */
function trickle(head: string, body: string, gapMs: number): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const t0 = performance.now();
    let reply = '';
    let timer: NodeJS.Timeout | undefined;
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => (reply += d));
    socket.on('error', () => {
      /* a write after the server's close: the close event follows */
    });
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ reply, ms: performance.now() - t0 });
    });
    socket.on('connect', () => {
      socket.write(head);
      let i = 0;
      timer = setInterval(() => {
        if (i >= body.length || socket.destroyed) {
          clearInterval(timer);
          return;
        }
        socket.write(body[i++] ?? '');
      }, gapMs);
    });
    socket.setTimeout(20_000, () => {
      socket.destroy();
      reject(new Error(`the server kept the connection open for 20 s; it sent: ${reply}`));
    });
  });
}

const BODY = JSON.stringify({ segments: [{ src: 'hola mundo', mt: 'hello world' }] });
const head = (length: number): string =>
  `POST /v1/postedit HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\nConnection: close\r\n\r\n`;

test('a body that trickles in past --receive-timeout-ms gets 408 and the connection closed', async () => {
  // about 60 bytes at one per 100 ms: some 6 s, four times the limit
  const { reply } = await withDeadline('slow body', trickle(head(BODY.length), BODY, 100), 25_000);
  assert.match(reply, /^HTTP\/1\.1 408 /, `the server answered: ${reply.slice(0, 200)}`);
});

test('headers that never end are cut as well', async () => {
  const { reply } = await withDeadline(
    'slow headers',
    trickle('POST /v1/postedit HTTP/1.1\r\nHost: x\r\n', 'X-Slow: ' + 'a'.repeat(200), 100),
    25_000,
  );
  assert.match(reply, /^HTTP\/1\.1 408 /, `the server answered: ${reply.slice(0, 200)}`);
});

test('a body sent slowly but within the limit is answered, and the server goes on serving', async () => {
  // the whole body in about 0.5 s, well inside 1.5 s
  const gap = Math.max(1, Math.floor(500 / BODY.length));
  const { reply } = await withDeadline('body', trickle(head(BODY.length), BODY, gap), 25_000);
  assert.match(reply, /^HTTP\/1\.1 200 /, `the server answered: ${reply.slice(0, 300)}`);
  const res = await fetch(`${serve.base}/v1/postedit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: BODY,
  });
  assert.equal(res.status, 200);
});
