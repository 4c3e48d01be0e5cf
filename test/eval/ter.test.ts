// TER against sacreBLEU 2.6.0 itself (test/fixtures/eval/ter/make_expected_ter.py printed every
// expected number and string on the TER stress corpus), plus hand-derived cases in the manner
// of sacreBLEU's test/test_ter.py.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { performShift, translationEditRate } from '../../src/eval/lib-ter.js';
import { corpusScore, corpusStats, sumStats } from '../../src/eval/metric.js';
import { formatScore } from '../../src/eval/score-format.js';
import { TER, type TEROptions } from '../../src/eval/ter.js';
import { pyRstrip } from '../../src/eval/tokenizers/python-whitespace.js';
import { tercomTokenize } from '../../src/eval/tokenizers/ter.js';
import { fixture } from '../helpers/paths.js';

/** sacreBLEU's keyword arguments, as the script writes them. */
interface PyOptions {
  normalized?: boolean;
  no_punct?: boolean;
  asian_support?: boolean;
  case_sensitive?: boolean;
}

interface CorpusEntry {
  options: PyOptions;
  refs: '1' | '3' | 'ragged';
  score: number;
  num_edits: number;
  ref_length: number;
  line: string;
  str: string;
  signature: string;
  short: string;
  edits: number[];
  ref_lengths: number[];
  sentence: number[];
  sentence_nrefs: number[] | null;
}

interface InlineEntry {
  hyp: string;
  refs: (string | null)[];
  scores: { options: PyOptions; score: number; edits: number; ref_length: number; nrefs: number }[];
}

interface Expected {
  sacrebleu: string;
  corpus: CorpusEntry[];
  inline: InlineEntry[];
  pairs: { hyp: string; ref: string; edits: number; ref_length: number }[];
  random: {
    hyps: string[];
    refs: string[][];
    stats: { options: PyOptions; edits: number[]; ref_lengths: number[] }[];
  };
  tokens: { options: PyOptions; lines: string[]; tokens: string[] }[];
}

function lines(name: string): string[] {
  const out = readFileSync(fixture('eval', 'ter', name), 'utf8').split('\n');
  out.pop();
  return out;
}

const expected = JSON.parse(
  readFileSync(fixture('eval', 'ter', 'expected-ter.json'), 'utf8'),
) as Expected;
const HYP = lines('hyp.txt');
const [REF1 = [], REF2 = [], REF3 = []] = [
  lines('ref.1.txt'),
  lines('ref.2.txt'),
  lines('ref.3.txt'),
];
const REF_SETS: Record<CorpusEntry['refs'], (string | null)[][]> = {
  '1': [REF1],
  '3': [REF1, REF2, REF3],
  ragged: [REF1, REF2, REF3.map((r) => (r === '' ? null : r))],
};

/**
 * The generated long segments (80 to 300 words) cost most of the time and tokenize the same
 * under every option, so their sentence scores are checked under the default options only.
 */
const LONG = new Set(HYP.flatMap((h, i) => (h.split(' ').length > 60 ? [i] : [])));

function toOptions(o: PyOptions): TEROptions {
  return {
    normalized: o.normalized ?? false,
    noPunct: o.no_punct ?? false,
    asianSupport: o.asian_support ?? false,
    caseSensitive: o.case_sensitive ?? false,
  };
}

/** Ours names `ape-<version>` where sacreBLEU names itself; everything else must be equal. */
function sacrebleuVersion(text: string): string {
  return text.replace(/\|(version|v):ape-[^|= ]*/, (_m, key: string) => `|${key}:2.6.0`);
}

