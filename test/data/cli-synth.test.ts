import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { apeBin } from '../helpers/paths.js';

// These run the built `ape` (npm run build first), as a user would.
let dir: string;
let heldout: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ape-cli-synth-'));
  heldout = join(dir, 'heldout.txt');
  await writeFile(heldout, '# test list\nsecretpkg\n');
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

function ape(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [apeBin, ...args], { encoding: 'utf8' });
}

const rows = [
  {
    group: 'a',
    es: 'No se puede abrir el fichero solicitado',
    en: 'Cannot open the requested file',
  },
  {
    group: 'a',
    es: 'El fichero ya existe en esta carpeta',
    en: 'The file already exists in this folder',
  },
  {
    group: 'b',
    es: 'La impresora no tiene papel ahora mismo',
    en: 'The printer is out of paper right now',
  },
  {
    group: 'secretpkg',
    es: 'Esta frase nunca debe usarse',
    en: 'This sentence must never be used',
  },
  { group: 'c', es: 'Guardar el mensaje como borrador', en: 'Save the message as a draft' },
];

describe('ape synth (command line)', () => {
  it('makes splits, a manifest with counts and held-out skips, and writes nothing to stdout', async () => {
    const input = join(dir, 'parallel.jsonl');
    await writeFile(input, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const out = join(dir, 'out');
    const args = ['synth', 'escape', '--parallel', input, '--src-lang', 'es', '--tgt-lang', 'en'];
    args.push(
      '--engine',
      'apertium:spa-eng',
      '--heldout',
      heldout,
      '--splits',
      'test=1,train=all',
      '--ter-max',
      '1000',
      '--out',
      out,
    );
    const r = ape(...args);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /synth: read 5, held out 1, kept 4/);
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as {
      counts: Record<string, number>;
      splits: Record<string, { count: number; files: Record<string, string> }>;
      engine: { version: string };
    };
    assert.equal(manifest.counts.heldout, 1);
    assert.equal((manifest.splits.test?.count ?? 0) + (manifest.splits.train?.count ?? 0), 4);
    assert.match(manifest.engine.version, /apertium-eng-spa/);
    assert.match(manifest.splits.train?.files['train.mt'] ?? '', /^[0-9a-f]{64}$/);
    // A second run resumes from the finished state and gives the same files.
    const before = await readFile(join(out, 'train.mt'), 'utf8');
    const again = ape(...args);
    assert.equal(again.status, 0, again.stderr);
    assert.equal(await readFile(join(out, 'train.mt'), 'utf8'), before);
  });

  it('reports bad input with file and line, and exits 2', async () => {
    const input = join(dir, 'bad.jsonl');
    await writeFile(input, JSON.stringify(rows[0]) + '\n{"group": "a", "es": \n');
    const r = ape(
      'synth',
      'escape',
      '--parallel',
      input,
      '--src-lang',
      'es',
      '--tgt-lang',
      'en',
      '--engine',
      'apertium:spa-eng',
      '--heldout',
      heldout,
      '--out',
      join(dir, 'bad'),
    );
    assert.equal(r.status, 2);
    assert.match(
      r.stderr,
      new RegExp(`${input.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: invalid JSON`),
    );
    const missing = join(dir, 'missing.jsonl');
    await writeFile(missing, JSON.stringify({ group: 'a', es: 'hola' }) + '\n');
    const m = ape(
      'synth',
      'escape',
      '--parallel',
      missing,
      '--src-lang',
      'es',
      '--tgt-lang',
      'en',
      '--engine',
      'apertium:spa-eng',
      '--heldout',
      heldout,
      '--out',
      join(dir, 'missing'),
    );
    assert.equal(m.status, 2);
    assert.match(m.stderr, /missing\.jsonl:1 \(en\): missing key/);
  });

  it('rejects bad usage with exit 2', () => {
    assert.equal(ape('synth').status, 2);
    const pair = ape(
      'synth',
      'escape',
      '--parallel',
      'x.jsonl',
      '--src-lang',
      'es',
      '--tgt-lang',
      'en',
      '--engine',
      'apertium:xxx-yyy',
      '--heldout',
      heldout,
      '--out',
      join(dir, 'x'),
    );
    assert.equal(pair.status, 2);
    assert.match(pair.stderr, /no pair 'xxx-yyy'/);
    const engine = ape(
      'synth',
      'escape',
      '--engine',
      'deepl:x',
      '--heldout',
      heldout,
      '--out',
      join(dir, 'x'),
    );
    assert.equal(engine.status, 2);
    assert.match(engine.stderr, /unknown engine 'deepl'/);
    assert.equal(ape('harvest', '--debs', dir).status, 2);
  });
});
