import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DataError } from '../../src/errors.js';
import { readCorpus, type ReadOptions } from '../../src/data/corpus-reader.js';
import { corpusSpec, type CorpusSpec } from '../../src/data/corpus-spec.js';
import { CorpusWriter } from '../../src/data/corpus-writer.js';
import type { Triplet } from '../../src/data/triplet.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ape-corpus-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(spec: CorpusSpec, opts?: ReadOptions): Promise<Triplet[]> {
  const out: Triplet[] = [];
  for await (const t of readCorpus(spec, opts)) out.push(t);
  return out;
}

async function write(spec: CorpusSpec, triplets: Triplet[]): Promise<void> {
  const w = await CorpusWriter.open(spec);
  for (const t of triplets) await w.write(t);
  await w.close();
}

/** Rejects with a DataError whose message starts with `where` and contains `what`. */
async function rejectsAt(p: Promise<unknown>, where: string, what: string): Promise<void> {
  await assert.rejects(p, (err: unknown) => {
    assert.ok(err instanceof DataError, `expected DataError, got ${String(err)}`);
    assert.ok(err.message.startsWith(where), `'${err.message}' should start with '${where}'`);
    assert.ok(err.message.includes(what), `'${err.message}' should mention '${what}'`);
    return true;
  });
}

const awkward: Triplet[] = [
  { src: 'Abrir el fichero', mt: 'Open the file', pe: 'Open the file' },
  { src: 'Año «señal» — ñandú 日本語 😀', mt: 'Year "signal"', pe: 'Year “signal” \\ "quoted"' },
  { src: '{"json": true}', mt: ' leading and trailing ', pe: 'x' },
];

describe('corpus round trips', () => {
  for (const format of ['files', 'tsv', 'jsonl'] as const) {
    it(`${format}: writes and reads back the same triplets`, async () => {
      const spec: CorpusSpec = { format, path: join(dir, `rt-${format}`) };
      await write(spec, awkward);
      assert.deepEqual(await collect(spec), awkward);
    });
  }

  it('jsonl holds tabs and line breaks that line layouts cannot', async () => {
    const spec: CorpusSpec = { format: 'jsonl', path: join(dir, 'breaks.jsonl') };
    const t = [{ src: 'a\tb', mt: 'line\none', pe: 'c\r\nd' }];
    await write(spec, t);
    assert.deepEqual(await collect(spec), t);
  });

  it('streams a corpus larger than the read chunk, with multibyte characters across chunk edges', async () => {
    const spec: CorpusSpec = { format: 'files', path: join(dir, 'big') };
    const n = 40_000;
    const make = (i: number): Triplet => ({
      src: `ñ${i} señal €`,
      mt: `${i} 😀 mt`,
      pe: `pe ${'é'.repeat(i % 17)}${i}`,
    });
    const w = await CorpusWriter.open(spec);
    for (let i = 0; i < n; i++) await w.write(make(i));
    await w.close();
    let i = 0;
    for await (const t of readCorpus(spec)) assert.deepEqual(t, make(i++));
    assert.equal(i, n);
  });

  it('drops a byte-order mark and CR of CRLF line ends', async () => {
    const path = join(dir, 'crlf.tsv');
    await writeFile(path, '\ufeffa\tb\tc\r\nd\te\tf\r\n');
    assert.deepEqual(await collect(corpusSpec(path)), [
      { src: 'a', mt: 'b', pe: 'c' },
      { src: 'd', mt: 'e', pe: 'f' },
    ]);
  });

  it('skips a TSV header line and reads a last line without newline', async () => {
    const path = join(dir, 'header.tsv');
    await writeFile(path, 'src\tmt\tpe\na\tb\tc');
    assert.deepEqual(await collect(corpusSpec(path)), [{ src: 'a', mt: 'b', pe: 'c' }]);
  });

  it('normalizes to NFC and collapses white space', async () => {
    const path = join(dir, 'norm.tsv');
    // "e" + COMBINING ACUTE ACCENT (U+0301) composes to U+00E9 under NFC.
    await writeFile(path, 'cafe\u0301  au\u00a0 lait \tb\t  c  \n');
    assert.deepEqual(
      await collect(corpusSpec(path), { normalize: { unicode: 'NFC', whitespace: 'collapse' } }),
      [{ src: 'caf\u00e9 au lait', mt: 'b', pe: 'c' }],
    );
    assert.deepEqual(await collect(corpusSpec(path), { normalize: { whitespace: 'trim' } }), [
      { src: 'cafe\u0301  au\u00a0 lait', mt: 'b', pe: 'c' },
    ]);
  });
});

