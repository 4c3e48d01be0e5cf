/**
 * The pieces of /libretranslate/translate_file on their own: file names as LibreTranslate
 * makes them (Python's os.path.splitext and werkzeug's secure_filename, both run in python3 as
 * the oracle: werkzeug is not installed here, so its five lines on POSIX are transcribed from
 * werkzeug/utils.py) and the bounded, expiring store of translated files on a clock of our own.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import {
  decodeUtf8,
  secureFilename,
  splitExt,
  TranslatedFiles,
  translatedNames,
} from '../../../src/server/compat/libretranslate-files.js';

const ORACLE = `
import json, os, re, sys, unicodedata
def secure_filename(filename):  # werkzeug.utils.secure_filename, os.name == "posix"
    filename = unicodedata.normalize("NFKD", filename)
    filename = filename.encode("ascii", "ignore").decode("ascii")
    for sep in os.sep, os.path.altsep:
        if sep:
            filename = filename.replace(sep, " ")
    return str(re.sub(r"[^A-Za-z0-9_.-]", "", "_".join(filename.split()))).strip("._")
names = json.loads(sys.stdin.read())
print(json.dumps([[secure_filename(n), list(os.path.splitext(n))] for n in names]))
`;

const NAMES = [
  'notes.txt',
  'mis notas.txt',
  'Informe final (v2).TXT',
  '../../etc/passwd',
  'ñandú canción.txt',
  '.bashrc',
  '..txt',
  'a.b.c.txt',
  '日本語.txt',
  '  spaced\tout  .txt',
  'no_extension',
  'dir/notes.txt',
  'a.b/c',
  'dir/.txt',
  'dir/..txt',
];

describe('LibreTranslate file names', () => {
  it('secureFilename and splitExt agree with werkzeug and os.path.splitext', () => {
    const r = spawnSync('python3', ['-c', ORACLE], {
      input: JSON.stringify(NAMES),
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(r.status, 0, r.stderr);
    const want = JSON.parse(r.stdout) as [string, [string, string]][];
    NAMES.forEach((name, i) => {
      assert.equal(secureFilename(name), want[i]?.[0], `secure_filename(${JSON.stringify(name)})`);
      assert.deepEqual(splitExt(name), want[i]?.[1], `splitext(${JSON.stringify(name)})`);
    });
  });

  it('stored as <uuid>.<stem>_<to><ext>, downloaded without the uuid', () => {
    const uuid = '0b8f3c52-1d7e-4a3b-9a51-2f6c1b7e9d00';
    assert.deepEqual(translatedNames('mis notas.txt', 'en', uuid), {
      stored: `${uuid}.mis_notas_en.txt`,
      download: 'mis_notas_en.txt',
    });
  });

  it('decodeUtf8 keeps a byte order mark apart and refuses bytes that are not UTF-8', () => {
    assert.deepEqual(decodeUtf8(Buffer.from('\uFEFFhola', 'utf8')), {
      text: 'hola',
      bom: '\uFEFF',
    });
    assert.deepEqual(decodeUtf8(Buffer.from('hola', 'utf8')), { text: 'hola', bom: '' });
    assert.equal(decodeUtf8(Buffer.from([0x68, 0xff])), undefined);
  });
});

describe('TranslatedFiles', () => {
  const bytes = (n: number) => Buffer.alloc(n, 0x61);

  it('a file expires after its time to live', () => {
    let now = 1000;
    const files = new TranslatedFiles(10, 1000, 60_000, () => now);
    files.put('a', 'a_en.txt', bytes(3));
    now += 59_999;
    assert.equal(files.get('a')?.download, 'a_en.txt');
    now += 1;
    assert.equal(files.get('a'), undefined);
    assert.equal(files.size, 0);
  });

  it('keeps at most maxFiles and maxBytes, dropping the oldest; refuses one larger than all', () => {
    const files = new TranslatedFiles(2, 10, 60_000, () => 0);
    files.put('a', 'a', bytes(4));
    files.put('b', 'b', bytes(4));
    files.put('c', 'c', bytes(4)); // a third file: a goes
    assert.deepEqual(
      ['a', 'b', 'c'].map((n) => files.get(n) !== undefined),
      [false, true, true],
    );
    files.put('d', 'd', bytes(9)); // 9 bytes: b and c go
    assert.deepEqual(
      ['b', 'c', 'd'].map((n) => files.get(n) !== undefined),
      [false, false, true],
    );
    assert.equal(files.put('e', 'e', bytes(11)), false);
    assert.equal(files.get('e'), undefined);
    assert.notEqual(files.get('d'), undefined);
  });
});