describe('TER matches sacreBLEU 2.6.0 on the stress corpus', () => {
  it('was computed by sacreBLEU 2.6.0 for every option combination and reference set', () => {
    assert.equal(expected.sacrebleu, '2.6.0');
    assert.equal(expected.corpus.length, 16 * 3);
    assert.equal(HYP.length, REF1.length);
  });

  for (const e of expected.corpus) {
    const options = toOptions(e.options);
    const what = `refs=${e.refs} ${JSON.stringify(options)}`;
    it(`corpus and sentence scores, ${what}`, () => {
      const refs = REF_SETS[e.refs];
      const metric = new TER(options);
      const stats = corpusStats(metric, HYP, refs);
      // the number of edits and the average reference length of every segment
      assert.deepEqual(
        stats.map((s) => s[0]),
        e.edits,
        what,
      );
      assert.deepEqual(
        stats.map((s) => s[1]),
        e.ref_lengths,
        what,
      );
      const score = metric.scoreFromStats(sumStats(stats));
      assert.equal(score.score, e.score, what);
      assert.equal(score.details.num_edits, e.num_edits, what);
      assert.equal(score.details.ref_length, e.ref_length, what);
      const defaults = Object.values(options).every((v) => !v);
      if (defaults) assert.equal(corpusScore(new TER(options), HYP, refs).score, e.score, what);
      const signature = metric.signature();
      assert.equal(sacrebleuVersion(signature.toString()), e.signature, what);
      assert.equal(sacrebleuVersion(signature.format(true)), e.short, what);
      assert.equal(
        sacrebleuVersion(formatScore(score, { width: 1, signature: signature.toString() })),
        e.line,
      );
      assert.equal(formatScore(score, { width: 2 }), e.str, what);
      assert.equal(score.formatted, e.line.slice(e.line.lastIndexOf(' ') + 1), what);

      HYP.forEach((hyp, i) => {
        if (LONG.has(i) && !defaults) return;
        const sentence = new TER(options);
        const s = sentence.sentenceScore(
          hyp,
          refs.map((stream) => stream[i] ?? null),
        );
        assert.equal(s.score, e.sentence[i], `${what} segment ${i + 1}`);
        const nrefs = e.sentence_nrefs === null ? refs.length : e.sentence_nrefs[i];
        assert.equal(sentence.numRefs, nrefs, `${what} segment ${i + 1}`);
      });
    });
  }

  it('sentences with line breaks and other characters a line file cannot hold', () => {
    for (const e of expected.inline) {
      for (const x of e.scores) {
        const what = `${JSON.stringify(e.hyp)} vs ${JSON.stringify(e.refs)} ${JSON.stringify(x.options)}`;
        const metric = new TER(toOptions(x.options));
        assert.equal(metric.sentenceScore(e.hyp, e.refs).score, x.score, what);
        assert.equal(metric.numRefs, x.nrefs, what);
        const kept = e.refs.filter((r): r is string => r !== null);
        assert.deepEqual(metric.segmentStats(e.hyp, kept), [x.edits, x.ref_length], what);
      }
    }
  });

  it('edit counts of random word lists equal lib_ter.translation_edit_rate', () => {
    assert.equal(expected.pairs.length, 400);
    const words = (s: string): string[] => (s === '' ? [] : s.split(' '));
    for (const p of expected.pairs) {
      assert.deepEqual(
        translationEditRate(words(p.hyp), words(p.ref)),
        { numEdits: p.edits, refLength: p.ref_length },
        `${p.hyp} | ${p.ref}`,
      );
    }
  });

  it('segment statistics of random strings under every option combination', () => {
    const { hyps, refs, stats } = expected.random;
    assert.equal(stats.length, 16);
    for (const e of stats) {
      const rows = corpusStats(new TER(toOptions(e.options)), hyps, refs);
      const what = JSON.stringify(e.options);
      assert.deepEqual(
        rows.map((r) => r[0]),
        e.edits,
        what,
      );
      assert.deepEqual(
        rows.map((r) => r[1]),
        e.ref_lengths,
        what,
      );
    }
  });

  it('tokenizes like TercomTokenizer', () => {
    for (const e of expected.tokens) {
      const options = toOptions(e.options);
      e.lines.forEach((line, k) => {
        assert.equal(
          tercomTokenize(pyRstrip(line), options),
          e.tokens[k],
          `${JSON.stringify(line)} ${JSON.stringify(options)}`,
        );
      });
    }
  });
});

