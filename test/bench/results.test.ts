import assert from 'node:assert/strict';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { attentionZeros } from '../../bench/results-decode.js';
import { parseRows } from '../../bench/results-rows.js';
import { runResults, type ResultsOptions } from '../../bench/results-run.js';
import { compareRows, scoreBaseline, scoreRow, ZeroCounter } from '../../bench/results-score.js';
import { BEGIN, END, renderComparisons, replaceGenerated } from '../../bench/results-table.js';
import { DataError } from '../../src/errors.js';
import { SEARCH_RULES, SEARCH_RULES_BEFORE_NAMING } from '../../src/model/beam-search.js';
import { fixture, repoRoot } from '../helpers/paths.js';
import { expectations, type Expected } from '../server/fixture-app.js';

// Hand-derived TER (Snover et al. 2006; whitespace words, no normalization): mt[0] needs one
// substitution over 6 reference words, mt[1] one case-only substitution over 3 (none when
// lowercased), mt[2] is the reference.
const PE = ['a horse remembers this bird .', 'the cat .', 'my bird visits their teacher .'];
const MT = ['a horse remember this bird .', 'The cat .', 'my bird visits their teacher .'];
const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} != ${b}`);

test('the MT baseline: case-sensitive TER counts the case edit, case-insensitive does not', () => {
  const b = scoreBaseline(MT, PE);
  close(b.ter.score, (100 * 2) / 15);
  close(b.terLc.score, (100 * 1) / 15);
  assert.match(b.ter.signature, /case:mixed/);
  assert.match(b.terLc.signature, /case:lc/);
});

test('a row: scores, deltas against the MT, better / worse / unchanged by sentence TER', () => {
  const hyp = [PE[0] ?? '', 'the cat .', 'my bird visit their teacher .'];
  const s = scoreRow(hyp, MT, PE);
  close(s.metrics.ter.score, 100 / 15);
  close(s.metrics.ter.delta, 100 / 15 - 200 / 15);
  close(s.metrics.terLc.score, 100 / 15);
  assert.deepEqual([s.better, s.worse, s.unchanged, s.identicalToMt], [2, 1, 0, 0]);
  [-100 / 6, -100 / 3, 100 / 6].forEach((d, i) => close(s.sentenceTerDelta[i] ?? NaN, d));
  const same = scoreRow(MT, MT, PE);
  assert.deepEqual([same.better, same.worse, same.unchanged, same.identicalToMt], [0, 0, 3, 3]);
  close(same.metrics.bleu.delta, 0);
  const perfect = scoreRow(PE, MT, PE);
  close(perfect.metrics.bleu.score, 100);
  close(perfect.metrics.chrf.score, 100);
});

test('zero shares per layer and head count exact zeros only', () => {
  const c = new ZeroCounter();
  c.addSentence([
    [
      [
        [0, 0.5, 0.5],
        [1, 0, 0],
      ],
    ],
    [
      [
        [0.2, 0.3, 0.5],
        [0, 0, 1],
      ],
    ],
  ]);
  const r = c.result();
  assert.deepEqual([r.sentences, r.outputTokens], [1, 2]);
  assert.deepEqual(r.perHead, [[1 / 6, 4 / 6]]);
  close(r.overall, 5 / 12);
});

test('zero shares from the runtime explain match the Python onnxruntime oracle (entmax fixture)', async () => {
  const oracle = JSON.parse(
    readFileSync(join(repoRoot, 'test/server/explain-expected-model-tiny-entmax.json'), 'utf8'),
  ) as { cases: { src: string; mt: string; beam: number; attention: number[][][][] }[] };
  const expected = new ZeroCounter();
  for (const c of oracle.cases) expected.addSentence(c.attention);
  const got = await attentionZeros({
    modelDir: fixture('model-tiny-entmax'),
    src: oracle.cases.map((c) => c.src),
    mt: oracle.cases.map((c) => c.mt),
    sentences: oracle.cases.length,
    beam: oracle.cases[0]?.beam ?? 2,
    log: () => {},
  });
  assert.deepEqual(got, expected.result());
  assert.ok(got.overall > 0.1, 'entmax heads have exact zeros');
});

test('rows file errors name the field', () => {
  const row = { id: 'a', label: 'A', model: 'm', produce: 'p' };
  assert.throws(
    () => parseRows({ data: 'd', rows: [row, { ...row, id: 'Bad Id' }] }, 'rows.json'),
    (e: unknown) => e instanceof DataError && /rows\.json \(rows\.1\.id\)/.test(e.message),
  );
  assert.throws(
    () => parseRows({ data: 'd', rows: [row, row] }, 'rows.json'),
    /duplicate row id 'a'/,
  );
  assert.throws(
    () => parseRows({ data: 'd', rows: [{ ...row, decoding: { keepMtMargin: -1 } }] }, 'r.json'),
    /rows\.0\.decoding\.keepMtMargin/,
  );
});

test('the generated block is replaced in place; text around it stays', () => {
  const doc = `# R\n\nintro\n\n${BEGIN}\nold\n${END}\n\nafter\n`;
  const out = replaceGenerated(doc, `${BEGIN}\nnew\n${END}`);
  assert.equal(out, `# R\n\nintro\n\n${BEGIN}\nnew\n${END}\n\nafter\n`);
  assert.equal(replaceGenerated('# R\n', `${BEGIN}\nx\n${END}`), `# R\n\n${BEGIN}\nx\n${END}\n`);
});

