/**
 * XLIFF patching. Expected files were written by hand (test/fixtures/integrations/
 * make_expected.py lists each patch); derivations of the tag placement:
 * - "Haga clic <g>aquí</g> para continuar.<x/>" -> pe "Pulse aquí para continuar.": tokens
 *   Haga clic aquí para continuar . / Pulse aquí para continuar . align clic->Pulse (Haga
 *   deleted); <g> goes before "aquí", </g> after it, <x/> (touching "." only) after ".".
 * - "Prensa <bpt/>Salva<ept/> ahora" -> "Pulse Guardar ahora": three substitutions/matches;
 *   <bpt> before "Guardar", <ept> after it.
 * - "Versión <ph/>" -> "Versión nueva": <ph> touches neither side, goes before the next aligned
 *   token, and there is none: the end of the pe.
 * po2xliff.xlf is real translate-toolkit output (make_po2xliff.sh), omegat-target.xlf real
 * OmegaT 3.6 output (make_omegat_xliff.sh).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DataError } from '../../src/errors.js';
import { SegmentError, type PostEditPlain } from '../../src/text/tagged-postedit.js';
import { postEditXliff } from '../../src/text/xliff/postedit-xliff.js';
import { scanXml } from '../../src/text/xliff/xml-scan.js';
import { fixture } from '../helpers/paths.js';

const read = (name: string) => readFileSync(fixture('integrations', name), 'utf8');
const opts = { batchSize: 2, note: 'post-edited automatically by ape (test)' };

/** Fixed post-edits (the input of the patching under test), identity for anything else. */
const TABLE: Record<string, string> = {
  'Haga clic aquí para continuar.': 'Pulse aquí para continuar.',
  'Prensa Salva ahora': 'Pulse Guardar ahora',
  'Versión ': 'Versión nueva',
};
const table: PostEditPlain = (segments) =>
  Promise.resolve(
    segments.map((s) => ({ pe: TABLE[s.mt] ?? s.mt, changed: TABLE[s.mt] !== undefined })),
  );
const identity: PostEditPlain = (segments) =>
  Promise.resolve(segments.map((s) => ({ pe: s.mt, changed: false })));

