import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ApertiumEngine } from '../../../src/data/mt/apertium.js';
import { DEFAULT_FILTERS } from '../../../src/data/synth/filters.js';
import { CachedEngine } from '../../../src/data/synth/mt-cache.js';
import { type SynthConfig, synthesize } from '../../../src/data/synth/pipeline.js';
import {
  readMonolingual,
  readParallel,
  type SourceRecord,
} from '../../../src/data/synth/sources.js';
import { parseSplits } from '../../../src/data/synth/split.js';
import { TER } from '../../../src/eval/ter.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ape-synth-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The oracle for mt: `apertium -u PAIR` run by hand in a shell on each line alone. */
function apertium(line: string, pair: string): string {
  return execFileSync('sh', ['-c', `printf '%s\\n' "$1" | apertium -u ${pair}`, 'sh', line], {
    encoding: 'utf8',
  }).replace(/\n+$/, '');
}

const PAIRS: [string, string, string][] = [
  ['files', 'No se puede abrir el fichero solicitado', 'Cannot open the requested file'],
  ['files', 'El fichero ya existe en esta carpeta', 'The file already exists in this folder'],
  ['files', 'No se puede abrir el fichero solicitado', 'Cannot open the requested file'], // exact duplicate
  ['files', 'Borrar todos los ficheros de la carpeta', 'Delete all the files in the folder'],
  ['net', 'No hay conexión con el servidor remoto', 'There is no connection to the remote server'],
  ['net', 'La contraseña del usuario es incorrecta', 'The user password is wrong'],
  ['net', 'Abrir', 'Open'], // too short
  ['print', 'La impresora no tiene papel ahora mismo', 'The printer is out of paper right now'],
  ['print', 'Imprimir el documento en color', 'Print the document in colour'],
  ['secret', 'Esta frase nunca debe usarse', 'This sentence must never be used'], // held out
  ['mail', 'El mensaje se envió correctamente', 'The message was sent correctly'],
  ['mail', 'el mensaje se envió correctamente.', 'The message was sent correctly!'], // normalized duplicate
  ['mail', 'Guardar el mensaje como borrador', 'Save the message as a draft'],
];

async function parallelFile(): Promise<string> {
  const file = join(dir, 'parallel.jsonl');
  await writeFile(
    file,
    PAIRS.map(([group, es, en]) => JSON.stringify({ group, en, es })).join('\n') + '\n',
  );
  return file;
}

async function config(
  name: string,
  source: () => AsyncGenerator<SourceRecord>,
  over: Partial<SynthConfig> = {},
): Promise<SynthConfig> {
  const ter = new TER();
  const engine = await CachedEngine.open(
    await ApertiumEngine.create({ pair: 'spa-eng' }),
    join(dir, 'cache'),
  );
  return {
    recipe: 'escape',
    source,
    engine,
    filters: { ...DEFAULT_FILTERS, terMax: 1000 },
    ter: (hyp, ref) => ter.sentenceScore(hyp, [ref]).score,
    heldout: new Set(['secret']),
    normalize: { unicode: 'NFC', whitespace: 'collapse' },
    splits: parseSplits('test=2,dev=1,train=all'),
    seed: 3,
    outDir: join(dir, name),
    format: 'files',
    workDir: join(dir, name, '.work'),
    batchLines: 4,
    configKey: 'k',
    log: () => undefined,
    ...over,
  };
}

async function lines(file: string): Promise<string[]> {
  const text = await readFile(file, 'utf8');
  return text === '' ? [] : text.replace(/\n$/, '').split('\n');
}

