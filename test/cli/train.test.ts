import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { trainerCommand } from '../../src/cli/train.js';
import { apeBin, minilmDir, repoRoot } from '../helpers/paths.js';

// `ape train` runs the real Python trainer on a tiny model (training/configs/tiny.json).
const dir = mkdtempSync(join(tmpdir(), 'ape-train-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function writeCorpus(prefix: string, n: number, peLines = n): void {
  const words = ['the', 'red', 'house', 'car', 'runs'];
  const rows = Array.from({ length: n }, (_, i) =>
    [0, 1, 2].map((j) => words[(i + j) % 5]).join(' '),
  );
  writeFileSync(`${prefix}.src`, rows.join('\n') + '\n');
  writeFileSync(`${prefix}.mt`, rows.join('\n') + '\n');
  writeFileSync(`${prefix}.pe`, rows.slice(0, peLines).join('\n') + '\n');
}

function config(name: string, train: string): string {
  const tiny = JSON.parse(
    readFileSync(join(repoRoot, 'training/configs/tiny.json'), 'utf8'),
  ) as Record<string, unknown>;
  const cfg = {
    ...tiny,
    tokenizer: join(minilmDir(), 'tokenizer.json'),
    train,
    dev: join(dir, 'dev'),
    out_dir: join(dir, name),
    max_steps: 2,
    eval_every: 2,
  };
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(cfg));
  return path;
}

function ape(...args: string[]): ReturnType<typeof spawnSync> & { stdout: string; stderr: string } {
  return spawnSync(process.execPath, [apeBin, 'train', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
}

test('ape train runs the Python trainer, streams progress to stderr, keeps stdout empty', () => {
  writeCorpus(join(dir, 'train'), 20);
  writeCorpus(join(dir, 'dev'), 4);
  const r = ape('--config', config('ok', join(dir, 'train')));
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /step 2\/2 \| loss \d/);
  const log = readFileSync(join(dir, 'ok', 'log.jsonl'), 'utf8')
    .trim()
    .split('\n');
  assert.ok(log.some((line) => 'dev_ter' in (JSON.parse(line) as object)));
});

test('ape train passes the trainer exit code 2 on misaligned data, naming file and line', () => {
  writeCorpus(join(dir, 'bad'), 5, 3);
  writeCorpus(join(dir, 'dev'), 4);
  const r = ape('--config', config('bad', join(dir, 'bad')));
  assert.equal(r.status, 2);
  assert.match(r.stderr, /bad\.pe:4: ends here, but bad\.src has more lines/);
});

test('ape train rejects bad usage with exit 2', () => {
  assert.equal(ape().status, 2);
  assert.equal(ape('--config', join(dir, 'none.json')).status, 2);
  assert.match(
    ape('--config', join(dir, 'ok.json'), '--nproc', '0').stderr,
    /--nproc: expected an integer >= 1/,
  );
  assert.match(ape('--help').stdout, /usage: ape train --config FILE/);
});

test('--nproc N runs torchrun with N processes', () => {
  assert.deepEqual(trainerCommand('py', 1, ['--config', 'c']), [
    'py',
    ['-m', 'ape.train', '--config', 'c'],
  ]);
  const [, args] = trainerCommand('py', 2, ['--config', 'c']);
  assert.deepEqual(args.slice(0, 5), [
    '-m',
    'torch.distributed.run',
    '--standalone',
    '--nproc_per_node',
    '2',
  ]);
});
