/**
 * LibreTranslate's `alternatives` (issue 20) against a real `ape serve` (the fixture model,
 * beam 4 in its manifest; real Apertium spa-eng as the MT). The expected alternatives come
 * from another route of the same server: /v1/postedit with `options.nbest` on the `apertium`
 * command's MT of each line (mt-compat.test.ts checks that route against the reference
 * decoder), its distinct hypotheses after the best, joined line by line as the docs say
 * (docs/http-api.md, LibreTranslate).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apertiumCli } from '../../helpers/python-oracle.js';
import { fixture } from '../../helpers/paths.js';
import { startServe, type ServeProcess } from '../../helpers/serve.js';

const TIMEOUT_MS = 60_000;
/** The fixture model's `decoding.beam` (test/fixtures/model-tiny-softmax/ape.json). */
const BEAM = 4;
const SENTENCES = ['el perro ve al gato', 'la casa es grande y blanca'];

let serve: ServeProcess;
before(async () => {
  serve = await startServe(['--model', fixture('model-tiny-softmax'), '--mt', 'apertium:spa-eng']);
});
after(() => {
  serve.child.kill('SIGTERM');
});

async function post(path: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${serve.base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const text = await res.text();
  assert.equal(res.status, 200, `${path}: ${text}`);
  return JSON.parse(text) as Record<string, unknown>;
}

const translate = (body: Record<string, unknown>) =>
  post('/libretranslate/translate', { source: 'es', target: 'en', ...body });

/** /v1/postedit of one line's Apertium MT: its best and its distinct other hypotheses. */
async function lineNbest(src: string, nbest: number): Promise<{ best: string; others: string[] }> {
  const body = (await post('/v1/postedit', {
    segments: [{ src, mt: apertiumCli('spa-eng', src) }],
    options: { nbest },
  })) as { segments: { pe: string; kept?: string; nbest?: { pe: string }[] }[] };
  const seg = body.segments[0];
  assert.ok(seg !== undefined);
  assert.notEqual(seg.kept, 'mt-protected', `${src}: pick a line without broken spans`);
  const others: string[] = [];
  for (const h of seg.nbest ?? []) if (h.pe !== seg.pe && !others.includes(h.pe)) others.push(h.pe);
  return { best: seg.pe, others };
}

/**
 * The expected answer for a text of `\n`-separated lines: the translation joins the lines'
 * bests; alternative k joins each line's k-th other hypothesis (a line with fewer: its best),
 * left out when equal to the translation or an earlier one, at most `n`.
 */
async function expected(text: string, n: number): Promise<{ best: string; alts: string[] }> {
  const lines = await Promise.all(text.split('\n').map((l) => lineNbest(l, Math.min(n + 1, BEAM))));
  const best = lines.map((l) => l.best).join('\n');
  const alts: string[] = [];
  const longest = Math.max(...lines.map((l) => l.others.length));
  for (let k = 0; k < longest && alts.length < n; k++) {
    const alt = lines.map((l) => l.others[k] ?? l.best).join('\n');
    if (alt !== best && !alts.includes(alt)) alts.push(alt);
  }
  return { best, alts };
}

function assertDistinct(best: string, alts: readonly string[]): void {
  assert.equal(new Set(alts).size, alts.length, `alternatives repeat: ${JSON.stringify(alts)}`);
  assert.ok(!alts.includes(best), `an alternative is the translation: ${best}`);
}

describe('LibreTranslate alternatives from the n-best', { timeout: 5 * TIMEOUT_MS }, () => {
  it('alternatives: 2 gives up to 2 other hypotheses of /v1/postedit, best first', async () => {
    const q = SENTENCES[0] ?? '';
    const want = await expected(q, 2);
    assert.ok(want.alts.length > 0, 'the fixture model gives this sentence other hypotheses');
    const got = await translate({ q, alternatives: 2 });
    assert.equal(got.translatedText, want.best);
    assert.deepEqual(got.alternatives, want.alts);
    assertDistinct(want.best, want.alts);
  });

  it('a list q gives a list per text; a text of several lines joins its lines', async () => {
    const q = [SENTENCES[0] ?? '', SENTENCES.join('\n')];
    const wants = await Promise.all(q.map((t) => expected(t, 2)));
    const got = await translate({ q, alternatives: '2' }); // a form-style string counts too
    assert.deepEqual(
      got.translatedText,
      wants.map((w) => w.best),
    );
    assert.deepEqual(
      got.alternatives,
      wants.map((w) => w.alts),
    );
    for (const w of wants) assertDistinct(w.best, w.alts);
  });

  it('no alternatives field when alternatives is absent, 0 or negative (as app.py)', async () => {
    const q = SENTENCES[0] ?? '';
    const want = await expected(q, 0);
    for (const extra of [{}, { alternatives: 0 }, { alternatives: -3 }]) {
      const got = await translate({ q, ...extra });
      assert.deepEqual(got, { translatedText: want.best }, JSON.stringify(extra));
    }
  });

  it('more alternatives than the beam gives are clamped to beam - 1, not refused', async () => {
    const q = SENTENCES[1] ?? '';
    const want = await expected(q, BEAM - 1);
    const got = await translate({ q, alternatives: 10 });
    assert.equal(got.translatedText, want.best);
    assert.deepEqual(got.alternatives, want.alts);
    assert.ok((got.alternatives as string[]).length <= BEAM - 1);
  });

  it('a blank text has no alternatives; a URL is in every alternative', async () => {
    const url = 'https://example.com/a?b=1';
    const got = await translate({ q: ['  ', `el perro ve ${url}`], alternatives: 3 });
    const [blank, withUrl] = got.alternatives as string[][];
    assert.deepEqual(blank, []);
    assert.ok(withUrl !== undefined);
    const best = (got.translatedText as string[])[1] ?? '';
    assert.ok(withUrl.length > 0, 'the fixture model gives this line other hypotheses');
    assertDistinct(best, withUrl);
    for (const alt of withUrl) assert.ok(alt.includes(url), `${alt} lost ${url}`);
  });

  it('format html: each alternative carries the translation tags', async () => {
    const got = await translate({
      q: '<p>el <b>perro</b> ve al gato</p>',
      format: 'html',
      alternatives: 3,
    });
    const best = got.translatedText as string;
    const alts = got.alternatives as string[];
    const tags = (s: string) => s.match(/<[^>]+>/g) ?? [];
    assert.deepEqual(tags(best), ['<p>', '<b>', '</b>', '</p>']);
    assert.ok(alts.length > 0, 'the fixture model gives this text other hypotheses');
    assertDistinct(best, alts);
    for (const alt of alts) assert.deepEqual(tags(alt), tags(best), alt);
  });
});
