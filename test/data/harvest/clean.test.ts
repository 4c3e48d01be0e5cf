import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  cleanPair,
  cleanText,
  placeholders,
  stripAccelerators,
  stripMarkup,
} from '../../../src/data/harvest/clean.js';

// Expected values are derived by hand from the rules in clean.ts's header.
describe('gettext message cleaning', () => {
  it('removes one accelerator mark per string, GTK, KDE and LibreOffice style', () => {
    assert.equal(stripAccelerators('_Open the file'), 'Open the file');
    assert.equal(stripAccelerators('C_onnect to server'), 'Connect to server');
    assert.equal(stripAccelerators('Ajuste _óptimo'), 'Ajuste óptimo');
    assert.equal(stripAccelerators('&Save as...'), 'Save as...');
    assert.equal(stripAccelerators('Save ~As'), 'Save As');
    assert.equal(stripAccelerators('Tom && Jerry &Files'), 'Tom & Jerry Files');
    assert.equal(stripAccelerators('__init__ _x'), '_init_ x');
    // Two marks: an identifier, not a mnemonic.
    assert.equal(stripAccelerators('set MY_VAR_NAME'), 'set MY_VAR_NAME');
    // An entity is no accelerator.
    assert.equal(stripAccelerators('Fish &amp; chips'), 'Fish &amp; chips');
  });

  it('strips tags and decodes entities', () => {
    assert.equal(
      stripMarkup('<b>Bold</b> and <a href="x">link</a> &lt;tag&gt; &amp; &#241;'),
      'Bold and link <tag> & ñ',
    );
    assert.equal(stripMarkup('5 < 6 and 7 > 3'), '5 < 6 and 7 > 3');
    assert.equal(stripMarkup('<machine> or <máquina> <B>x</B><br/>'), '<machine> or <máquina> x');
  });

  it('collapses white space, trims, and refuses inner line breaks', () => {
    assert.equal(cleanText('  Saving  the\tfile...\n'), 'Saving the file...');
    assert.equal(cleanText('Usage:\n  -a  all'), undefined);
  });

  it('finds printf, Python, brace and Qt placeholders, but not prose percent signs', () => {
    assert.deepEqual(placeholders('%s of %1$d in %(name)s at {0} {user} %2 %-10lu %%'), [
      '%%',
      '%(name)s',
      '%-10lu',
      '%1$d',
      '%2',
      '%s',
      '{0}',
      '{user}',
    ]);
    assert.deepEqual(placeholders('el 100 % de los casos'), []);
  });

  it('gives a drop reason for each kind of unusable message', () => {
    assert.deepEqual(cleanPair('Open the file', ''), { drop: 'untranslated' });
    assert.deepEqual(cleanPair('Open the file', 'Abrir el fichero', {}, true), { drop: 'fuzzy' });
    assert.deepEqual(cleanPair('Usage:\n  -a', 'Uso:\n  -a'), { drop: 'multiline' });
    assert.deepEqual(cleanPair('Cannot open %s now', 'No se puede abrir ahora'), {
      drop: 'format-mismatch',
    });
    assert.deepEqual(
      cleanPair('Cannot open %s now', 'No se puede abrir %s ahora', { formatStrings: 'drop' }),
      {
        drop: 'format',
      },
    );
    assert.deepEqual(cleanPair('_Open', '_Abrir'), { drop: 'too-short' });
    assert.deepEqual(cleanPair('Linux Kernel Modules', 'linux kernel modules'), {
      drop: 'identical',
    });
  });

  it('keeps a good pair with its placeholders, cleaned the same way on both sides', () => {
    assert.deepEqual(
      cleanPair(
        'Cannot open <b>%s</b>: _Retry later\n',
        'No se puede abrir <b>%s</b>: _Reintentar más tarde\n',
      ),
      {
        en: 'Cannot open %s: Retry later',
        tgt: 'No se puede abrir %s: Reintentar más tarde',
      },
    );
    assert.deepEqual(cleanPair('Moved %1$s to %2$s now', 'Se movió %2$s a %1$s ahora'), {
      en: 'Moved %1$s to %2$s now',
      tgt: 'Se movió %2$s a %1$s ahora',
    });
  });
});
