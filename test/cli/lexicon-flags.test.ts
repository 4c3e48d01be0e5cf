import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ApeTokenizer } from '../../src/model/tokenizer.js';
import { apeBin, fixture } from '../helpers/paths.js';
import { startServe, type ServeProcess } from '../helpers/serve.js';
import { withDeadline } from '../helpers/wait.js';
import { defaultRun, loadReference, type RefRun } from '../model/reference.js';

/**
 * The target lexicon's switch through the commands: `ape postedit --model DIR [--no-lexicon]`
 * and `ape serve --model DIR [--no-lexicon]` (GET /v1/models, /v1/explain, /v1/postedit) on
 * test/fixtures/model-tiny-lexicon (model-tiny-softmax plus a lexicon). The oracles are the
 * Python reference decoder's ids: with the lexicon, the fixture's reference.json
 * (ape.decode.Lexical, training/scripts/make_lexicon_fixture.py); without it,
 * model-tiny-softmax's reference.json (the same weights, unconstrained). These tests run the
 * real `ape` command (dist/: build first).
 */
const LEXICON_MODEL = fixture('model-tiny-lexicon');
const BEAM = 4;

interface Case {
  src: string;
  mt: string;
  /** The reference's best ids at beam 4 with the lexicon, and without it. */
  on: number[];
  off: number[];
  /** Those ids detokenized against the mt (identical ids give the mt verbatim). */
  peOn: string;
  peOff: string;
}

const tmp = mkdtempSync(join(tmpdir(), 'ape-lexicon-flags-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
let cases: Case[];

before(async () => {
  const lexiconRef = JSON.parse(readFileSync(join(LEXICON_MODEL, 'reference.json'), 'utf8')) as {
    cases: { src: string; mt: string; runs: RefRun[] }[];
  };
  const full = loadReference('model-tiny-softmax').cases;
  // the detokenizer has its own tests against the Python tokenizer (test/model/detokenize.test.ts)
  const tok = await ApeTokenizer.fromFile(join(LEXICON_MODEL, 'tokenizer.json'));
  cases = lexiconRef.cases.map((c) => {
    const f = full.find((x) => x.src === c.src && x.mt === c.mt);
    const on = c.runs.find(
      (r) =>
        r.options.beam === BEAM &&
        r.options.minLength === 1 &&
        r.options.maxLengthRatio === 1.5 &&
        r.options.maxLengthOffset === 10 &&
        r.options.lengthPenalty === 'avg',
    )?.hypotheses[0]?.ids;
    const off = f === undefined ? undefined : defaultRun(f, BEAM)?.hypotheses[0]?.ids;
    if (on === undefined || off === undefined)
      throw new Error(`no beam-${BEAM} reference run for ${c.mt}`);
    const mtIds = tok.encode(c.mt);
    const units = tok.units(c.mt);
    const text = (ids: number[]) =>
      ids.length === mtIds.length && ids.every((x, i) => x === mtIds[i])
        ? c.mt
        : tok.detokenize(ids, c.mt, units);
    return { src: c.src, mt: c.mt, on, off, peOn: text(on), peOff: text(off) };
  });
  // not vacuous: the lexicon changes most outputs, as text too
  assert.ok(cases.length >= 10);
  assert.ok(cases.filter((c) => c.peOn !== c.peOff).length >= 5);
  writeFileSync(join(tmp, 'src.txt'), cases.map((c) => c.src + '\n').join(''));
  writeFileSync(join(tmp, 'mt.txt'), cases.map((c) => c.mt + '\n').join(''));
});

function ape(...args: string[]) {
  return spawnSync(process.execPath, [apeBin, ...args], { encoding: 'utf8', timeout: 120_000 });
}

test('ape postedit --model DIR: the lexicon reference outputs; with --no-lexicon the unconstrained ones', () => {
  const files = ['--src', join(tmp, 'src.txt'), '--mt', join(tmp, 'mt.txt')];
  const common = ['postedit', '--model', LEXICON_MODEL, ...files, '--beam', String(BEAM)];
  const on = ape(...common, '--threads', '1');
  assert.equal(on.status, 0, on.stderr);
  assert.deepEqual(
    on.stdout.split('\n').slice(0, -1),
    cases.map((c) => c.peOn),
  );
  const off = ape(...common, '--threads', '1', '--no-lexicon');
  assert.equal(off.status, 0, off.stderr);
  assert.deepEqual(
    off.stdout.split('\n').slice(0, -1),
    cases.map((c) => c.peOff),
  );
});

test('ape postedit --server URL --no-lexicon is a usage error (exit 2) pointing at ape serve', () => {
  const r = ape(
    'postedit',
    '--server',
    'http://127.0.0.1:9',
    '--src',
    join(tmp, 'src.txt'),
    '--mt',
    join(tmp, 'mt.txt'),
    '--no-lexicon',
  );
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /--no-lexicon goes with --model DIR .*ape serve --no-lexicon/);
});

test('the help texts of ape postedit and ape serve name --no-lexicon', () => {
  for (const command of ['postedit', 'serve']) {
    const r = ape(command, '--help');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /--no-lexicon/, command);
    assert.match(r.stdout, /"Target\s+lexicon"/, command);
  }
});

async function post(base: string, path: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  const json = (await res.json()) as Record<string, unknown>;
  assert.equal(res.status, 200, JSON.stringify(json));
  return json;
}

async function stop(server: ServeProcess): Promise<void> {
  const exited = once(server.child, 'exit');
  server.child.kill('SIGTERM');
  const [code] = (await withDeadline('ape serve to exit after SIGTERM', exited, 60_000, () =>
    server.child.kill('SIGKILL'),
  )) as [number | null];
  assert.equal(code, 0, server.log);
}

for (const lexicon of [true, false]) {
  const flag = lexicon ? [] : ['--no-lexicon'];
  test(`ape serve --model DIR${lexicon ? '' : ' --no-lexicon'}: /v1/models says lexicon ${lexicon}; /v1/explain decodes the reference ids and equals /v1/postedit`, async () => {
    const server = await startServe(['--model', LEXICON_MODEL, '--threads', '1', ...flag]);
    try {
      const res = await fetch(`${server.base}/v1/models`, { signal: AbortSignal.timeout(60_000) });
      assert.equal(res.status, 200);
      const { models } = (await res.json()) as {
        models: { name: string; lexicon: boolean; shortlist: boolean }[];
      };
      assert.deepEqual(
        models.map((m) => [m.name, m.lexicon, m.shortlist]),
        [['model-tiny-lexicon', lexicon, false]],
      );
      const { segments } = (await post(server.base, '/v1/postedit', {
        segments: cases.map((c) => ({ src: c.src, mt: c.mt })),
        options: { beam: BEAM },
      })) as { segments: { pe: string; score: number }[] };
      assert.deepEqual(
        segments.map((s) => s.pe),
        cases.map((c) => (lexicon ? c.peOn : c.peOff)),
      );
      for (const [i, c] of cases.entries()) {
        const explained = (await post(server.base, '/v1/explain', {
          src: c.src,
          mt: c.mt,
          options: { beam: BEAM },
        })) as { pe: string; score: number; output: { id: number }[] };
        assert.deepEqual(
          explained.output.map((s) => s.id),
          lexicon ? c.on : c.off,
          c.mt,
        );
        assert.equal(explained.pe, segments[i]?.pe, c.mt);
        assert.ok(Math.abs(explained.score - (segments[i]?.score ?? NaN)) < 1e-6, c.mt);
      }
    } finally {
      await stop(server);
    }
  });
}