describe('postEditXliff', () => {
  it('XLIFF 1.2: patches targets, marks state and a note, skips what it must', async () => {
    const seen: string[] = [];
    const spy: PostEditPlain = (segments) => {
      seen.push(...segments.map((s) => `${s.src} => ${s.mt}`));
      return table(segments);
    };
    const { text, report } = await postEditXliff(read('tags-1.2.xlf'), 'tags-1.2.xlf', spy, opts);
    assert.equal(text, read('tags-1.2.expected.xlf'));
    assert.equal(report.version, '1');
    assert.deepEqual([report.units, report.changed], [4, 3]);
    assert.deepEqual(
      report.skipped.map((s) => `${s.id}: ${s.reason}`),
      [
        'approved: approved="yes"',
        'final: state="final"',
        'signed: state="signed-off"',
        'locked: translate="no"',
        'notarget: no <target>',
      ],
    );
    // The model saw text without tags, entities decoded.
    assert.deepEqual(seen, [
      'Click here to continue. => Haga clic aquí para continuar.',
      'Press Save now => Prensa Salva ahora',
      'Fish & chips => Pescado & patatas',
      'Version  => Versión ',
    ]);
  });

  it('XLIFF 2.0: state and subState on the segment, reviewed/final/ignorable untouched', async () => {
    const { text, report } = await postEditXliff(read('tags-2.0.xlf'), 'tags-2.0.xlf', table, opts);
    assert.equal(text, read('tags-2.0.expected.xlf'));
    assert.deepEqual([report.version, report.units, report.changed], ['2', 3, 2]);
    assert.deepEqual(
      report.skipped.map((s) => `${s.id}: ${s.reason}`),
      ['u2: state="final"', 'u3: state="reviewed"', 'u4: translate="no"', 'u5: no <target>'],
    );
  });

  it('po2xliff output: no change gives the file back byte for byte', async () => {
    const input = read('po2xliff.xlf');
    const { text, report } = await postEditXliff(input, 'po2xliff.xlf', identity, opts);
    assert.equal(text, input);
    assert.deepEqual([report.units, report.changed], [5, 0]);
    assert.deepEqual(
      report.skipped.map((s) => s.reason),
      ['PO header', 'approved="yes"', 'empty <target>'],
    );
  });

  it('po2xliff output: only the changed unit differs', async () => {
    const input = read('po2xliff.xlf');
    const one: PostEditPlain = (segments) =>
      Promise.resolve(
        segments.map((s) =>
          s.mt === 'Abierto la lima'
            ? { pe: 'Abrir el archivo', changed: true }
            : { pe: s.mt, changed: false },
        ),
      );
    const { text } = await postEditXliff(input, 'po2xliff.xlf', one, opts);
    const units = (t: string) =>
      scanXml(t)
        .filter((e) => e.name === 'trans-unit')
        .map((e) => t.slice(e.start, e.end));
    const before = units(input);
    const after = units(text);
    assert.equal(after.length, before.length);
    for (let i = 0; i < before.length; i++) {
      if (before[i]?.includes('Abierto la lima')) {
        assert.match(
          after[i] ?? '',
          /<target state="needs-review-translation">Abrir el archivo<\/target>\n {8}<note from="ape" annotates="target">/,
        );
      } else assert.equal(after[i], before[i]);
    }
    // Outside the trans-units, nothing moved either.
    const outside = (t: string) => units(t).reduce((acc, u) => acc.replace(u, ''), t);
    assert.equal(outside(text), outside(input));
  });

  it("OmegaT's own XLIFF output: byte-identical without changes; one hand-derived change", async () => {
    const input = read('omegat-target.xlf');
    const same = await postEditXliff(input, 'omegat-target.xlf', identity, opts);
    assert.equal(same.text, input);
    assert.deepEqual([same.report.units, same.report.changed], [4, 0]);
    // mt It do click here to continue . / pe Click here to continue . (It, do deleted):
    // <g> sits after "click" (gap 3) -> before pe "here"; </g> after it.
    const one: PostEditPlain = (segments) =>
      Promise.resolve(
        segments.map((s) =>
          s.mt === 'It do click here to continue.'
            ? { pe: 'Click here to continue.', changed: true }
            : { pe: s.mt, changed: false },
        ),
      );
    const { text } = await postEditXliff(input, 'omegat-target.xlf', one, opts);
    assert.equal(
      text,
      input.replace(
        '<target>It do click <g id="1">here</g> to continue.</target>',
        '<target state="needs-review-translation">Click <g id="1">here</g> to continue.</target>\n        <note from="ape" annotates="target">post-edited automatically by ape (test)</note>',
      ),
    );
  });

  it('malformed XML: a DataError with file and line, before any post-edit', async () => {
    const bad = read('tags-1.2.xlf').replace('<target>Sí</target>', '<target>Sí</targe>');
    let called = false;
    const spy: PostEditPlain = (s) => {
      called = true;
      return identity(s);
    };
    await assert.rejects(
      postEditXliff(bad, 'bad.xlf', spy, opts),
      (e: unknown) =>
        e instanceof DataError &&
        e.line === 18 &&
        /bad\.xlf:18: malformed XML: <\/targe> closes <target> \(opened at line 18\)/.test(
          e.message,
        ),
    );
    await assert.rejects(
      postEditXliff(read('tags-1.2.xlf').replace('Fish &amp;', 'Fish &'), 'bad.xlf', spy, opts),
      /bad\.xlf:12: malformed XML: '&' does not start an entity reference/,
    );
    await assert.rejects(
      postEditXliff('<xliff version="1.2"><file>', 'bad.xlf', spy, opts),
      /bad\.xlf:1: malformed XML: <file> opened here is never closed/,
    );
    await assert.rejects(
      postEditXliff('<?xml version="1.0" encoding="UTF-16"?><xliff/>', 'bad.xlf', spy, opts),
      /encoding="UTF-16" is not supported/,
    );
    await assert.rejects(
      postEditXliff('<xliff version="3.0"/>', 'bad.xlf', spy, opts),
      /version="3.0"/,
    );
    assert.equal(called, false);
  });

  it('a unit the engine cannot handle is named', async () => {
    const failing: PostEditPlain = (segments) => {
      const i = segments.findIndex((s) => s.mt === 'Prensa Salva ahora');
      if (i >= 0)
        return Promise.reject(
          new SegmentError(
            i,
            'mt',
            new Error("mt has 900 tokens, more than this model's limit of 128 (split the segment)"),
          ),
        );
      return identity(segments);
    };
    await assert.rejects(
      postEditXliff(read('tags-1.2.xlf'), 'tags-1.2.xlf', failing, opts),
      (e: unknown) =>
        e instanceof DataError &&
        e.message ===
          'tags-1.2.xlf:10 (trans-unit "bold" target): mt has 900 tokens, more than this model\'s limit of 128 (split the segment)',
    );
  });
});
