import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import {
  type BroadSplitConfig,
  type Item,
  broadSplit,
  contaminationFilter,
  familyOf,
} from '../../../src/data/synth/broad-split.js';
import { similarity } from '../../../src/data/synth/near-dup.js';

describe('familyOf', () => {
  it('drops version suffixes only', () => {
    assert.equal(familyOf('gcc-12'), 'gcc');
    assert.equal(familyOf('gcc-11'), 'gcc');
    assert.equal(familyOf('python3.11'), 'python');
    assert.equal(familyOf('llvm-toolchain-15'), 'llvm-toolchain');
    assert.equal(familyOf('gimp'), 'gimp');
    assert.equal(familyOf('gnome-shell-extension-freon'), 'gnome-shell-extension-freon');
    assert.equal(familyOf('7kaa'), '7kaa');
  });
});

// 60 packages (two of them versions of one program) with 12 distinct sentences each; package
// name(0) repeats, near-identically, sentences of three others, so wherever those land in dev or
// test, they are near-duplicates of train or of each other.
// Random-looking words (md5 hex), so only the planted variants are near-duplicates.
const words = (key: string): string =>
  (createHash('md5').update(key).digest('hex').match(/.{8}/g) ?? []).join(' ');
// package names without digits (familyOf would strip them as a version)
const name = (p: number): string =>
  `pk${String.fromCharCode(97 + (p % 26))}${String.fromCharCode(97 + Math.floor(p / 26))}`;
function items(): Item[] {
  const out: Item[] = [];
  for (let p = 0; p < 60; p++) {
    const g = p === 59 ? 'tool-2' : p === 58 ? 'tool-1' : name(p);
    for (let k = 0; k < 12; k++) {
      const w = words(`${p}/${k}`);
      out.push({ g, src: `es ${w}`, pe: `en ${w}` });
    }
  }
  for (const p of [10, 20, 30])
    for (let k = 0; k < 12; k++) {
      const w = words(`${p}/${k}`);
      out.push({ g: name(0), src: `es ${w}.`, pe: `EN ${w}.` });
    }
  return out;
}
async function* stream(list: Item[]): AsyncGenerator<Item> {
  await Promise.resolve();
  yield* list;
}
const cfg: BroadSplitConfig = {
  seed: 1,
  test: 40,
  dev: 40,
  perFamily: 4,
  minFamily: 5,
  maxFamily: 40,
  minFamilies: 8,
  margin: 1.5,
  threshold: 0.9,
};

describe('broadSplit', () => {
  it('spreads dev and test over many families, apart from train and from each other', async () => {
    const list = items();
    const r = await broadSplit(() => stream(list), cfg);
    const by = (s: string): Item[] => list.filter((_, i) => r.assignment.get(i) === s);
    const test = by('test');
    const dev = by('dev');
    const train = by('train');
    assert.equal(test.length, 40);
    assert.equal(dev.length, 40);
    assert.ok(r.families.test.length >= 8 && r.families.dev.length >= 8);
    // at most perFamily per family; no family on two sides
    for (const s of [test, dev]) {
      const per = new Map<string, number>();
      for (const it of s) per.set(familyOf(it.g), (per.get(familyOf(it.g)) ?? 0) + 1);
      assert.ok([...per.values()].every((n) => n <= 4));
    }
    const fam = (s: Item[]) => new Set(s.map((it) => familyOf(it.g)));
    for (const f of fam(test)) assert.ok(!fam(train).has(f) && !fam(dev).has(f), f);
    for (const f of fam(dev)) assert.ok(!fam(train).has(f), f);
    // checked by brute force: nothing in dev/test at >= 0.9 of train, or of another dev/test item
    const heldOut = [...test, ...dev];
    for (const [i, h] of heldOut.entries()) {
      for (const t of train) {
        assert.ok(similarity(h.src, t.src) < 0.9 && similarity(h.pe, t.pe) < 0.9, h.src);
      }
      for (const o of heldOut.slice(i + 1))
        assert.ok(similarity(h.src, o.src) < 0.9 && similarity(h.pe, o.pe) < 0.9, h.src);
    }
    assert.equal(r.counts.train, train.length);
    // the planted variants were met and removed (where they fell decides which count)
    const removed =
      (r.counts.nearDupOfTrain ?? 0) +
      (r.counts.nearDupInsideTest ?? 0) +
      (r.counts.nearDupInsideDevOrTest ?? 0);
    assert.ok(removed > 0, JSON.stringify(r.counts));
  });

  it('fails, saying what to change, when too few remain', async () => {
    const list = items();
    await assert.rejects(
      broadSplit(() => stream(list), { ...cfg, test: 400, margin: 1 }),
      /test.*raise margin|families.*lower perFamily/,
    );
  });
});

describe('contaminationFilter', () => {
  it('drops held families and near-duplicates of held items', () => {
    const held: Item[] = [
      { g: 'gcc-12', src: 'abrir el archivo de registro', pe: 'open the log file' },
    ];
    const f = contaminationFilter(new Set(['gcc']), held, 0.9);
    assert.equal(f.allows({ g: 'gcc-11', src: 'otra cosa distinta', pe: 'something else' }), false);
    assert.equal(f.allows({ g: 'nano', src: 'x y z', pe: 'OPEN the log  file' }), false);
    assert.equal(
      f.allows({ g: 'nano', src: 'x y z', pe: 'Close every log file in a folder' }),
      true,
    );
  });
});
