import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { test } from 'node:test';
import { apeBin, fixture } from '../helpers/paths.js';
import { startServe } from '../helpers/serve.js';

const SOFTMAX = fixture('model-tiny-softmax');
const ENTMAX = fixture('model-tiny-entmax');

function serve(...args: string[]) {
  return spawnSync(process.execPath, [apeBin, 'serve', ...args, '--port', '0'], {
    encoding: 'utf8',
    timeout: 60_000,
  });
}

test('two --model flags that would serve the same name: usage error 2 naming both dirs and NAME=DIR', () => {
  const same = serve('--model', SOFTMAX, '--model', ENTMAX, '--model', SOFTMAX);
  assert.equal(same.status, 2, same.stderr);
  assert.ok(same.stderr.includes(`--model ${SOFTMAX} and --model ${SOFTMAX}`), same.stderr);
  assert.match(same.stderr, /'model-tiny-softmax'/);
  assert.match(same.stderr, /--model NAME=DIR, e\.g\. --model model-tiny-softmax-2=/);

  // a rename that lands on another model's manifest name clashes too
  const renamed = serve('--model', ENTMAX, '--model', `model-tiny-entmax=${SOFTMAX}`);
  assert.equal(renamed.status, 2, renamed.stderr);
  assert.ok(renamed.stderr.includes(`--model ${ENTMAX} and --model ${SOFTMAX}`), renamed.stderr);
});

test('--model NAME=DIR with a bad NAME or no DIR is a usage error', () => {
  for (const spec of ['two words=models/x', 'ok=', '=models/x']) {
    const r = serve('--model', spec);
    assert.equal(r.status, 2, `${spec}: ${r.stderr}`);
    assert.ok(r.stderr.includes(`--model '${spec}'`), r.stderr);
  }
});

test('ape serve --model fast=DIR --model DIR2: both served, the first is the default, SIGTERM closes both', async () => {
  const server = await startServe(['--model', `fast=${SOFTMAX}`, '--model', ENTMAX]);
  const { child, base } = server;
  const models = (await (await fetch(`${base}/v1/models`)).json()) as {
    models: { name: string; default: boolean; manifestName?: string }[];
  };
  assert.deepEqual(
    models.models.map((m) => [m.name, m.default, m.manifestName]),
    [
      ['fast', true, 'model-tiny-softmax'],
      ['model-tiny-entmax', false, undefined],
    ],
  );
  for (const model of [undefined, 'model-tiny-entmax']) {
    const res = await fetch(`${base}/v1/postedit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model, segments: [{ src: 'el gato', mt: 'the cat' }] }),
    });
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { model: string }).model, model ?? 'fast');
  }
  child.kill('SIGTERM');
  const [code] = (await once(child, 'exit')) as [number | null];
  const log = server.log;
  assert.equal(code, 0, log);
  assert.equal(log.match(/"msg":"model loaded"/g)?.length, 2, log);
  assert.match(log, /"msg":"model loaded","model":"fast",.*"default":true/);
  assert.match(log, /"msg":"stopped"/);
});
