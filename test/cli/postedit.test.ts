import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { apeBin } from '../helpers/paths.js';
import { waitUntil, withDeadline } from '../helpers/wait.js';
import { expectations, MODEL, type Expected } from '../server/fixture-app.js';

// These tests run the real `ape` command (dist/: `npm run -s build` first).
const tmp = mkdtempSync(join(tmpdir(), 'ape-postedit-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
let want: Expected[];
before(async () => {
  want = (await expectations()).filter((e) => e.beam === 4);
  writeFileSync(join(tmp, 'src.txt'), want.map((e) => e.c.src + '\n').join(''));
  writeFileSync(join(tmp, 'mt.txt'), want.map((e) => e.c.mt + '\n').join(''));
  writeFileSync(
    join(tmp, 'in.tsv'),
    'src\tmt\tpe\n' + want.map((e) => `${e.c.src}\t${e.c.mt}\tignored\n`).join(''),
  );
  writeFileSync(
    join(tmp, 'in.jsonl'),
    want.map((e) => JSON.stringify({ src: e.c.src, mt: e.c.mt }) + '\n').join(''),
  );
});

function ape(...args: string[]) {
  return spawnSync(process.execPath, [apeBin, 'postedit', ...args], { encoding: 'utf8' });
}

test("--src/--mt: one pe per line, the reference decoder's beam-4 output, progress on stderr only", () => {
  const r = ape(
    '--model',
    MODEL,
    '--src',
    join(tmp, 'src.txt'),
    '--mt',
    join(tmp, 'mt.txt'),
    '--beam',
    '4',
    '--batch-size',
    '7',
  );
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(
    r.stdout.split('\n').slice(0, -1),
    want.map((e) => e.pe),
  );
  assert.match(r.stderr, new RegExp(`${want.length}/${want.length} segments`));
});

test('TSV and JSONL input and --out give the same lines', () => {
  for (const [file, format] of [
    ['in.tsv', 'tsv'],
    ['in.jsonl', 'jsonl'],
  ]) {
    const out = join(tmp, `out-${format}.txt`);
    const r = ape(
      '--model',
      MODEL,
      '--input',
      join(tmp, file ?? ''),
      '--format',
      format ?? '',
      '--out',
      out,
      '--beam',
      '4',
    );
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.deepEqual(
      readFileSync(out, 'utf8').split('\n').slice(0, -1),
      want.map((e) => e.pe),
    );
  }
});

test('bad input exits 2 naming file:line; a missing model exits 3', () => {
  writeFileSync(join(tmp, 'short.txt'), 'the cat\n');
  let r = ape('--model', MODEL, '--src', join(tmp, 'src.txt'), '--mt', join(tmp, 'short.txt'));
  assert.equal(r.status, 2);
  assert.match(r.stderr, /short\.txt:2: file ends here/);
  writeFileSync(
    join(tmp, 'long.jsonl'),
    JSON.stringify({ src: 'a', mt: 'b' }) +
      '\n' +
      JSON.stringify({ src: 'a', mt: 'cat '.repeat(200) }) +
      '\n',
  );
  r = ape('--model', MODEL, '--input', join(tmp, 'long.jsonl'), '--format', 'jsonl');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /long\.jsonl:2 \(mt\): mt has \d+ tokens, more than this model's limit/);
  r = ape('--model', MODEL, '--input', join(tmp, 'in.tsv'));
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--format tsv\|jsonl/);
  r = ape(
    '--model',
    join(tmp, 'no-model'),
    '--src',
    join(tmp, 'src.txt'),
    '--mt',
    join(tmp, 'mt.txt'),
  );
  assert.equal(r.status, 3);
  assert.match(r.stderr, /no-model does not exist/);
});

test('Ctrl-C leaves whole lines only, and --resume finishes the job', async () => {
  const copies = 60;
  const src = join(tmp, 'big.src');
  const mt = join(tmp, 'big.mt');
  writeFileSync(
    src,
    Array.from({ length: copies }, () => want.map((e) => e.c.src + '\n').join('')).join(''),
  );
  writeFileSync(
    mt,
    Array.from({ length: copies }, () => want.map((e) => e.c.mt + '\n').join('')).join(''),
  );
  const all = Array.from({ length: copies }, () => want.map((e) => e.pe)).flat();
  const out = join(tmp, 'big.out');
  const child = spawn(
    process.execPath,
    [
      apeBin,
      'postedit',
      '--model',
      MODEL,
      '--src',
      src,
      '--mt',
      mt,
      '--out',
      out,
      '--beam',
      '4',
      '--batch-size',
      '8',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await waitUntil(
    'ape postedit to write its first batch to --out',
    () => existsSync(out) && readFileSync(out, 'utf8').length > 0,
    { timeoutMs: 120_000 },
  ).catch((err: unknown) => {
    child.kill('SIGKILL');
    throw err;
  });
  child.kill('SIGINT');
  assert.equal(
    await withDeadline('ape postedit to exit after SIGINT', exited, 120_000, () =>
      child.kill('SIGKILL'),
    ),
    130,
  );
  const partial = readFileSync(out, 'utf8');
  assert.ok(partial.endsWith('\n'), 'the file ends with a whole line');
  const lines = partial.split('\n').slice(0, -1);
  assert.ok(
    lines.length > 0 && lines.length < all.length,
    `${lines.length} lines written before the interrupt`,
  );
  assert.deepEqual(lines, all.slice(0, lines.length));
  const r = ape(
    '--model',
    MODEL,
    '--src',
    src,
    '--mt',
    mt,
    '--out',
    out,
    '--beam',
    '4',
    '--resume',
  );
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(readFileSync(out, 'utf8').split('\n').slice(0, -1), all);
});
