/**
 * Protected spans (docs/protected-spans.md). Detection against the hand-written shared
 * fixture (test/fixtures/protect/cases.json, each case with its derivation); the guarantee
 * (a post-edit that drops, duplicates or alters a span is not sent) against a test double
 * that stands for a model mangling spans, a fault the tiny fixture model cannot be made to
 * commit on purpose, and against that real model, whose near-random output must still never
 * lose a span. Counts in the checks are made here with a plain split, independently of
 * detect.ts's counting.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { OnnxPostEditor, postEditSegments } from '../../src/model/post-editor.js';
import type { Segment } from '../../src/model/segment.js';
import {
  postEditTagged,
  tagsForRequest,
  type PostEditPlain,
} from '../../src/text/tagged-postedit.js';
import { countOccurrences, detectSpans } from '../../src/text/protect/detect.js';
import { MASK_STRATEGIES, maskPair } from '../../src/text/protect/mask.js';
import { repoRoot } from '../helpers/paths.js';

interface Case {
  src: string;
  mt: string;
  spans: [string, string][];
  /** What the model sees with the spans stripped (hand-derived), where the case gives it. */
  strip?: { src: string; mt: string };
  why: string;
}
const CASES = (
  JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/protect/cases.json'), 'utf8')) as {
    cases: Case[];
  }
).cases;

/**
 * Occurrences of `text` in `s`, for the checks, counted here by a regular expression: a text
 * that starts with a letter or digit counts only as a whole word (`1` not inside `10`).
 */
const occurrences = (s: string, text: string) => {
  const body = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const wordy = /^[\p{L}\p{N}_]/u.test(text);
  const endWordy = /[\p{L}\p{N}_]$/u.test(text);
  const re = wordy
    ? `(?<![\\p{L}\\p{N}\\p{M}_])${body}${endWordy ? '(?![\\p{L}\\p{N}\\p{M}_])' : ''}`
    : body;
  return [...s.matchAll(new RegExp(re, 'gu'))].length;
};

/** A "model" that applies `edit` to each mt and reports a change. */
const fake =
  (edit: (mt: string) => string): PostEditPlain =>
  async (segments) =>
    segments.map((s) => {
      const pe = edit(s.mt);
      return { pe, changed: pe !== s.mt };
    });

describe('detectSpans (shared fixture)', () => {
  for (const c of CASES) {
    it(`${c.mt}  (${c.why})`, () => {
      assert.deepEqual(
        detectSpans(c.src, c.mt).map((s) => [s.kind, s.text]),
        c.spans,
      );
    });
  }

  it('spans point at their text in the mt', () => {
    for (const c of CASES)
      for (const s of detectSpans(c.src, c.mt)) assert.equal(c.mt.slice(s.start, s.end), s.text);
  });
});

describe('countOccurrences', () => {
  it('word-edged texts count as whole words, others anywhere', () => {
    assert.equal(countOccurrences('port 10 and 1 and 100', '1'), 1);
    assert.equal(countOccurrences('Writers Writer', 'Writer'), 1);
    assert.equal(countOccurrences('%dpx %d', '%d'), 2);
    assert.equal(countOccurrences('%s%s', '%s'), 2);
  });
});

describe('maskPair', () => {
  it('unmasking the masked mt gives back the mt, for every strategy', () => {
    for (const strategy of MASK_STRATEGIES)
      for (const c of CASES) {
        const m = maskPair(c.src, c.mt, detectSpans(c.src, c.mt), strategy);
        assert.equal(m.unmask(m.mt), c.mt, `${strategy}: ${c.mt}`);
      }
  });

  it('strip takes spans out of src and mt (the fixture’s strip cases)', () => {
    const withStrip = CASES.filter((c) => c.strip !== undefined);
    assert.ok(withStrip.length >= 10);
    for (const c of withStrip) {
      const m = maskPair(c.src, c.mt, detectSpans(c.src, c.mt), 'strip');
      assert.deepEqual({ src: m.src, mt: m.mt }, c.strip, c.mt);
    }
  });
});

