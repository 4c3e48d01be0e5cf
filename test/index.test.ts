/**
 * The package's public API as a user imports it (`import ... from 'ape'`, resolved through
 * package.json "exports" to dist/src/index.js): the post-editor on the tiny fixture model
 * against the Python reference decoder, the metrics against sacreBLEU 2.6.0's own numbers
 * (test/fixtures/eval/, written by make_expected.py and ter/make_expected_ter.py), and the
 * HTTP app driven without a port.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import * as ape from 'ape';
import { fixture } from './helpers/paths.js';
import { expectations, MODEL, type Expected } from './server/fixture-app.js';
import { HYP, refSet } from './eval/sacrebleu-fixtures.js';

describe("import from 'ape'", () => {
  it('resolves to the compiled library entry', () => {
    assert.match(import.meta.resolve('ape'), /\/dist\/src\/index\.js$/);
  });

  it('exports the post-editor, the tag and XLIFF helpers, the metrics, the app and the errors', () => {
    for (const name of [
      'OnnxPostEditor',
      'postEditSegments',
      'loadModelDir',
      'postEditTagged',
      'postEditXliff',
      'BLEU',
      'CHRF',
      'TER',
      'corpusScore',
      'buildMetric',
      'pairedTest',
      'apeReport',
      'createApp',
      'ApeError',
      'DataError',
      'ModelError',
      'UsageError',
      'SegmentTooLongError',
    ])
      assert.equal(typeof (ape as Record<string, unknown>)[name], 'function', name);
  });
});

describe('post-editing through the public API', () => {
  let editor: ape.OnnxPostEditor;
  let expected: Expected[];
  before(async () => {
    editor = await ape.OnnxPostEditor.load(MODEL, { workers: 1, intraOpThreads: 1 });
    expected = await expectations();
  });
  after(() => editor.close());

  it("postEditSegments gives the Python reference decoder's output, in input order", async () => {
    // The fixture model's manifest says beam 4; postEditSegments uses it when no beam is given.
    assert.equal(editor.info.decoding.beam, 4);
    const cases = expected.filter((e) => e.beam === 4);
    assert.ok(cases.length >= 3);
    const results = await ape.postEditSegments(
      editor,
      cases.map((e) => ({ src: e.c.src, mt: e.c.mt })),
    );
    assert.deepEqual(
      results.map((r) => r.pe),
      cases.map((e) => e.pe),
    );
    results.forEach((r, i) =>
      assert.ok(Math.abs((r.score ?? NaN) - (cases[i]?.score ?? NaN)) < 1e-4),
    );
  });

  it('a beam given in the options is the one used', async () => {
    const cases = expected.filter((e) => e.beam === 1);
    const results = await ape.postEditSegments(
      editor,
      cases.map((e) => ({ src: e.c.src, mt: e.c.mt })),
      { beam: 1 },
    );
    assert.deepEqual(
      results.map((r) => r.pe),
      cases.map((e) => e.pe),
    );
  });

  it('a pair too long for the model is refused with its index, nothing decoded', async () => {
    const ok = { src: 'hola', mt: 'hello' };
    const long = {
      src: 'hola',
      mt: Array(editor.info.maxMtTokens + 5)
        .fill('dog')
        .join(' '),
    };
    await assert.rejects(ape.postEditSegments(editor, [ok, long]), (err: unknown) => {
      assert.ok(err instanceof ape.SegmentTooLongError);
      assert.ok(err instanceof ape.ApeError);
      assert.equal(err.index, 1);
      assert.equal(err.side, 'mt');
      assert.match(err.message, /^segment 1: mt has \d+ tokens/);
      return true;
    });
    assert.deepEqual(await ape.postEditSegments(editor, []), []);
  });

  it('createApp serves the same post-edits over HTTP (no port)', async () => {
    const e = expected.find((x) => x.beam === 4);
    assert.ok(e);
    const { app } = ape.createApp({ postEditor: editor });
    const res = await request(app)
      .post('/v1/postedit')
      .send({ segments: [{ src: e.c.src, mt: e.c.mt }] });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.segments[0].pe, e.pe);
  });
});

describe('metrics through the public API equal sacreBLEU 2.6.0', () => {
  interface CorpusCase {
    subset: string;
    refs: '1' | '3' | 'ragged';
    options: Record<string, unknown>;
    score: number;
  }
  const load = (file: string) =>
    JSON.parse(readFileSync(fixture('eval', file), 'utf8')) as { corpus: CorpusCase[] };
  const first = (file: string): CorpusCase => {
    const c = load(file).corpus.find((x) => x.subset === 'all' && x.refs === '1');
    assert.ok(c, `${file}: a whole-corpus, one-reference case`);
    return c;
  };

  it('BLEU with default settings', () => {
    const c = load('expected-bleu.json').corpus.find(
      (x) =>
        x.subset === 'all' &&
        x.refs === '1' &&
        x.options.tokenize === '13a' &&
        x.options.smoothMethod === 'exp' &&
        x.options.lowercase === false &&
        x.options.effectiveOrder === false &&
        x.options.maxNgramOrder === 4,
    );
    assert.ok(c);
    const score = ape.corpusScore(new ape.BLEU(), HYP, refSet('1'));
    assert.ok(Math.abs(score.score - c.score) < 1e-9, `${score.score} vs ${c.score}`);
  });

  it('chrF with default settings', () => {
    const c = first('expected-chrf.json');
    assert.deepEqual(c.options, {
      charOrder: 6,
      wordOrder: 0,
      beta: 2,
      lowercase: false,
      whitespace: false,
      epsSmoothing: false,
    });
    const score = ape.corpusScore(ape.buildMetric('chrf'), HYP, refSet('1'));
    assert.ok(Math.abs(score.score - c.score) < 1e-9, `${score.score} vs ${c.score}`);
  });

  it('TER, lowercased as sacreBLEU does by default', () => {
    const ter = JSON.parse(readFileSync(fixture('eval', 'ter', 'expected-ter.json'), 'utf8')) as {
      corpus: { options: Record<string, boolean>; refs: string; score: number }[];
    };
    const c = ter.corpus.find(
      (x) =>
        x.refs === '1' &&
        !x.options.normalized &&
        !x.options.no_punct &&
        !x.options.asian_support &&
        !x.options.case_sensitive,
    );
    assert.ok(c);
    const lines = (name: string) =>
      readFileSync(fixture('eval', 'ter', name), 'utf8')
        .split('\n')
        .slice(0, -1);
    const score = ape.corpusScore(new ape.TER(), lines('hyp.txt'), [lines('ref.1.txt')]);
    assert.ok(Math.abs(score.score - c.score) < 1e-9, `${score.score} vs ${c.score}`);
  });
});
