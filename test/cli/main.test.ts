import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { apeBin } from '../helpers/paths.js';

test('ape with an unknown command exits 2 and prints usage', () => {
  const r = spawnSync(process.execPath, [apeBin, 'no-such-command'], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown command 'no-such-command'/);
  assert.match(r.stderr, /usage: ape <command>/);
});

test('ape --help exits 0', () => {
  const r = spawnSync(process.execPath, [apeBin, '--help'], { encoding: 'utf8' });
  assert.equal(r.status, 0);
  assert.match(r.stdout, /usage: ape/);
});
