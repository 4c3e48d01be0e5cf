import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePo, pluralCount, unescapeC } from '../../../src/data/harvest/po.js';

const PO = `msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

#: src/main.c:10
#, c-format
msgid "Cannot open \\"%s\\""
msgstr "No se puede abrir «%s»"

#, fuzzy
msgid "Old"
msgstr "Viejo"

msgctxt "Stock label"
msgid ""
"_Save "
"as"
msgstr "Guardar _como"
msgid "%d file"
msgid_plural "%d files"
msgstr[0] "%d archivo"
msgstr[1] "%d archivos"

#~ msgid "obsolete"
#~ msgstr "obsoleto"
`;

describe('PO parsing', () => {
  it('reads entries, continuation lines, contexts, plurals and flags', () => {
    const entries = parsePo(PO);
    assert.equal(pluralCount(entries), 2);
    const body = entries.filter((e) => e.msgid !== '');
    assert.deepEqual(
      body.map((e) => [e.context, e.msgid, e.msgidPlural, e.msgstr, e.flags]),
      [
        [undefined, 'Cannot open "%s"', undefined, ['No se puede abrir «%s»'], ['c-format']],
        [undefined, 'Old', undefined, ['Viejo'], ['fuzzy']],
        ['Stock label', '_Save as', undefined, ['Guardar _como'], []],
        [undefined, '%d file', '%d files', ['%d archivo', '%d archivos'], []],
      ],
    );
    assert.equal(body[0]?.line, 8);
  });

  it('unescapes C escapes', () => {
    assert.equal(unescapeC('a\\tb\\nc\\\\d\\"e\\101'), 'a\tb\nc\\d"eA');
  });
});
