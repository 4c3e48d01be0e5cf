/**
 * Inline tags: expected outputs are derived by hand from the rule in
 * src/text/tags/reinsert.ts (each case's comment shows the derivation), plus
 * invariants checked with an independent re-parse of the output on random edits.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alignTokens, tokenize } from '../../src/text/tags/align.js';
import { parseTagged, TagSyntaxError } from '../../src/text/tags/parse.js';
import { reinsertTags } from '../../src/text/tags/reinsert.js';

const carry = (mt: string, pe: string, flavour: 'omegat' | 'xliff' | 'html') =>
  reinsertTags(parseTagged(mt, flavour), pe);

describe('parseTagged', () => {
  it('omegat short tags: plain text and offsets', () => {
    const t = parseTagged('Do <g0>click here</g0> to continue.<x1/> a<b', 'omegat');
    assert.equal(t.plain, 'Do click here to continue. a<b');
    assert.deepEqual(
      t.tags.map((x) => [x.raw, x.role, x.offset]),
      [
        ['<g0>', 'open', 3],
        ['</g0>', 'close', 13],
        ['<x1/>', 'standalone', 26],
      ],
    );
  });

  it('xliff 1.2 code elements are whole tags, entities decoded', () => {
    const t = parseTagged(
      'A <bpt id="1">&lt;b&gt;</bpt>b<ept id="1">&lt;/b&gt;</ept> &amp; <ph id="2">{0}</ph><it id="3" pos="open">&lt;i&gt;</it>c<x id="4"/>',
      'xliff',
    );
    assert.equal(t.plain, 'A b & c');
    assert.deepEqual(
      t.tags.map((x) => [x.raw, x.role]),
      [
        ['<bpt id="1">&lt;b&gt;</bpt>', 'open'],
        ['<ept id="1">&lt;/b&gt;</ept>', 'close'],
        ['<ph id="2">{0}</ph>', 'standalone'],
        ['<it id="3" pos="open">&lt;i&gt;</it>', 'open'],
        ['<x id="4"/>', 'standalone'],
      ],
    );
  });

  it('xliff 2.0 pc/sc/ec/ph', () => {
    const t = parseTagged(
      '<pc id="1">Hi</pc> <sc id="2"/>there<ec startRef="2"/><ph id="3"/>',
      'xliff',
    );
    assert.equal(t.plain, 'Hi there');
    assert.deepEqual(
      t.tags.map((x) => x.role),
      ['open', 'close', 'open', 'close', 'standalone'],
    );
  });

  it('html: void elements stand alone, &nbsp; decoded', () => {
    const t = parseTagged('<p>a&nbsp;b<br>c <img src="x.png" alt="y"></p>', 'html');
    assert.equal(t.plain, 'a\u00a0bc ');
    assert.deepEqual(
      t.tags.map((x) => x.role),
      ['open', 'standalone', 'standalone', 'close'],
    );
  });

  it('bad markup names the offset', () => {
    assert.throws(
      () => parseTagged('a <bpt id="1">&lt;b&gt; b', 'xliff'),
      (e: unknown) =>
        e instanceof TagSyntaxError && /<bpt> at offset 2 is never closed/.test(e.message),
    );
    assert.throws(
      () => parseTagged('a < b', 'xliff'),
      (e: unknown) => e instanceof TagSyntaxError && e.offset === 2,
    );
  });
});

describe('alignTokens', () => {
  it('Levenshtein over tokens, case-insensitive, punctuation split', () => {
    assert.deepEqual(
      tokenize('aquí.').map((t) => t.text),
      ['aquí', '.'],
    );
    // mt: Do click here to continue . / pe: Click here to continue . -> delete "Do".
    assert.deepEqual(
      alignTokens(tokenize('Do click here to continue.'), tokenize('Click here to continue.')),
      [-1, 0, 1, 2, 3, 4],
    );
    // An insertion: "right" is unaligned, "here" still matches "here".
    assert.deepEqual(alignTokens(tokenize('Click here'), tokenize('Click right here')), [0, 2]);
  });
});

describe('reinsertTags (hand-derived)', () => {
  it('unchanged pe gives the mt back byte for byte', () => {
    const mt = 'Say &quot;hi&quot; <g id="1">now</g>';
    assert.equal(carry(mt, 'Say "hi" now', 'xliff'), mt);
  });

  it('a deleted word before an opening tag', () => {
    // mt tokens Do click here to continue . ; pe Click here to continue . (Do deleted).
    // <g0> gap 1 -> before pe "Click" (0); </g0> gap 3 -> after pe "here" (10);
    // <x1/> touches "." only -> after pe "." (23).
    assert.equal(
      carry('Do <g0>click here</g0> to continue.<x1/>', 'Click here to continue.', 'omegat'),
      '<g0>Click here</g0> to continue.<x1/>',
    );
  });

  it('tags around a deleted span collapse onto the next aligned word', () => {
    // mt Press the big button now . ; pe Press button now . (the, big deleted).
    // <g0> gap 1: first aligned mt token at/after is "button" -> 6; </g0> gap 3: last aligned
    // before is "Press" -> 5, raised to 6 (no earlier than <g0>); <x1/> touches "now" only ->
    // before pe "now" (13).
    assert.equal(
      carry('Press <g0>the big</g0> button <x1/>now.', 'Press button now.', 'omegat'),
      'Press <g0></g0>button <x1/>now.',
    );
  });

  it('nested tags stay nested; inserted punctuation goes outside', () => {
    // mt Hola mundo ; pe Hola , mundo ! ; <g0> -> 0, <g1> -> 6, </g1> and </g0> -> after mundo (11).
    assert.equal(
      carry('<g0>Hola <g1>mundo</g1></g0>', 'Hola, mundo!', 'omegat'),
      '<g0>Hola, <g1>mundo</g1></g0>!',
    );
  });

  it('xliff 1.2: g, bpt/ept, x; text re-escaped', () => {
    // pe inserts "then": <g> 6, </g> 10, <bpt> before "now" (18), <ept> after it (21), <x/> after "." (22).
    const mt =
      'Click <g id="1">here</g> &amp; <bpt id="2">&lt;b&gt;</bpt>now<ept id="2">&lt;/b&gt;</ept>.<x id="3"/>';
    assert.equal(
      carry(mt, 'Click here & then now.', 'xliff'),
      'Click <g id="1">here</g> &amp; then <bpt id="2">&lt;b&gt;</bpt>now<ept id="2">&lt;/b&gt;</ept>.<x id="3"/>',
    );
  });

  it('html with an entity', () => {
    assert.equal(
      carry('Fish &amp; <i>chips</i>', 'Fish & chips please', 'html'),
      'Fish &amp; <i>chips</i> please',
    );
  });

  it('a substitution carries the tag; an empty pe keeps every tag', () => {
    assert.equal(carry('<g0>Hello</g0> world', 'Hi world', 'omegat'), '<g0>Hi</g0> world');
    assert.equal(carry('a <g0>b</g0><x1/>', '', 'omegat'), '<g0></g0><x1/>');
  });

  it('a word never substitutes for punctuation', () => {
    // mt My dog small / pe A small dog finds a cook . : equally cheap alignments (cost 6) pair
    // "small" with finds, a or cook; "small" -> "." would cost 3 + 5. Backtracking from the end
    // (match, then substitution first) takes small -> cook, so the tags wrap "cook", not ".".
    assert.equal(
      carry('My dog <g0>small</g0>', 'A small dog finds a cook.', 'omegat'),
      'A small dog finds a <g0>cook</g0>.',
    );
  });

  it('reordering: the monotone alignment keeps the tag on the same position (documented limit)', () => {
    // the=the, red->car, car->red (substitutions): <g0> wraps what stands where "red" stood.
    assert.equal(carry('the <g0>red</g0> car', 'the car red', 'omegat'), 'the <g0>car</g0> red');
  });
});

describe('reinsertTags invariants on random edits', () => {
  // A small LCG so that failures reproduce.
  let seed = 12345;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const words = ['el', 'gato', 'negro', 'come', 'pescado', 'hoy', ',', '.', 'muy', 'bien'];
  const tagSets = [
    ['<g0>', '</g0>'],
    ['<x0/>'],
    ['<g0>', '<g1>', '</g1>', '</g0>'],
    ['<b0>', '</b0>', '<g1>', '<x2/>', '</g1>'],
  ];

  it('every tag exactly once, in mt order, and the text is the pe', () => {
    for (let trial = 0; trial < 300; trial++) {
      const mtWords = Array.from(
        { length: 1 + rand(8) },
        () => words[rand(words.length)] as string,
      );
      const tags = tagSets[rand(tagSets.length)] as string[];
      // Tags at sorted random gaps keep the mt well nested.
      const gaps = tags.map(() => rand(mtWords.length + 1)).sort((a, b) => a - b);
      let mt = '';
      let k = 0;
      for (let g = 0; g <= mtWords.length; g++) {
        while (k < tags.length && gaps[k] === g) mt += tags[k++];
        if (g < mtWords.length) mt += (g > 0 ? ' ' : '') + mtWords[g];
      }
      const peWords = mtWords.filter(() => rand(4) !== 0);
      if (rand(2) === 0) peWords.splice(rand(peWords.length + 1), 0, 'nuevo');
      const pe = peWords.join(' ');
      const out = reinsertTags(parseTagged(mt, 'omegat'), pe);
      const back = parseTagged(out, 'omegat');
      assert.equal(back.plain, pe, `${mt} | ${pe} -> ${out}`);
      assert.deepEqual(
        back.tags.map((t) => t.raw),
        tags,
        `${mt} | ${pe} -> ${out}`,
      );
    }
  });
});