describe('TER by hand', () => {
  it('one phrase shift: "a b c d" -> "c d a b" is 1 shift of 4 reference words = 25.0', () => {
    // Levenshtein alone needs 4 edits; moving "a b" after "d" (or "c d" before "a", a tie
    // on gain and length that the earlier start wins) makes the words equal: 1 edit.
    assert.deepEqual(translationEditRate(['a', 'b', 'c', 'd'], ['c', 'd', 'a', 'b']), {
      numEdits: 1,
      refLength: 4,
    });
    assert.equal(new TER().sentenceScore('a b c d', ['c d a b']).score, 25);
  });

  it('a swap of two words is one shift: "b a" vs "a b" = 1 / 2', () => {
    // two substitutions without shifts; one shift of "b" (or "a") leaves nothing to edit
    assert.equal(new TER().sentenceScore('b a', ['a b']).score, 50);
  });

  it('empty hypothesis, empty reference, both empty', () => {
    // sacreBLEU test_ter.py: every reference word is an insertion
    assert.equal(new TER().sentenceScore('', ['a b c']).score, 100);
    // an empty reference: edits = hypothesis length, reference length 0, score 1.0
    assert.deepEqual(new TER().segmentStats('a b c', ['']), [3, 0]);
    assert.equal(new TER().sentenceScore('a b c', ['']).score, 100);
    // nothing to edit, nothing to compare to: 0
    assert.equal(new TER().sentenceScore('', ['']).score, 0);
  });

  it('the best of several references, over their average length', () => {
    // "a b c" -> "a b x": 1 substitution; -> "a y z w": 2 substitutions + 1 insertion.
    // min(1, 3) / ((3 + 4) / 2) = 1 / 3.5
    const s = new TER().sentenceScore('a b c', ['a b x', 'a y z w']);
    assert.equal(s.score, 100 * (1 / 3.5));
    assert.equal(s.formatted, '28.6');
  });

  it('corpus TER sums edits and reference lengths before dividing', () => {
    // segment 1: 1 edit / 4 words; segment 2: 0 / 2; corpus: 1 / 6, not the mean of 25 and 0
    const score = corpusScore(new TER(), ['a b c d', 'x y'], [['a b c e', 'x y']]);
    assert.equal(score.score, 100 * (1 / 6));
    assert.deepEqual(score.details, { num_edits: 1, ref_length: 6 });
  });

  it('case, punctuation and normalization options', () => {
    // lowercased by default: equal; case-sensitive: 2 substitutions of 2 words
    assert.equal(new TER().sentenceScore('The Cat', ['the cat']).score, 0);
    assert.equal(new TER({ caseSensitive: true }).sentenceScore('The Cat', ['the cat']).score, 100);
    // "hello," and "world!" are words of their own unless punctuation is removed
    assert.equal(
      new TER({ noPunct: true }).sentenceScore('hello, world!', ['hello world']).score,
      0,
    );
    assert.equal(new TER().sentenceScore('hello, world!', ['hello world']).score, 100);
    // normalized splits "hello,world" into 3 words, like the reference; else 1 sub + 2 ins
    assert.equal(
      new TER({ normalized: true }).sentenceScore('hello,world', ['hello , world']).score,
      0,
    );
    assert.equal(new TER().sentenceScore('hello,world', ['hello , world']).score, 100);
  });

  it('prints the signature as sacreBLEU does', () => {
    const metric = new TER();
    metric.sentenceScore('a', ['a']);
    assert.equal(
      sacrebleuVersion(metric.signature().toString()),
      'nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.6.0',
    );
    assert.match(metric.signature().toString(), /\|version:ape-\d+\.\d+\.\d+/);
    const all = new TER({
      normalized: true,
      noPunct: true,
      asianSupport: true,
      caseSensitive: true,
    });
    assert.throws(() => all.signature(), /Number of references unknown/);
    corpusScore(
      all,
      ['a', 'b'],
      [
        ['a', 'b'],
        ['a', null],
      ],
    );
    assert.equal(
      sacrebleuVersion(all.signature().format(true)),
      '#:var|c:mixed|t:tercom|nr:yes|pn:no|as:yes|v:2.6.0',
    );
  });

  it('refuses a segment without references', () => {
    assert.throws(() => new TER().segmentStats('a', []), /at least one reference/);
  });

  it('performs shifts with Python slice semantics (lib_ter.py `_perform_shift`)', () => {
    const words = Int32Array.from([0, 1, 2, 3, 4, 5]);
    const shift = (start: number, length: number, target: number): number[] => {
      const out = new Int32Array(words.length);
      performShift(words, start, length, target, out);
      return [...out];
    };
    // target before: w[:0] + w[1:3] + w[0:1] + w[3:]
    assert.deepEqual(shift(1, 2, 0), [1, 2, 0, 3, 4, 5]);
    // target after: w[:1] + w[3:4] + w[1:3] + w[4:]
    assert.deepEqual(shift(1, 2, 4), [0, 3, 1, 2, 4, 5]);
    // target = start + length is "within": w[:1] + w[3:5] + w[1:3] + w[5:] moves 2 places
    assert.deepEqual(shift(1, 2, 3), [0, 3, 4, 1, 2, 5]);
    // target = start: w[:1] + w[3:3] + w[1:3] + w[3:], unchanged
    assert.deepEqual(shift(1, 2, 1), [0, 1, 2, 3, 4, 5]);
    // slices past the end are clamped: w[:4] + w[6:8] + w[4:6] + w[8:]
    assert.deepEqual(shift(4, 2, 6), [0, 1, 2, 3, 4, 5]);
  });
});