describe('ape synth pipeline', () => {
  it('eSCAPE: mt is Apertium of src, pe the human reference; filters, held-out skips and leak-free splits', async () => {
    const file = await parallelFile();
    const restream = await ApertiumEngine.create({ pair: 'spa-eng', batchLines: Infinity });
    const cfg = await config('escape', () => readParallel(file, 'es', 'en'), { restream });
    const report = await synthesize(cfg);
    assert.deepEqual(report.counts, {
      read: 13,
      heldout: 1,
      'duplicate-exact': 1,
      'duplicate-normalized': 1,
      'too-short': 1,
      kept: 9,
    });
    const seen = new Map<string, string>();
    let total = 0;
    for (const split of ['test', 'dev', 'train']) {
      const [src, mt, pe] = await Promise.all(
        ['src', 'mt', 'pe'].map((f) => lines(join(cfg.outDir, `${split}.${f}`))),
      );
      assert.ok(src && mt && pe);
      assert.equal(mt.length, src.length);
      assert.equal(pe.length, src.length);
      total += src.length;
      // mt is what anyone gets from the committed src file (report.splits[].mtChanged counts
      // lines that differ from pass 1's batched output).
      const oracle = execFileSync(
        'sh',
        [
          '-c',
          `sed G "$1" | apertium -u spa-eng | awk 'NR % 2 == 1'`,
          'sh',
          join(cfg.outDir, `${split}.src`),
        ],
        { encoding: 'utf8' },
      );
      assert.deepEqual(mt, oracle === '' ? [] : oracle.replace(/\n$/, '').split('\n'));
      assert.equal(typeof report.splits[split]?.mtChanged, 'number');
      for (const [i, s] of src.entries()) {
        const pair = PAIRS.find(([, es]) => es === s);
        assert.ok(pair, `src '${s}' comes from the input`);
        assert.equal(pe[i], pair[2]);
        assert.notEqual(pair[0], 'secret');
        // Leakage check: a group's sentences never sit in two splits.
        const before = seen.get(pair[0]);
        assert.ok(
          before === undefined || before === split,
          `group ${pair[0]} is in ${before} and ${split}`,
        );
        seen.set(pair[0], split);
      }
      assert.deepEqual(
        report.splits[split]?.groups,
        [...new Set(src.map((s) => PAIRS.find(([, es]) => es === s)?.[0]))].sort(),
      );
    }
    assert.equal(total, 9);
    assert.ok((report.splits.test?.count ?? 0) <= 2 && (report.splits.dev?.count ?? 0) <= 1);
  });

  it('can take the group assignment of another set', async () => {
    const file = await parallelFile();
    const fixedGroups = new Map([
      ['mail', 'test'],
      ['print', 'dev'],
    ]);
    const report = await synthesize(
      await config('fixed', () => readParallel(file, 'es', 'en'), { fixedGroups }),
    );
    assert.deepEqual(report.splits.test?.groups, ['mail']);
    assert.deepEqual(report.splits.dev?.groups, ['print']);
    assert.deepEqual(report.splits.train?.groups, ['files', 'net']);
  });

  it('resumes after a crash and gives the same corpus as a run without one, without translating again', async () => {
    const file = await parallelFile();
    let crash = true;
    const crashing = async function* (): AsyncGenerator<SourceRecord> {
      let n = 0;
      for await (const r of readParallel(file, 'es', 'en')) {
        if (crash && n++ === 9) throw new Error('simulated crash');
        yield r;
      }
    };
    const cfg = await config('resume', crashing);
    await assert.rejects(synthesize(cfg), /simulated crash/);
    const state = JSON.parse(await readFile(join(cfg.workDir, 'state.json'), 'utf8')) as {
      consumed: number;
      done: boolean;
    };
    assert.deepEqual([state.consumed, state.done], [8, false]);
    crash = false;
    const again = await config('resume', crashing);
    await synthesize(again);
    const engine = again.engine as CachedEngine;
    assert.equal(engine.misses, 0, 'every line came from the MT cache');
    for (const f of ['train.src', 'train.mt', 'train.pe', 'test.src', 'dev.pe']) {
      assert.deepEqual(await lines(join(dir, 'resume', f)), await lines(join(dir, 'escape', f)));
    }
  });

  it('round trip: src is Apertium of the original, mt Apertium of src back, pe the original', async () => {
    const file = join(dir, 'mono.txt');
    const text = [
      'The printer is out of paper right now',
      'Save the message as a draft',
      '',
      'There is no connection to the remote server',
    ];
    await writeFile(file, text.join('\n') + '\n');
    const back = await CachedEngine.open(
      await ApertiumEngine.create({ pair: 'eng-spa' }),
      join(dir, 'cache'),
    );
    const cfg = await config('rt', () => readMonolingual(file), {
      recipe: 'roundtrip',
      backEngine: back,
      splits: parseSplits('test=1,train=all'),
    });
    const report = await synthesize(cfg);
    assert.equal(report.counts.kept, 3);
    assert.deepEqual(
      Object.values(report.splits)
        .map((s) => s.groups)
        .flat()
        .sort(),
      ['doc1', 'doc2'],
    );
    const src = [
      ...(await lines(join(cfg.outDir, 'test.src'))),
      ...(await lines(join(cfg.outDir, 'train.src'))),
    ];
    const mt = [
      ...(await lines(join(cfg.outDir, 'test.mt'))),
      ...(await lines(join(cfg.outDir, 'train.mt'))),
    ];
    const pe = [
      ...(await lines(join(cfg.outDir, 'test.pe'))),
      ...(await lines(join(cfg.outDir, 'train.pe'))),
    ];
    for (const [i, p] of pe.entries()) {
      assert.ok(text.includes(p));
      assert.equal(src[i], apertium(p, 'eng-spa'));
      assert.equal(mt[i], apertium(src[i] ?? '', 'spa-eng'));
    }
  });
});