describe('corpus validation errors', () => {
  it('names the file that ends early and the longest file', async () => {
    const p = join(dir, 'short');
    await writeFile(`${p}.src`, 'a\nb\nc\n');
    await writeFile(`${p}.mt`, 'a\nb\nc\n');
    await writeFile(`${p}.pe`, 'a\nb\n');
    await rejectsAt(collect(corpusSpec(p)), `${p}.pe:3:`, `ends after 2 lines, but ${p}.src has 3`);
    await writeFile(`${p}.pe`, 'a\nb\nc\nd\ne\n');
    await rejectsAt(collect(corpusSpec(p)), `${p}.src:4:`, `${p}.pe has 5`);
  });

  it('rejects an empty field with file, line and field', async () => {
    const p = join(dir, 'empty');
    await writeFile(`${p}.src`, 'a\nb\n');
    await writeFile(`${p}.mt`, 'a\n   \n');
    await writeFile(`${p}.pe`, 'a\nb\n');
    await rejectsAt(
      collect(corpusSpec(p), { normalize: { whitespace: 'trim' } }),
      `${p}.mt:2 (mt):`,
      'empty mt',
    );
    assert.equal((await collect(corpusSpec(p), { allowEmpty: true })).length, 2);
    const tsv = join(dir, 'empty.tsv');
    await writeFile(tsv, 'a\tb\tc\nd\t\tf\n');
    await rejectsAt(collect(corpusSpec(tsv)), `${tsv}:2 (mt):`, 'empty mt');
  });

  it('rejects invalid UTF-8 with the line', async () => {
    const p = join(dir, 'latin1');
    await writeFile(
      `${p}.src`,
      Buffer.concat([
        Buffer.from('ok\nok\n'),
        Buffer.from([0x63, 0x61, 0x66, 0xe9]),
        Buffer.from('\n'),
      ]),
    );
    await writeFile(`${p}.mt`, 'a\nb\nc\n');
    await writeFile(`${p}.pe`, 'a\nb\nc\n');
    await rejectsAt(collect(corpusSpec(p)), `${p}.src:3:`, 'invalid UTF-8 (byte 0xe9 at byte 4');
  });

  it('finds invalid UTF-8 in a line past the first chunk', async () => {
    const path = join(dir, 'late.tsv');
    const good = 'señal\tb\tc\n'.repeat(200_000);
    await writeFile(
      path,
      Buffer.concat([Buffer.from(good), Buffer.from([0x61, 0x09, 0xff, 0x09, 0x62, 0x0a])]),
    );
    await rejectsAt(collect(corpusSpec(path)), `${path}:200001:`, 'byte 0xff at byte 3');
  });

  it('rejects tabs inside TSV fields and missing columns', async () => {
    const path = join(dir, 'tabs.tsv');
    await writeFile(path, 'a\tb\tc\na\tb\tc\td\n');
    await rejectsAt(collect(corpusSpec(path)), `${path}:2:`, 'found 4 tab-separated fields');
    await writeFile(path, 'a\tb\n');
    await rejectsAt(collect(corpusSpec(path)), `${path}:1:`, 'missing pe');
  });

  it('rejects bad JSON, non-objects, missing keys and non-strings in JSONL', async () => {
    const path = join(dir, 'bad.jsonl');
    await writeFile(path, '{"src":"a","mt":"b","pe":"c"}\n{"src":"a",\n');
    await rejectsAt(collect(corpusSpec(path)), `${path}:2:`, 'invalid JSON');
    await writeFile(path, '[1,2]\n');
    await rejectsAt(collect(corpusSpec(path)), `${path}:1:`, 'expected a JSON object');
    await writeFile(path, '{"src":"a","pe":"c"}\n');
    await rejectsAt(collect(corpusSpec(path)), `${path}:1 (mt):`, 'missing key');
    await writeFile(path, '{"src":"a","mt":"b","pe":3}\n');
    await rejectsAt(collect(corpusSpec(path)), `${path}:1 (pe):`, 'expected a string, got number');
  });

  it('a writer refuses fields that would break the layout, before writing any file', async () => {
    const spec: CorpusSpec = { format: 'files', path: join(dir, 'refuse') };
    const w = await CorpusWriter.open(spec);
    await w.write({ src: 'a', mt: 'b', pe: 'c' });
    await rejectsAt(
      w.write({ src: 'a', mt: 'b', pe: 'two\nlines' }),
      `${spec.path}.pe:2 (pe):`,
      'line break',
    );
    await w.close();
    assert.deepEqual(await collect(spec), [{ src: 'a', mt: 'b', pe: 'c' }]);
    const tsv: CorpusSpec = { format: 'tsv', path: join(dir, 'refuse.tsv') };
    const wt = await CorpusWriter.open(tsv);
    await rejectsAt(
      wt.write({ src: 'a\tb', mt: 'b', pe: 'c' }),
      `${tsv.path}:1 (src):`,
      'contains a tab',
    );
    await wt.discard();
  });
});

describe('atomic writes and resume', () => {
  it('keeps the old file until close, then replaces it', async () => {
    const path = join(dir, 'atomic.tsv');
    await writeFile(path, 'old\told\told\n');
    const w = await CorpusWriter.open(corpusSpec(path));
    await w.write({ src: 'new', mt: 'new', pe: 'new' });
    await w.flush();
    assert.equal(await readFile(path, 'utf8'), 'old\told\told\n');
    await w.close();
    assert.equal(await readFile(path, 'utf8'), 'new\tnew\tnew\n');
    assert.equal(existsSync(`${path}.partial`), false);
  });

  it('resumes after an interruption, cutting a torn last line and realigning the three files', async () => {
    const spec: CorpusSpec = { format: 'files', path: join(dir, 'resume') };
    const w = await CorpusWriter.open(spec);
    for (let i = 0; i < 3; i++) await w.write({ src: `s${i}`, mt: `m${i}`, pe: `p${i}` });
    await w.end();
    // Simulate a crash mid-write: src got a fourth line, pe a torn one.
    await writeFile(`${spec.path}.src.partial`, 's0\ns1\ns2\ns3\n');
    await writeFile(`${spec.path}.pe.partial`, 'p0\np1\np2\np3-torn');
    const r = await CorpusWriter.open(spec, { resume: true });
    assert.equal(r.existing, 3);
    await r.write({ src: 's3', mt: 'm3', pe: 'p3' });
    await r.close();
    const got = await collect(spec);
    assert.deepEqual(
      got,
      [0, 1, 2, 3].map((i) => ({ src: `s${i}`, mt: `m${i}`, pe: `p${i}` })),
    );
  });
});
