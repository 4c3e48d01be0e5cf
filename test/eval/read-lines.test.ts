import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkAligned, decodeLines, readLines } from '../../src/eval/read-lines.js';
import { DataError } from '../../src/errors.js';
import { fixture } from '../helpers/paths.js';

// Oracle: the lines sacreBLEU 2.6.0's command line reads from the same bytes
// (test/fixtures/eval/read-lines/make_fixtures.py writes expected.json).
const dir = fixture('eval', 'read-lines');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
  files: Record<string, string[]>;
  stdin: Record<string, string[]>;
};

test('files are read as sacreBLEU reads -i/-r files (LF only, rstrip, BOM kept, .gz)', () => {
  for (const [name, lines] of Object.entries(expected.files)) {
    assert.deepEqual(readLines(join(dir, name)).lines, lines, name);
  }
});

test('standard input is read with universal newlines, as sacreBLEU reads stdin', () => {
  for (const [name, lines] of Object.entries(expected.stdin)) {
    const bytes = readFileSync(join(dir, name));
    assert.deepEqual(decodeLines(bytes, '-', 'universal'), lines, name);
  }
});

function dataError(fn: () => unknown): DataError {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof DataError, `expected DataError, got ${String(err)}`);
    return err;
  }
  assert.fail('no error thrown');
}

test('a missing file, a directory and invalid UTF-8 give one-line errors with file and line', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'ape-read-lines-'));
  const missing = dataError(() => readLines(join(tmp, 'nope.txt')));
  assert.equal(missing.message, `${join(tmp, 'nope.txt')}: no such file`);
  const isDir = dataError(() => readLines(tmp));
  assert.equal(isDir.message, `${tmp}: is a directory, not a text file`);
  const bad = join(tmp, 'latin1.txt');
  writeFileSync(
    bad,
    Buffer.concat([Buffer.from('ok\nfine\nca'), Buffer.from([0xe9]), Buffer.from('\nlast\n')]),
  );
  const enc = dataError(() => readLines(bad));
  assert.equal(enc.line, 3);
  assert.equal(enc.message, `${bad}:3: not valid UTF-8 (decode the file as UTF-8 first)`);
  assert.ok(!enc.message.includes('\n'));
  const truncated = join(tmp, 'cut.txt');
  writeFileSync(truncated, Buffer.from([0x61, 0x0a, 0xe6, 0x97]));
  assert.equal(dataError(() => readLines(truncated)).line, 2);
});

test('checkAligned names the shorter file and the line where it ends', () => {
  const hyp = { file: 'hyp.txt', lines: ['a', 'b', 'c'] };
  const ref = { file: 'ref.txt', lines: ['a', 'b'] };
  assert.doesNotThrow(() => checkAligned(hyp, [{ file: 'r', lines: ['', '', ''] }]));
  assert.equal(
    dataError(() => checkAligned(hyp, [ref])).message,
    'ref.txt:2: ends here, but hyp.txt has 3 lines (files must align line by line)',
  );
  assert.equal(
    dataError(() => checkAligned(ref, [hyp])).message,
    'ref.txt:2: ends here, but hyp.txt has 3 lines (files must align line by line)',
  );
  assert.equal(
    dataError(() => checkAligned({ file: 'e.txt', lines: [] }, [ref])).message,
    'e.txt: is empty, but ref.txt has 2 lines (files must align line by line)',
  );
});
