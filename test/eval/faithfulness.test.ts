// Faithfulness counts (src/eval/faithfulness.ts) on small hand-made segments; every expected
// value is worked out by hand in the comment beside it, with a tiny word list instead of a
// dictionary file so the test needs nothing installed.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  carriedSpans,
  faithfulness,
  inventedWords,
  loadWordList,
  spansLost,
  wordsOf,
} from '../../src/eval/faithfulness.js';

describe('faithfulness: words', () => {
  it('lower-cases letter runs of 13a tokens, keeps inner apostrophes, drops spans and numbers', () => {
    // Spans of the text: %s (printf), /usr/share (path), 42 (number); 13a splits off the final
    // period; "Don't" stays one token and one word.
    assert.deepEqual(
      wordsOf("Don't copy %s files to /usr/share 42 times.", 'No copie %s ficheros'),
      ["don't", 'copy', 'files', 'to', 'times'],
    );
  });

  it('decodes entities as 13a does and keeps names as words', () => {
    // `&amp;` is an entity span (blanked); "Nextcloud's": the name Nextcloud (in the src) is
    // not blanked, so the word is "nextcloud's"; "Ctrl+S" is a shortcut of the src (blanked).
    assert.deepEqual(
      wordsOf("Fish &amp; chips in Nextcloud's menu, press Ctrl+S", 'Nextcloud Ctrl+S'),
      ['fish', 'chips', 'in', "nextcloud's", 'menu', 'press'],
    );
    // Without the src the shortcut is no span: 13a splits "+" off, "s" is a word.
    assert.deepEqual(wordsOf('press Ctrl+S', ''), ['press', 'ctrl', 's']);
  });

  it('reads a word list one word a line, lower-cased, curly apostrophes made straight', () => {
    assert.deepEqual([...loadWordList('Apple\nisn’t\n\n  pear  \n')], ['apple', "isn't", 'pear']);
  });
});

describe('faithfulness: invented words', () => {
  const dictionary = new Set(['the', 'file', 'was', 'saved', 'to']);
  const src = 'El fichero se guardó en Nextcloud';
  const mt = 'The file was kept in Nextcloud';

  it('are the words of the output in neither src, mt nor the dictionary, each once', () => {
    // out words: nextcloud's (nextcloud is a src word: known), file, was, savedd, and, savedd
    // again, dropbox. Known: file, was (mt). Invented: savedd, and, dropbox.
    assert.deepEqual(
      inventedWords("Nextcloud's file was savedd and savedd Dropbox", src, mt, dictionary),
      ['savedd', 'and', 'dropbox'],
    );
    // With "and" in the second list.
    assert.deepEqual(
      inventedWords('The file was savedd and Dropbox', src, mt, dictionary, new Set(['and'])),
      ['savedd', 'dropbox'],
    );
    // The mt itself invents nothing.
    assert.deepEqual(inventedWords(mt, src, mt, new Set()), []);
  });
});

describe('faithfulness: protected spans', () => {
  it('are the mt spans the src holds too; lost counts the occurrences the output lacks', () => {
    const src = 'Abra %s con LibreOffice en https://example.org/x';
    const mt = 'Open %s with LibreOffice in https://example.org/x';
    // %s (printf), LibreOffice (name, in the src), the URL: 3 spans.
    assert.deepEqual(
      carriedSpans(src, mt).map((s) => [s.kind, s.text]),
      [
        ['printf', '%s'],
        ['name', 'LibreOffice'],
        ['url', 'https://example.org/x'],
      ],
    );
    // "Libreoffice" is not "LibreOffice": one lost.
    assert.equal(spansLost(src, mt, 'Open the %s with Libreoffice in https://example.org/x'), 1);
    // Nothing lost when all three are there, whatever else changed.
    assert.equal(spansLost(src, mt, 'Open %s in LibreOffice: https://example.org/x'), 0);
    // The number 3 of the mt is not in the src: not carried, so dropping it loses nothing.
    assert.deepEqual(
      carriedSpans('Versión de GNOME', 'GNOME 3 version').map((s) => s.text),
      ['GNOME'],
    );
    assert.equal(spansLost('Versión de GNOME', 'GNOME 3 version', 'GNOME version'), 0);
    // Two %d in the mt, one in the output: one lost.
    assert.equal(spansLost('%d de %d', '%d of %d', '%d'), 1);
  });
});

describe('faithfulness: summary', () => {
  it('counts worse, better, unchanged, invented and lost, with corpus TER', () => {
    const dictionary = new Set(['open', 'the', 'file', 'close', 'it', 'save', 'a']);
    const s = faithfulness(
      [
        // mt TER: 1 insertion / 3 words = 33.3; out = pe: 0 -> better.
        { src: 'Abrir fichero', mt: 'Open file', out: 'Open the file', pe: 'Open the file' },
        // out = mt -> unchanged; 1 insertion (now) / 3.
        { src: 'Cerrarlo ahora', mt: 'Close it', out: 'Close it', pe: 'Close it now' },
        // mt TER 0; out 2 substitutions / 3 -> worse; "a" is in the dictionary, so nothing
        // invented; the %s of src and mt is lost.
        { src: 'Guardar el %s', mt: 'Save the %s', out: 'Save a file', pe: 'Save the %s' },
        // "zorp" is in neither src, mt nor the dictionary; same TER as the mt (1 sub / 2)
        // but changed -> neither worse, better nor unchanged.
        { src: 'Abrir', mt: 'Open it', out: 'Open zorp', pe: 'Open file' },
      ],
      dictionary,
    );
    assert.equal(s.segments, 4);
    assert.equal(s.spans, 1);
    assert.equal(s.spansLost, 1);
    assert.equal(s.segmentsLosingSpans, 1);
    assert.equal(s.segmentsInventing, 1);
    assert.equal(s.inventedWords, 1);
    assert.deepEqual(s.perSegment[3]?.invented, ['zorp']);
    assert.equal(s.worse, 1);
    assert.equal(s.better, 1);
    assert.equal(s.unchanged, 1);
    assert.equal(s.perSegment[3]?.verdict, 'same-ter');
    // Edits 0 + 1 + 2 + 1 over reference words 3 + 3 + 3 + 2 = 4 / 11.
    assert.ok(Math.abs(s.ter - (100 * 4) / 11) < 1e-9);
    // Outputs equal to the references: TER 0, BLEU 100.
    const same = faithfulness(
      [{ src: 'a', mt: 'Open file', out: 'Open the file now', pe: 'Open the file now' }],
      dictionary,
    );
    assert.equal(same.ter, 0);
    assert.ok(Math.abs(same.bleu - 100) < 1e-9);
  });
});