describe('the guarantee, with a model that mangles spans (test double)', () => {
  const withSpans = CASES.filter((c) => c.spans.length > 0);
  const segments: Segment[] = withSpans.map((c) => ({ src: c.src, mt: c.mt }));
  const manglers: [string, (mt: string, span: string) => string][] = [
    ['drops', (mt, span) => mt.replace(span, '')],
    ['duplicates', (mt, span) => mt.replace(span, `${span} ${span}`)],
    ['alters', (mt, span) => mt.replace(span, span.slice(0, -1) + 'X')],
  ];
  for (const [what, mangle] of manglers) {
    it(`a post-edit that ${what} a span (whatever the masking) is answered with the mt`, async () => {
      // The double mangles the first span's text wherever the model's input still shows it,
      // and otherwise mangles the last word (so the strip round breaks nothing it can see).
      let round = 0;
      const results = await postEditTagged(segments, 'none', async (units) => {
        round++;
        return units.map((u, i) => {
          const span = (withSpans[i] as Case).spans[0]?.[1] ?? '';
          const pe = u.mt.includes(span) ? mangle(u.mt, span) : u.mt;
          return { pe, changed: pe !== u.mt };
        });
      });
      assert.equal(round, 2, 'every segment failed the first round and was retried stripped');
      results.forEach((r, i) => {
        const c = withSpans[i] as Case;
        // Stripped, the double cannot see the span: the retry keeps every span, so the
        // post-edit is sent, and it holds each span as often as the mt.
        for (const [, text] of c.spans)
          assert.equal(occurrences(r.pe, text), occurrences(c.mt, text));
        assert.equal(r.kept, undefined);
      });
    });
  }

  it('when every round breaks a span, the segment is the mt verbatim with kept "mt-protected"', async () => {
    // Appends two copies of the segment's first span, masked or not: restoring a stripped
    // span can split at most one of them, so there is always an occurrence too many.
    const results = await postEditTagged(segments, 'none', async (units) =>
      units.map((u, i) => {
        const span = (withSpans[i] as Case).spans[0]?.[1] ?? '';
        return { pe: `${u.mt} ${span} ${span}`, changed: true };
      }),
    );
    results.forEach((r, i) => {
      const c = withSpans[i] as Case;
      assert.deepEqual(r, { pe: c.mt, changed: false, kept: 'mt-protected' });
    });
  });

  it('a post-edit that keeps every span is sent', async () => {
    const [r] = await postEditTagged(
      [{ src: 'Abra https://a.example/x ahora', mt: 'Open https://a.example/x now' }],
      'none',
      fake((mt) => mt.replace('Open', 'Visit')),
    );
    assert.deepEqual(r, { pe: 'Visit https://a.example/x now', changed: true });
  });

  it('options.protect false sends a post-edit that drops a span', async () => {
    const [r] = await postEditTagged(
      [{ src: 'Abra https://a.example/x ahora', mt: 'Open https://a.example/x now' }],
      'none',
      fake(() => 'Open now'),
      { protect: false },
    );
    assert.deepEqual(r, { pe: 'Open now', changed: true });
  });

  it('XLIFF <mrk mtype="protected"> and <mrk translate="no"> content is protected', async () => {
    for (const open of ['<mrk mtype="protected">', '<mrk id="m1" translate="no">']) {
      const mt = `Open the ${open}big red</mrk> box`;
      // The first round sees "big red" and breaks it; the retry sees "Open the box" (the
      // span stripped) and its edit is sent with the span put back where it was.
      const [broken] = await postEditTagged(
        [{ src: `Abra la ${open}big red</mrk> caja`, mt }],
        'xliff',
        fake((s) => s.replace('red', 'blue').replace('box', 'crate')),
      );
      assert.deepEqual(broken, { pe: `Open the ${open}big red</mrk> crate`, changed: true });
      const [kept] = await postEditTagged(
        [{ src: `Abra la ${open}big red</mrk> caja`, mt }],
        'xliff',
        fake((s) => s.replace('box', 'crate')),
      );
      assert.deepEqual(kept, { pe: `Open the ${open}big red</mrk> crate`, changed: true });
    }
  });
});

describe('newlines', () => {
  it('lines are post-edited one by one and joined with their own newlines', async () => {
    const seen: string[] = [];
    const [r] = await postEditTagged(
      [{ src: 'Uno\r\ndos\n\ntres', mt: 'One\r\ntwo\n\nthree' }],
      'xliff',
      async (units) => {
        seen.push(...units.map((u) => u.mt));
        return units.map((u) => ({ pe: u.mt.toUpperCase(), changed: true }));
      },
    );
    assert.deepEqual(seen, ['One', 'two', 'three']);
    assert.equal(r?.pe, 'ONE\r\nTWO\n\nTHREE');
  });

  it('tagsForRequest answers one result per segment, lines scored by their mean', async () => {
    const tagged = tagsForRequest(
      [
        { src: 'a\nb', mt: 'x\ny' },
        { src: 'c', mt: 'z' },
      ],
      'none',
      () => new Error('no markup here'),
    );
    const owners: number[] = [];
    const answers = await tagged.run(async (units, o) => {
      owners.push(...o);
      return units.map((u, i) => ({
        pe: `${u.mt}!`,
        changed: true,
        score: -i - 1,
        tokens: 2,
        nbest: [{ pe: `${u.mt}!`, score: -i - 1 }],
      }));
    }, 1);
    assert.deepEqual(owners, [0, 0, 1]);
    assert.deepEqual(answers, [
      { pe: 'x!\ny!', changed: true, score: -1.5 },
      { pe: 'z!', changed: true, score: -3 },
    ]);
  });
});

describe('the guarantee with the real tiny fixture model', () => {
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

  it('every answer holds each span of its mt as often as the mt, or is the mt', async () => {
    // The cases short enough for the tiny model (30 tokens a side).
    const fits = CASES.filter((c) => {
      try {
        editor.prepare(c);
        return true;
      } catch {
        return false;
      }
    });
    assert.ok(fits.length >= 8, `only ${fits.length} cases fit the tiny model`);
    const results = await postEditTagged(
      fits.map((c) => ({ src: c.src, mt: c.mt })),
      'none',
      async (units) => postEditSegments(editor, units, { beam: 2 }),
    );
    results.forEach((r, i) => {
      const c = fits[i] as Case;
      if (r.kept === 'mt-protected') assert.equal(r.pe, c.mt);
      for (const [, text] of c.spans)
        assert.equal(occurrences(r.pe, text), occurrences(c.mt, text), `${text} in ${r.pe}`);
    });
  });
});