const tmp = mkdtempSync(join(tmpdir(), 'ape-results-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
let want: Expected[];
let logs: string[];
const options = (extra: Partial<ResultsOptions> = {}): ResultsOptions => ({
  root: tmp,
  rowsFile: join(tmp, 'rows.json'),
  split: 'test',
  decode: false,
  outDir: join(tmp, 'docs'),
  cacheDir: join(tmp, 'bench', 'results'),
  attentionSentences: 0,
  batchSize: 3,
  command: 'node --import tsx bench/results.ts',
  log: (line) => logs.push(line),
  ...extra,
});

before(async () => {
  want = (await expectations()).filter((e) => e.beam === 4);
  mkdirSync(join(tmp, 'data'));
  const lines = (f: (e: Expected) => string) => want.map((e) => f(e) + '\n').join('');
  writeFileSync(
    join(tmp, 'data', 'test.src'),
    lines((e) => e.c.src),
  );
  writeFileSync(
    join(tmp, 'data', 'test.mt'),
    lines((e) => e.c.mt),
  );
  writeFileSync(
    join(tmp, 'data', 'test.pe'),
    lines((e) => e.pe),
  );
  const rows = [
    { id: 'tiny', label: 'tiny', model: fixture('model-tiny-softmax'), produce: 'x' },
    { id: 'gone', label: 'gone', model: 'models/none', produce: 'make-the-model --now' },
  ];
  writeFileSync(join(tmp, 'rows.json'), JSON.stringify({ data: 'data', rows }));
});

test('end to end on the tiny model: hypotheses are the reference decoder beam-4 outputs, cached, resumed', async () => {
  logs = [];
  const report = await runResults(options());
  const hypPath = join(tmp, 'bench', 'results', 'tiny.test.hyp');
  const hyp = readFileSync(hypPath, 'utf8');
  assert.equal(hyp, want.map((e) => e.pe + '\n').join(''));
  const [tiny, gone] = report.rows;
  assert.equal(tiny?.status, 'measured');
  close(tiny?.scores?.metrics.ter.score ?? NaN, 0);
  assert.equal(gone?.status, 'not measured');
  const md = readFileSync(join(tmp, 'docs', 'results.md'), 'utf8');
  assert.match(md, /\| gone \(`gone`\) \| not measured: .*make-the-model --now/);
  assert.ok(md.includes(`${want.length} sentences of \`data/test\``));
  const json = JSON.parse(readFileSync(join(tmp, 'bench', 'results', 'results.json'), 'utf8'));
  assert.equal(json.rows[0].scores.sentenceTerDelta.length, want.length);

  logs = [];
  await runResults(options());
  assert.ok(
    logs.some((l) => l === 'tiny: hypotheses from the cache; scoring'),
    logs.join('\n'),
  );

  writeFileSync(hypPath, hyp.split('\n').slice(0, 3).join('\n') + '\npartial line');
  logs = [];
  await runResults(options());
  assert.ok(logs.includes('tiny: resuming after 3 cached lines'), logs.join('\n'));
  assert.equal(readFileSync(hypPath, 'utf8'), hyp);

  logs = [];
  await runResults(options({ decode: true, limit: 2 }));
  assert.ok(logs.includes('tiny: 2 segments decoded; scoring'), logs.join('\n'));
  assert.equal(readFileSync(hypPath, 'utf8'), hyp.split('\n').slice(0, 2).join('\n') + '\n');
});

test('a row against another row: deltas and better / worse by sentence TER, the other output in the MT place', () => {
  // hyp: sentence 1 and 2 equal the references, sentence 3 has one substitution over 6 words
  const hyp = [PE[0] ?? '', 'the cat .', 'my bird visit their teacher .'];
  const v = compareRows('ref', hyp, PE, PE);
  assert.equal(v.against, 'ref');
  close(v.metrics.ter.delta, 100 / 15);
  close(v.metrics.terLc.delta, 100 / 15);
  assert.ok(v.metrics.bleu.delta < 0 && v.metrics.chrf.delta < 0);
  assert.deepEqual([v.worse, v.better, v.unchanged], [1, 0, 2]);
  const same = compareRows('ref', PE, PE, PE);
  close(same.metrics.ter.delta, 0);
  assert.deepEqual([same.worse, same.better, same.unchanged], [0, 0, 3]);
});

test('compareTo must name another row', () => {
  const row = { id: 'a', label: 'A', model: 'm', produce: 'p' };
  assert.throws(
    () => parseRows({ data: 'd', rows: [row, { ...row, id: 'b', compareTo: 'c' }] }, 'r.json'),
    (e: unknown) =>
      e instanceof DataError && /r\.json \(rows\.1\.compareTo\).*'c' is not the id/.test(e.message),
  );
  assert.throws(
    () => parseRows({ data: 'd', rows: [{ ...row, compareTo: 'a' }] }, 'r.json'),
    /rows\.0\.compareTo/,
  );
  // a later row may be the reference
  assert.equal(
    parseRows(
      {
        data: 'd',
        rows: [
          { ...row, compareTo: 'b' },
          { ...row, id: 'b' },
        ],
      },
      'r.json',
    ).rows[0]?.compareTo,
    'b',
  );
});

test('end to end: a compareTo row gets its comparison table; a reference that is not measured is logged', async () => {
  const rows = [
    { id: 'beam4', label: 'beam 4', model: fixture('model-tiny-softmax'), produce: 'x' },
    {
      id: 'greedy',
      label: 'greedy',
      model: fixture('model-tiny-softmax'),
      decoding: { beam: 1 },
      produce: 'x',
      compareTo: 'beam4',
    },
    { id: 'gone', label: 'gone', model: 'models/none', produce: 'y' },
    {
      id: 'orphan',
      label: 'orphan',
      model: fixture('model-tiny-entmax'),
      produce: 'z',
      compareTo: 'gone',
    },
  ];
  const rowsFile = join(tmp, 'rows-compare.json');
  writeFileSync(rowsFile, JSON.stringify({ data: 'data', rows }));
  logs = [];
  const report = await runResults(
    options({ rowsFile, outDir: join(tmp, 'docs-compare'), cacheDir: join(tmp, 'cache-compare') }),
  );
  const [beam4, greedy, , orphan] = report.rows;
  const v = greedy?.versus;
  assert.ok(v !== undefined && beam4?.scores !== undefined && greedy?.scores !== undefined);
  for (const key of ['ter', 'terLc', 'bleu', 'chrf'] as const)
    close(v.metrics[key].delta, greedy.scores.metrics[key].score - beam4.scores.metrics[key].score);
  assert.equal(v.worse + v.better + v.unchanged, want.length);
  assert.equal(beam4.versus, undefined);
  assert.equal(orphan?.versus, undefined);
  assert.ok(logs.includes('orphan: gone is not measured: no comparison'), logs.join('\n'));
  const md = readFileSync(join(tmp, 'docs-compare', 'results.md'), 'utf8');
  assert.match(md, /### Against the row each ablation varies/);
  assert.match(md, /\n\| greedy \(`greedy`\) \| /);
  assert.match(md, /\n\| `greedy` \| `beam4` \| [−+0]/);
});

test('comparison cells: what rounds to zero prints 0.0, never −0.0', () => {
  const m = (delta: number) => ({ delta, pValue: 0.5 });
  const row = { id: 'a', label: 'A', model: 'm', produce: 'p', decoding: {}, compareTo: 'b' };
  const md = renderComparisons({
    generated: '',
    command: '',
    split: 'test',
    segments: 3,
    data: { dir: 'd', sha256: {} },
    machine: '',
    baseline: scoreBaseline(MT, PE),
    rows: [
      {
        row,
        status: 'measured',
        versus: {
          against: 'b',
          metrics: { ter: m(-0.04), terLc: m(0.04), bleu: m(-1.26), chrf: m(0.05) },
          worse: 1,
          better: 2,
          unchanged: 0,
        },
      },
    ],
  });
  assert.match(
    md,
    /\n\| `a` \| `b` \| 0\.0 \| 0\.500 \| 0\.0 \| −1\.3 \| 0\.500 \| \+0\.1 \| 0\.500 \| 33\.3% \| 66\.7% \|\n/,
  );
});

test('hypotheses of older search rules: decoded again when the model can decode, kept and marked when only its ape.json is here', async () => {
  const cacheDir = join(tmp, 'cache-search');
  const outDir = join(tmp, 'docs-search');
  const manifestOnly = join(tmp, 'models', 'manifest-only');
  mkdirSync(manifestOnly, { recursive: true });
  copyFileSync(fixture('model-tiny-softmax', 'ape.json'), join(manifestOnly, 'ape.json'));
  const rows = [
    { id: 'full', label: 'full', model: fixture('model-tiny-softmax'), produce: 'x' },
    { id: 'weightless', label: 'weightless', model: 'models/manifest-only', produce: 'y' },
  ];
  const rowsFile = join(tmp, 'rows-search.json');
  writeFileSync(rowsFile, JSON.stringify({ data: 'data', rows }));
  // a cache of each row as a run before the search rules were named wrote it: no `search`
  await runResults(options({ rowsFile: join(tmp, 'rows.json'), cacheDir, outDir }));
  const fresh = readFileSync(join(cacheDir, 'tiny.test.hyp'), 'utf8');
  const meta = JSON.parse(readFileSync(join(cacheDir, 'tiny.test.meta.json'), 'utf8'));
  assert.equal(meta.search, SEARCH_RULES);
  delete meta.search;
  const old = fresh.replace(/\n/, ' (older search)\n');
  for (const id of ['full', 'weightless']) {
    writeFileSync(join(cacheDir, `${id}.test.hyp`), old);
    writeFileSync(join(cacheDir, `${id}.test.meta.json`), JSON.stringify(meta));
  }
  logs = [];
  const report = await runResults(options({ rowsFile, cacheDir, outDir }));
  assert.ok(logs.includes(`full: ${want.length} segments decoded; scoring`), logs.join('\n'));
  assert.equal(readFileSync(join(cacheDir, 'full.test.hyp'), 'utf8'), fresh);
  assert.ok(logs.includes('weightless: hypotheses from the cache; scoring'), logs.join('\n'));
  assert.equal(readFileSync(join(cacheDir, 'weightless.test.hyp'), 'utf8'), old);
  assert.deepEqual(
    report.rows.map((x) => x.search),
    [SEARCH_RULES, SEARCH_RULES_BEFORE_NAMING],
  );
  const md = readFileSync(join(outDir, 'results.md'), 'utf8');
  assert.match(md, /\n\| full \(`full`\) \| /);
  assert.match(
    md,
    new RegExp(
      `\\n\\| weightless \\(\`weightless\`\\) \\[search: ${SEARCH_RULES_BEFORE_NAMING}\\] \\| `,
    ),
  );
  assert.match(md, /Rows marked \[search: eos-top-2k\] were decoded before/);

  // --decode cannot decode a model without graphs: its cache is used, not emptied
  logs = [];
  await runResults(options({ rowsFile, cacheDir, outDir, decode: true }));
  assert.ok(
    logs.some((l) =>
      /^weightless: .* has no graphs to decode with: its cached hypotheses are used$/.test(l),
    ),
    logs.join('\n'),
  );
  assert.equal(readFileSync(join(cacheDir, 'weightless.test.hyp'), 'utf8'), old);

  // a partial old cache cannot be completed by a model without graphs: an error, the cache kept
  writeFileSync(
    join(cacheDir, 'weightless.test.hyp'),
    old.split('\n').slice(0, 2).join('\n') + '\n',
  );
  await assert.rejects(
    runResults(options({ rowsFile, cacheDir, outDir })),
    /weightless: .* holds 2 of \d+ lines \(search rules 'eos-top-2k'\) and .* has no graphs/,
  );
  assert.equal(readFileSync(join(cacheDir, 'weightless.test.hyp'), 'utf8').split('\n').length, 3);
});

test('a row whose model directory is gone while its hypotheses are cached is an error, not a dropped row', async () => {
  const cacheDir = join(tmp, 'gone-cache');
  const outDir = join(tmp, 'gone-docs');
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, 'gone.test.hyp'), 'a measured line\n');
  await assert.rejects(
    runResults(options({ cacheDir, outDir })),
    /gone: models\/none is missing, but .*gone\.test\.hyp holds its measured hypotheses: restore models\/none/,
  );
  // refused before anything was decoded or written
  assert.equal(existsSync(join(cacheDir, 'tiny.test.hyp')), false);
  assert.equal(existsSync(join(outDir, 'results.md')), false);
});
