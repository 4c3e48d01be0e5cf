/**
 * The APy routes beyond translate/listPairs (issue 20): markUnknown, JSONP callback, OPTIONS,
 * listLanguageNames, stats, and no upstream URL in an error. On the real app with the fixture
 * model and real Apertium (spa-eng). Oracles: Python's json.dumps for the bytes
 * (python-oracle.ts), the apertium command with marks for the unknown words, and the app's own
 * answer without markUnknown for the post-edit.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { ApertiumEngine } from '../../../src/data/mt/apertium.js';
import { restoreMarks } from '../../../src/server/compat/apy-unknown.js';
import type { UpstreamMt } from '../../../src/server/compat/upstream.js';
import type { OnnxPostEditor } from '../../../src/model/post-editor.js';
import { createApp } from '../../../src/server/app.js';
import type { ServerConfig } from '../../../src/server/config.js';
import { loadPostEditor } from '../../helpers/fixture-model.js';
import { pythonDumps } from '../../helpers/python-oracle.js';

let pe: OnnxPostEditor;
let upstream: UpstreamMt[];
before(async () => {
  pe = await loadPostEditor();
  upstream = [
    { source: 'spa', target: 'eng', engine: await ApertiumEngine.create({ pair: 'spa-eng' }) },
  ];
});
after(async () => {
  await pe.close();
});

const app = (config: Partial<ServerConfig> = {}, up: UpstreamMt[] = upstream) =>
  createApp({ postEditor: pe, config, upstream: up }).app;

/** The words `apertium spa-eng` (marks kept, no -u) marks unknown in `line`. */
function apertiumUnknown(line: string): string[] {
  const r = spawnSync(
    'bash',
    [
      '-c',
      `printf '%s\\n' "$1" > "$2" && apertium spa-eng "$2"`,
      'x',
      line,
      `/tmp/ape-apy-extras-${process.pid}.txt`,
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
  assert.equal(r.status, 0, r.stderr);
  return [...r.stdout.matchAll(/\*(\p{L}+)/gu)].map((m) => m[1] ?? '');
}

const text = (res: request.Response) =>
  (res.body as { responseData: { translatedText: string } }).responseData.translatedText;

const get = (a: ReturnType<typeof app>, query: Record<string, string>) =>
  request(a).get('/apy/translate').query(query);

describe('/apy/translate markUnknown', () => {
  it('yes: the words Apertium marks unknown are marked where the post-edit still has them, and only there', async () => {
    const a = app();
    // The fixture model rewrites most words; a name it keeps, and a placeholder's letter
    // (Apertium itself writes %*s), show the marks in the post-edit.
    for (const q of ['Zorglub ve al gato %s', 'mi perro blorpt come\nla casa de Zorglub']) {
      const unknown = q.split('\n').flatMap(apertiumUnknown);
      const plain = await get(a, { q, langpair: 'spa|eng', markUnknown: 'no' });
      const marked = await get(a, { q, langpair: 'spa|eng', markUnknown: 'yes' });
      assert.equal(marked.status, 200);
      assert.equal(
        marked.text,
        pythonDumps('apy', {
          responseData: { translatedText: text(marked) },
          responseDetails: null,
          responseStatus: 200,
        }),
      );
      // the same post-edit, marks aside
      assert.equal(text(marked).replace(/\*(?=\p{L})/gu, ''), text(plain));
      const markedWords = [...text(marked).matchAll(/\*(\p{L}+)/gu)].map((m) => m[1] ?? '');
      assert.ok(markedWords.length > 0, text(marked));
      for (const w of markedWords)
        assert.ok(unknown.includes(w), `${w} is not unknown to Apertium`);
      for (const w of unknown)
        if (new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, 'u').test(text(plain)))
          assert.ok(text(marked).includes(`*${w}`), `${w} left unmarked in ${text(marked)}`);
    }
  });

  it("APy's values: yes, true, 1 in any case mark; anything else or nothing does not", async () => {
    const a = app();
    const q = 'la casa de Zorglub';
    const answers = new Map<string, string>();
    for (const v of ['yes', 'True', '1', 'no', '0', 'false', '', undefined]) {
      const res = await get(a, {
        q,
        langpair: 'es|en',
        ...(v === undefined ? {} : { markUnknown: v }),
      });
      assert.equal(res.status, 200);
      answers.set(String(v), text(res));
    }
    for (const v of ['yes', 'True', '1']) assert.match(answers.get(v) ?? '', /\*Zorglub/, v);
    for (const v of ['no', '0', 'false', '', 'undefined'])
      assert.doesNotMatch(answers.get(v) ?? '', /\*/, v);
  });

  it('restoreMarks: Apertium marks kept on the words the post-edit still has, outside tags', () => {
    // Outputs of `apertium spa-eng` with and without -u (Apertium 3.8, apertium-spa-eng)
    const marked = "The cat <*g0>*xyzzq</*g0> sees the dog<*x1/> *l'*qwertz *important* *xyzzq";
    const plain = "The cat <g0>xyzzq</g0> sees the dog<x1/> l'qwertz *important* xyzzq";
    assert.equal(
      restoreMarks("The <g0>xyzzq</g0> cat sees l'qwertz *important*", marked, plain, 'omegat'),
      "The <g0>*xyzzq</g0> cat sees *l'*qwertz *important*",
    );
    // two marks of xyzzq, so two words marked; a word the model replaced is not
    assert.equal(
      restoreMarks('xyzzq and xyzzq, xyzzq; qwertzy', marked, plain, 'omegat'),
      '*xyzzq and *xyzzq, xyzzq; qwertzy',
    );
    // no tags: what is between < > is text, marked as Apertium marked it
    assert.equal(restoreMarks('<g0>', '<*g0>', '<g0>', 'none'), '<*g0>');
    assert.equal(restoreMarks('the g0 cat', '<*g0>', '<g0>', 'omegat'), 'the g0 cat');
  });
});
