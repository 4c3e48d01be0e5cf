import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { apeBin, fixture } from '../helpers/paths.js';
import { metric } from '../helpers/metrics.js';
import { startServe, type ServeProcess } from '../helpers/serve.js';
import { withDeadline } from '../helpers/wait.js';

/**
 * The keep-or-edit gate's switch through the commands, on test/fixtures/model-tiny-gate
 * (format version 6; training/scripts/make_gate_fixture.py): `ape postedit --model DIR
 * [--no-gate]`, `ape serve --model DIR [--no-gate]` and `ape postedit --server URL [--no-gate]` (GET /v1/models, /v1/postedit with and
 * without options.gate, /metrics). The oracle for which lines the gate keeps is the fixture's
 * reference.json (PyTorch's gate on PyTorch's encoder memory); a kept line must be its mt,
 * verbatim, and every other line what decoding without the gate gives. These tests run the
 * real `ape` command (dist/: build first).
 */
const MODEL = fixture('model-tiny-gate');

interface Case {
  src: string;
  mt: string;
  gate: { skipped: boolean };
}

const tmp = mkdtempSync(join(tmpdir(), 'ape-gate-flags-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const cases = (JSON.parse(readFileSync(join(MODEL, 'reference.json'), 'utf8')) as { cases: Case[] })
  .cases;

before(() => {
  writeFileSync(join(tmp, 'src.txt'), cases.map((c) => c.src + '\n').join(''));
  writeFileSync(join(tmp, 'mt.txt'), cases.map((c) => c.mt + '\n').join(''));
});

function ape(...args: string[]) {
  return spawnSync(process.execPath, [apeBin, ...args], { encoding: 'utf8', timeout: 120_000 });
}

test('ape postedit --model DIR: with the gate, the lines it keeps are the mt; --no-gate differs only there', () => {
  const files = ['--src', join(tmp, 'src.txt'), '--mt', join(tmp, 'mt.txt'), '--threads', '1'];
  const on = ape('postedit', '--model', MODEL, ...files);
  assert.equal(on.status, 0, on.stderr);
  const off = ape('postedit', '--model', MODEL, ...files, '--no-gate');
  assert.equal(off.status, 0, off.stderr);
  const gated = on.stdout.split('\n').slice(0, -1);
  const decoded = off.stdout.split('\n').slice(0, -1);
  assert.equal(gated.length, cases.length);
  assert.equal(decoded.length, cases.length);
  cases.forEach((c, i) =>
    assert.equal(gated[i], c.gate.skipped ? c.mt : decoded[i], `line ${i + 1}: ${c.mt}`),
  );
  // not vacuous: without the gate the model changes some line the gate keeps
  assert.ok(cases.some((c, i) => c.gate.skipped && decoded[i] !== c.mt));
});

test('the help texts of ape postedit and ape serve name --no-gate', () => {
  for (const command of ['postedit', 'serve']) {
    const r = ape(command, '--help');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /--no-gate/, command);
    assert.match(r.stdout, /"Keep-or-edit gate"/, command);
  }
});

async function send(base: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${base}${path}`, {
    ...(body === undefined
      ? {}
      : {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
    signal: AbortSignal.timeout(60_000),
  });
  assert.equal(res.status, 200);
  return path === '/metrics' ? res.text() : res.json();
}

async function stop(server: ServeProcess): Promise<void> {
  const exited = once(server.child, 'exit');
  server.child.kill('SIGTERM');
  const [code] = (await withDeadline('ape serve to exit after SIGTERM', exited, 60_000, () =>
    server.child.kill('SIGKILL'),
  )) as [number | null];
  assert.equal(code, 0, server.log);
}

interface Answer {
  pe: string;
  score: number | null;
  kept?: string;
}

for (const gate of [true, false]) {
  test(`ape serve --model DIR${gate ? '' : ' --no-gate'}: /v1/models says gate ${gate}; /v1/postedit keeps ${gate ? 'the gated segments' : 'nothing'} (options.gate false: nothing)`, async () => {
    const server = await startServe([
      '--model',
      MODEL,
      '--threads',
      '1',
      ...(gate ? [] : ['--no-gate']),
    ]);
    try {
      const { models } = (await send(server.base, '/v1/models')) as {
        models: { name: string; gate: boolean }[];
      };
      assert.deepEqual(
        models.map((m) => [m.name, m.gate]),
        [['model-tiny-gate', gate]],
      );
      const segments = cases.map((c) => ({ src: c.src, mt: c.mt }));
      const answer = (await send(server.base, '/v1/postedit', { segments })) as {
        segments: Answer[];
      };
      const forced = (await send(server.base, '/v1/postedit', {
        segments,
        options: { gate: false },
      })) as { segments: Answer[] };
      cases.forEach((c, i) => {
        const a = answer.segments[i];
        const d = forced.segments[i];
        assert.equal(d?.kept, undefined, c.mt);
        assert.equal(typeof d?.score, 'number', c.mt);
        if (gate && c.gate.skipped) {
          assert.deepEqual(a, { pe: c.mt, changed: false, score: null, kept: 'gate' }, c.mt);
        } else {
          assert.equal(a?.pe, d?.pe, c.mt);
          assert.equal(a?.kept, undefined, c.mt);
        }
      });
      const skipped = cases.filter((c) => c.gate.skipped).length;
      const text = (await send(server.base, '/metrics')) as string;
      assert.equal(
        metric(text, 'ape_gate_skipped_segments_total', { model: 'model-tiny-gate' }),
        gate ? skipped : 0,
      );
      if (gate) {
        // ape postedit --server: the server's gate by default; --no-gate sends options.gate false
        const files = ['--src', join(tmp, 'src.txt'), '--mt', join(tmp, 'mt.txt')];
        const on = ape('postedit', '--server', server.base, ...files);
        assert.equal(on.status, 0, on.stderr);
        const off = ape('postedit', '--server', server.base, ...files, '--no-gate');
        assert.equal(off.status, 0, off.stderr);
        assert.deepEqual(
          on.stdout.split('\n').slice(0, -1),
          answer.segments.map((a) => a.pe),
        );
        assert.deepEqual(
          off.stdout.split('\n').slice(0, -1),
          forced.segments.map((d) => d.pe),
        );
      }
    } finally {
      await stop(server);
    }
  });
}
