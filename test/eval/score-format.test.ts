// Score printing against Python and the sacreBLEU command line: the number formats are
// Python's own f"{x:.{w}f}", the command-line outputs were printed by `sacrebleu` 2.6.0 on
// the stress corpus (test/fixtures/eval/make_expected.py, parts `numbers` and `cli`).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BLEU, type SmoothMethod } from '../../src/eval/bleu.js';
import { CHRF } from '../../src/eval/chrf.js';
import { corpusScore, type Metric } from '../../src/eval/metric.js';
import { formatScore, formatScoreJson, pyFixed } from '../../src/eval/score-format.js';
import { isTokenizerName } from '../../src/eval/tokenizers/index.js';
import { pyRstrip } from '../../src/eval/tokenizers/python-whitespace.js';
import { HYP, corpusLines, loadJson, withoutVersion } from './sacrebleu-fixtures.js';

describe("Python's float formatting", () => {
  const cases = loadJson<[number, number, string][]>('expected-number-format.json');
  it('matches f"{x:.{w}f}", ties to even included', () => {
    for (const [x, width, want] of cases)
      assert.equal(pyFixed(x, width), want, `${x} at width ${width}`);
    assert.ok(cases.length >= 100);
  });
});

interface CliRun {
  refs: string[];
  args: string[];
  stdout: string;
}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args[i + 1];
}

/** The metrics a sacreBLEU command line builds from its flags, in its (sorted) order. */
function metricsOf(args: string[]): Metric[] {
  const metrics: Metric[] = [];
  const tok = flag(args, '--tokenize') ?? '13a';
  assert.ok(isTokenizerName(tok));
  if (args.includes('bleu')) {
    const sv = flag(args, '-sv');
    metrics.push(
      new BLEU({
        tokenize: tok,
        lowercase: args.includes('-lc'),
        smoothMethod: (flag(args, '-s') ?? 'exp') as SmoothMethod,
        smoothValue: sv === undefined ? undefined : Number(sv),
        // --sentence-level turns effective order on.
        effectiveOrder: args.includes('-sl'),
      }),
    );
  }
  if (args.includes('chrf')) {
    metrics.push(
      new CHRF({
        wordOrder: Number(flag(args, '--chrf-word-order') ?? 0),
        lowercase: args.includes('--chrf-lowercase'),
        whitespace: args.includes('--chrf-whitespace'),
      }),
    );
  }
  return metrics;
}

/** Our signature with sacreBLEU's version, to compare whole printed texts. */
function asSacrebleu(metric: Metric): string {
  return `${withoutVersion(metric.signature().toString())}|version:2.6.0`;
}

describe('the sacreBLEU command line', () => {
  const { runs } = loadJson<{ runs: CliRun[] }>('expected-cli.json');
  // The command line rstrips every line it reads.
  const hyps = HYP.map(pyRstrip);

  it('prints JSON that formatScoreJson reproduces byte for byte', () => {
    let checked = 0;
    for (const run of runs.filter((r) => r.args.includes('json'))) {
      const refs = run.refs.map((f) => corpusLines(f).map(pyRstrip));
      const blocks = metricsOf(run.args).map((m) =>
        formatScoreJson(corpusScore(m, hyps, refs), asSacrebleu(m)),
      );
      const text = blocks.length > 1 ? `[\n${blocks.join(',\n')}\n]` : (blocks[0] ?? '');
      assert.equal(`${text}\n`, run.stdout, run.args.join(' '));
      checked++;
    }
    assert.ok(checked >= 6);
  });

  it('prints sentence-level lines that formatScore reproduces', () => {
    let checked = 0;
    for (const run of runs.filter((r) => r.args.includes('-sl'))) {
      const refs = run.refs.map((f) => corpusLines(f).map(pyRstrip));
      const [metric] = metricsOf(run.args);
      assert.ok(metric);
      const lines = hyps.map((hyp, i) => {
        const score = metric.sentenceScore(
          hyp,
          refs.map((stream) => stream[i] ?? null),
        );
        return formatScore(score, { signature: asSacrebleu(metric) });
      });
      assert.equal(lines.join('\n') + '\n', run.stdout, run.args.join(' '));
      checked++;
    }
    assert.ok(checked >= 4);
  });
});
