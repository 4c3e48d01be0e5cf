/**
 * HTML block and line-breaking tags as segment boundaries (docs/protected-spans.md, "HTML
 * boundaries"): with the `html` tag flavour, `…<b>mundo</b></p><p>Adiós` is post-edited as
 * two units and re-joined with the markup between them verbatim. The expected units and
 * outputs are written by hand from that rule; the model is a test double that records what
 * it is given (the point is what it sees), and the tiny fixture model for the tags' order.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { OnnxPostEditor, postEditSegments } from '../../src/model/post-editor.js';
import type { Segment } from '../../src/model/segment.js';
import { postEditTagged, type PostEditPlain } from '../../src/text/tagged-postedit.js';
import { repoRoot } from '../helpers/paths.js';

/** A "model" that upper-cases each mt and records the units it was given. */
function upper(seen: Segment[]): PostEditPlain {
  return async (units) => {
    seen.push(...units);
    return units.map((u) => ({ pe: u.mt.toUpperCase(), changed: true }));
  };
}

async function run(src: string, mt: string) {
  const seen: Segment[] = [];
  const [r] = await postEditTagged([{ src, mt }], 'html', upper(seen));
  return { seen, r };
}

describe('HTML boundaries (format html)', () => {
  it('</p><p> cuts the segment: no glued words, the markup between stays in place', async () => {
    const { seen, r } = await run(
      '<p>Hola <b>mundo</b></p><p>Adiós</p>',
      '<p>Hello <b>world</b></p><p>Goodbye</p>',
    );
    assert.deepEqual(seen, [
      { src: 'Hola mundo', mt: 'Hello world' },
      { src: 'Adiós', mt: 'Goodbye' },
    ]);
    assert.equal(r?.pe, '<p>HELLO <b>WORLD</b></p><p>GOODBYE</p>');
  });

  it('the issue’s fragment: …<b>mundo</b></p><p>Adiós', async () => {
    const { seen, r } = await run('Hola <b>mundo</b></p><p>Adiós', 'Hello <b>world</b></p><p>Bye');
    assert.deepEqual(
      seen.map((u) => u.mt),
      ['Hello world', 'Bye'],
    );
    assert.equal(r?.pe, 'HELLO <b>WORLD</b></p><p>BYE');
  });

  it('<br>, <br/> and <BR> cut; white space around the boundary stays verbatim', async () => {
    const { seen, r } = await run(
      'Línea uno<br>Línea dos <br/>\n Línea tres<BR>',
      'Line one<br>Line two <br/>\n Line three<BR>',
    );
    assert.deepEqual(
      seen.map((u) => u.mt),
      // The text after <br/> is "\n Line three": its own two lines, the first blank.
      ['Line one', 'Line two ', ' Line three'],
    );
    assert.equal(r?.pe, 'LINE ONE<br>LINE TWO <br/>\n LINE THREE<BR>');
  });

  it('table cells with white space between them', async () => {
    const { seen, r } = await run(
      '<tr>\n  <td>Nombre</td>\n  <td>Edad</td>\n</tr>',
      '<tr>\n  <td>Name</td>\n  <td>Age</td>\n</tr>',
    );
    assert.deepEqual(seen, [
      { src: 'Nombre', mt: 'Name' },
      { src: 'Edad', mt: 'Age' },
    ]);
    assert.equal(r?.pe, '<tr>\n  <td>NAME</td>\n  <td>AGE</td>\n</tr>');
  });

  it('inline tags, img included, do not cut', async () => {
    const { seen, r } = await run(
      'Pulse <img src="i.png"> y <span>luego</span> aquí',
      'Press <img src="i.png"> and <span>then</span> here',
    );
    assert.deepEqual(
      seen.map((u) => u.mt),
      ['Press  and then here'],
    );
    assert.deepEqual(r?.pe.match(/<[^>]*>/g), ['<img src="i.png">', '<span>', '</span>']);
  });

  it('newlines inside a piece cut it into lines', async () => {
    const { seen, r } = await run(
      '<li>Uno\ndos</li><li>tres</li>',
      '<li>One\ntwo</li><li>three</li>',
    );
    assert.deepEqual(
      seen.map((u) => u.mt),
      ['One', 'two', 'three'],
    );
    assert.equal(r?.pe, '<li>ONE\nTWO</li><li>THREE</li>');
  });

  it('src and mt with different numbers of pieces: one unit, as before', async () => {
    const { seen, r } = await run('<p>Hola</p><p>mundo</p>', '<p>Hello world</p>');
    assert.deepEqual(seen, [{ src: 'Holamundo', mt: 'Hello world' }]);
    assert.equal(r?.pe, '<p>HELLO WORLD</p>');
  });

  it('a post-edit that leaves every piece as it was gives back the mt byte for byte', async () => {
    const mt = '<div>Hello &amp; <i>bye</i></div>\n<div>Go to https://a.example/x</div>';
    const [r] = await postEditTagged(
      [{ src: '<div>Hola &amp; <i>adiós</i></div>\n<div>Vaya a https://a.example/x</div>', mt }],
      'html',
      async (units) => units.map((u) => ({ pe: u.mt, changed: false })),
    );
    assert.deepEqual(r, { pe: mt, changed: false });
  });

  it('protected spans are checked per piece: a piece that duplicates one keeps the segment’s mt', async () => {
    const mt = '<p>Open https://a.example/x</p><p>Then close it</p>';
    const [r] = await postEditTagged(
      [{ src: '<p>Abra https://a.example/x</p><p>Luego ciérrelo</p>', mt }],
      'html',
      async (units) => units.map((u) => ({ pe: `${u.mt} https://a.example/x`, changed: true })),
    );
    assert.deepEqual(r, { pe: mt, changed: false, kept: 'mt-protected' });
  });
});

describe('HTML boundaries with the tiny fixture model', () => {
  let editor: OnnxPostEditor;
  before(async () => {
    editor = await OnnxPostEditor.load(join(repoRoot, 'test/fixtures/model-tiny-softmax'), {
      workers: 1,
      intraOpThreads: 1,
    });
  });
  after(async () => {
    await editor.close();
  });

  it('every tag of the mt comes out once, in order, with the block markup between pieces verbatim', async () => {
    const segments = [
      {
        src: '<p>Hola <b>mundo</b></p><p>Adiós</p>',
        mt: '<p>Hello <b>world</b></p><p>Goodbye</p>',
      },
      { src: 'el gato<br>el perro', mt: 'the cat<br>the dog' },
    ];
    const results = await postEditTagged(segments, 'html', async (units) =>
      postEditSegments(editor, units, { beam: 2 }),
    );
    const tags = (s: string) => s.match(/<[^>]*>/g) ?? [];
    results.forEach((r, i) => {
      const mt = segments[i]?.mt ?? '';
      assert.deepEqual(tags(r.pe), tags(mt));
    });
    assert.match(results[0]?.pe ?? '', /<\/b><\/p><p>/);
    assert.match(results[1]?.pe ?? '', /\S<br>\S|^<br>|<br>$/);
  });
});
