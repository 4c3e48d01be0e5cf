/**
 * Issue 20: every command in README.md and docs/*.md is run by this test, or is preceded by an
 * HTML comment saying why not, so an example in the docs cannot go stale silently.
 *
 * Blocks looked at (fenced code blocks):
 * - `sh`, `bash`, `shell` and `console` blocks, and unlabelled blocks with a line that starts
 *   with a command (COMMAND_PREFIXES; a `$ ` prompt is dropped first). Lines such as
 *   `ape eval: ref.txt: no such file` are messages, not commands.
 * - `ts` blocks (docs/library.md, docs/cat-tools.md; any doc's): type-checked together (strict) against
 *   the built package (`import ... from 'ape'` resolves through the package's exports to
 *   dist/, as for a user of the package), then each is run.
 *
 * The comment before a block (blank lines between allowed) may be:
 * - `<!-- docs-test: skip (REASON) -->`: not run; the reason shows in the test report.
 * - `<!-- docs-test: cwd DIR -->`: run in DIR (relative to the repository).
 * A block without one is run, and fails the test if it fails.
 *
 * How blocks run: in a temporary directory that links every top-level entry of the repository
 * (so `models/default`, `test/fixtures/...` resolve and whatever a command writes stays out of
 * the checkout), holding small `test.src`, `test.mt`, `test.tsv` and `test.jsonl` for the
 * docs' placeholder file names, with an `ape` shim (`exec node <repo>/bin/ape.js`) first on
 * PATH, so `npm link` is not needed. An `ape serve ... --port 8080` line starts a real server
 * on a free port (test/helpers/serve.ts; one per distinct model list, shared between blocks),
 * and `localhost:8080` / `127.0.0.1:8080` in the block's later lines point at it; a block that
 * calls port 8080 without serving gets `ape serve --model models/default`. Each command runs
 * with `bash -c` and must exit 0.
 *
 * Expected outputs, checked loosely: `# {...}` comment lines right after a command are its JSON
 * answer (same keys, strings and booleans; numbers within NUMBER_TOLERANCE, as the docs round
 * scores, or ignored where the comment says the scores vary); in a block of `$ command` lines,
 * the lines after a command are its stdout (same text, numbers within the tolerance, `...`
 * ends the comparison).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { apeBin, repoRoot } from '../helpers/paths.js';
import { startServe, type ServeProcess } from '../helpers/serve.js';
import { waitUntil, withDeadline } from '../helpers/wait.js';

/** Line starts that make an unlabelled block a block of commands. */
const COMMAND_PREFIXES = [
  'ape ',
  'curl ',
  'node ',
  'npm ',
  '.venv/',
  'bash ',
  'python',
  'nice ',
  'java ',
  'po2xliff ',
  'sha256sum ',
  'git ',
  '(cd ',
];
const SHELL_LANGS = new Set(['sh', 'bash', 'shell', 'console']);
const TS_LANGS = new Set(['ts', 'typescript']);
/** How far a number in the docs may be from the one printed now: the docs round scores. */
const NUMBER_TOLERANCE = { abs: 0.02, rel: 0.01 };
/** Deadline of one command of a block (a model load and a few decodes on 2 loaded cores). */
const COMMAND_TIMEOUT_MS = 90_000;

interface Block {
  file: string; // relative to the repository, e.g. docs/http-api.md
  line: number; // 1-based line of the opening fence
  lang: string;
  lines: string[];
  annotation: string | undefined;
}

/** The fenced code blocks of one Markdown file, each with the docs-test comment before it. */
function extractBlocks(file: string, text: string): Block[] {
  const all = text.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < all.length; i++) {
    const open = /^(\s*)(```+)\s*([\w-]*)/.exec(all[i] ?? '');
    if (!open) continue;
    const fence = open[2] ?? '```';
    const indent = (open[1] ?? '').length;
    let j = i + 1;
    while (j < all.length && !(all[j] ?? '').trim().startsWith(fence)) j++;
    let k = i - 1;
    while (k >= 0 && (all[k] ?? '').trim() === '') k--;
    const comment = /^<!--\s*docs-test:\s*(.*?)\s*-->$/.exec((all[k] ?? '').trim());
    blocks.push({
      file,
      line: i + 1,
      lang: open[3] ?? '',
      lines: all
        .slice(i + 1, j)
        .map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length))),
      annotation: comment?.[1],
    });
    i = j;
  }
  return blocks;
}

function isCommandLine(line: string): boolean {
  const l = line.trim().replace(/^\$ /, '');
  if (/^ape [\w-]+: /.test(l)) return false; // a message of `ape X`, not a command
  return COMMAND_PREFIXES.some((p) => l.startsWith(p));
}

function kindOf(block: Block): 'shell' | 'ts' | undefined {
  if (SHELL_LANGS.has(block.lang)) return 'shell';
  if (TS_LANGS.has(block.lang)) return 'ts';
  if (block.lang === '' && block.lines.some(isCommandLine)) return 'shell';
  return undefined;
}

const docFiles = [
  'README.md',
  ...readdirSync(join(repoRoot, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];
const blocks = docFiles
  .flatMap((f) => extractBlocks(f, readFileSync(join(repoRoot, f), 'utf8')))
  .filter((b) => kindOf(b) !== undefined);

// ---------------------------------------------------------------- loose comparison

function close(doc: number, got: number): boolean {
  return Math.abs(doc - got) <= NUMBER_TOLERANCE.abs + NUMBER_TOLERANCE.rel * Math.abs(doc);
}

/** Differences between the documented JSON `doc` and the answer `got`, as path: what. */
function jsonDiffs(doc: unknown, got: unknown, ignoreNumbers: boolean, path = '$'): string[] {
  if (typeof doc === 'number') {
    if (typeof got !== 'number') return [`${path}: documented ${doc}, got ${JSON.stringify(got)}`];
    return ignoreNumbers || close(doc, got) ? [] : [`${path}: documented ${doc}, got ${got}`];
  }
  if (Array.isArray(doc)) {
    if (!Array.isArray(got) || got.length !== doc.length)
      return [`${path}: documented ${doc.length} items, got ${JSON.stringify(got)}`];
    return doc.flatMap((d, i) => jsonDiffs(d, got[i], ignoreNumbers, `${path}[${i}]`));
  }
  if (doc !== null && typeof doc === 'object') {
    if (got === null || typeof got !== 'object' || Array.isArray(got))
      return [`${path}: documented an object, got ${JSON.stringify(got)}`];
    const d = doc as Record<string, unknown>;
    const g = got as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(d), ...Object.keys(g)])];
    return keys.flatMap((key) =>
      !(key in d)
        ? [`${path}.${key}: not documented (got ${JSON.stringify(g[key])})`]
        : !(key in g)
          ? [`${path}.${key}: documented, missing from the answer`]
          : jsonDiffs(d[key], g[key], ignoreNumbers, `${path}.${key}`),
    );
  }
  return doc === got
    ? []
    : [`${path}: documented ${JSON.stringify(doc)}, got ${JSON.stringify(got)}`];
}

const NUMBER = /[-+]?\d+(?:\.\d+)?/g;

/** Differences between a documented output line and the printed one: text equal, numbers close. */
function lineDiff(doc: string, got: string): string | undefined {
  const text = (s: string) => s.replace(NUMBER, '#').trimEnd();
  const nums = (s: string) => (s.match(NUMBER) ?? []).map(Number);
  const d = nums(doc);
  const g = nums(got);
  if (text(doc) !== text(got) || d.length !== g.length || d.some((n, i) => !close(n, g[i] ?? NaN)))
    return `documented ${JSON.stringify(doc)}, got ${JSON.stringify(got)}`;
  return undefined;
}

// ---------------------------------------------------------------- the environment

let work = '';
let shimDir = '';
const servers = new Map<string, Promise<ServeProcess>>();

/** The server for `args` (an `ape serve` model list), started on first use. */
function server(args: string[]): Promise<ServeProcess> {
  const key = args.join(' ');
  let s = servers.get(key);
  if (s === undefined) {
    s = startServe(args);
    servers.set(key, s);
  }
  return s;
}

before(() => {
  work = mkdtempSync(join(tmpdir(), 'ape-docs-'));
  for (const entry of readdirSync(repoRoot)) symlinkSync(join(repoRoot, entry), join(work, entry));
  // The docs' placeholder inputs: two es-en pairs (README's example and http-api.md's).
  const pairs = [
    ['Cantidad de memoria usada por el proceso', 'Quantity by heart used by the process'],
    [
      'Haga clic en el botón para guardar el archivo.',
      'It do click in the button to keep the file.',
    ],
  ] as const;
  writeFileSync(join(work, 'test.src'), pairs.map((p) => p[0] + '\n').join(''));
  writeFileSync(join(work, 'test.mt'), pairs.map((p) => p[1] + '\n').join(''));
  writeFileSync(join(work, 'test.tsv'), pairs.map((p) => `${p[0]}\t${p[1]}\n`).join(''));
  writeFileSync(
    join(work, 'test.jsonl'),
    pairs.map((p) => JSON.stringify({ src: p[0], mt: p[1] }) + '\n').join(''),
  );
  shimDir = mkdtempSync(join(tmpdir(), 'ape-docs-bin-'));
  writeFileSync(join(shimDir, 'ape'), `#!/bin/sh\nexec '${process.execPath}' '${apeBin}' "$@"\n`);
  chmodSync(join(shimDir, 'ape'), 0o755);
});

after(async () => {
  for (const s of servers.values()) {
    const p = await s.catch(() => undefined);
    if (p && p.child.exitCode === null) {
      const exited = new Promise((resolve) => p.child.once('exit', resolve));
      p.child.kill('SIGTERM');
      await withDeadline('ape serve to exit after SIGTERM', exited, 30_000, () =>
        p.child.kill('SIGKILL'),
      ).catch(() => undefined);
    }
  }
  if (work !== '') rmSync(work, { recursive: true, force: true });
  if (shimDir !== '') rmSync(shimDir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `file args` in `cwd` with the shim on PATH; SIGKILL after `timeoutMs` (then rejects). */
function run(
  file: string,
  args: string[],
  cwd: string,
  timeoutMs: number,
  what: string,
): Promise<Run> {
  const child = spawn(file, args, {
    cwd,
    env: { ...process.env, PATH: `${shimDir}:${process.env.PATH ?? ''}`, GIT_OPTIONAL_LOCKS: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const done = new Promise<Run>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return withDeadline(what, done, timeoutMs, () => child.kill('SIGKILL'));
}

function failure(where: string, what: string, r: Run): string {
  return (
    `${where}: ${what} exited ${r.code ?? r.signal}\n` +
    `stdout: ${r.stdout.slice(-2000)}\nstderr: ${r.stderr.slice(-2000)}` +
    '\nFix the example, or say why it is not run: <!-- docs-test: skip (REASON) --> on the line ' +
    'before its block (test/docs/examples.test.ts)'
  );
}

// ---------------------------------------------------------------- shell blocks

interface Command {
  line: number; // line in the Markdown file
  text: string;
  json: string | undefined; // the `# {...}` answer after it
  output: string[] | undefined; // the lines after a `$ ` command
}

/** The commands of a shell block, continuation lines joined, with their documented outputs. */
function commands(block: Block): Command[] {
  const cmds: Command[] = [];
  const prompt = block.lines.some((l) => l.startsWith('$ '));
  for (let i = 0; i < block.lines.length; i++) {
    const raw = block.lines[i] ?? '';
    const line = block.line + 1 + i;
    const last = cmds[cmds.length - 1];
    if (prompt && !raw.startsWith('$ ')) {
      last?.output?.push(raw);
      continue;
    }
    if (raw.trim() === '') continue;
    if (raw.trimStart().startsWith('#')) {
      const body = raw.trimStart().replace(/^#\s?/, '');
      if (last !== undefined && (last.json !== undefined || /^[[{]/.test(body.trim())))
        last.json = (last.json ?? '') + body.trim() + ' ';
      continue;
    }
    let text = raw.replace(/^\$ /, '');
    while (text.endsWith('\\') && i + 1 < block.lines.length)
      text = text.slice(0, -1) + (block.lines[++i] ?? '');
    cmds.push({ line, text, json: undefined, output: prompt ? [] : undefined });
  }
  return cmds;
}

/** The documented JSON of `# {...}` lines, a trailing `(note)` dropped; whether scores vary. */
function documentedJson(text: string): { value: unknown; ignoreNumbers: boolean } {
  const end = Math.max(text.lastIndexOf('}'), text.lastIndexOf(']'));
  const note = text.slice(end + 1);
  return { value: JSON.parse(text.slice(0, end + 1)), ignoreNumbers: /\bvar(y|ies)\b/.test(note) };
}

/** `ape serve` arguments of a docs line, less --port and --host (the test picks the port). */
function serveArgs(text: string): string[] {
  const words = text
    .replace(/\s#.*$/, '')
    .trim()
    .split(/\s+/)
    .slice(2);
  const args: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (w === '--port' || w === '--host') i++;
    else if (!w.startsWith('--port=') && !w.startsWith('--host=')) args.push(w);
  }
  return args;
}

async function runShellBlock(block: Block, cwd: string): Promise<void> {
  let base: string | undefined;
  for (const cmd of commands(block)) {
    const where = `${block.file}:${cmd.line}`;
    if (/^\s*ape serve\b/.test(cmd.text)) {
      base = (await server(serveArgs(cmd.text))).base;
      continue;
    }
    let text = cmd.text;
    if (/\b(localhost|127\.0\.0\.1):8080\b/.test(text)) {
      base ??= (await server(['--model', 'models/default'])).base;
      text = text.replace(/\b(localhost|127\.0\.0\.1):8080\b/g, base.replace(/^http:\/\//, ''));
    }
    const r = await run('bash', ['-c', text], cwd, COMMAND_TIMEOUT_MS, `${where}: ${cmd.text}`);
    assert.equal(r.code, 0, failure(where, cmd.text, r));
    if (cmd.json !== undefined) {
      const doc = documentedJson(cmd.json);
      let got: unknown;
      try {
        got = JSON.parse(r.stdout);
      } catch {
        assert.fail(`${where}: the answer is not JSON: ${r.stdout.slice(0, 2000)}`);
      }
      const diffs = jsonDiffs(doc.value, got, doc.ignoreNumbers);
      assert.deepEqual(diffs, [], `${where}: the documented answer differs from ${r.stdout}`);
    }
    if (cmd.output !== undefined) {
      const doc = cmd.output;
      const stop = doc.findIndex((l) => l.trim() === '...');
      const expected = stop === -1 ? doc : doc.slice(0, stop);
      const got = r.stdout.split('\n');
      const diffs = expected.flatMap((l, i) => {
        const d = lineDiff(l, got[i] ?? '');
        return d === undefined ? [] : [`line ${i + 1}: ${d}`];
      });
      assert.deepEqual(diffs, [], `${where}: the documented output differs from:\n${r.stdout}`);
    }
  }
}

// ---------------------------------------------------------------- ts blocks

const tsBlocks = blocks.filter(
  (b) => kindOf(b) === 'ts' && !(b.annotation ?? '').startsWith('skip'),
);
let compiled: Promise<Map<Block, string>> | undefined;

/** The source of a ts block as run: port 8080 replaced by the test's server or a free port. */
function tsSource(block: Block, base: string): string {
  return block.lines
    .join('\n')
    .replace(/https?:\/\/(localhost|127\.0\.0\.1):8080/g, base)
    .replace(/\.listen\(8080\b/g, '.listen(Number(process.env.DOCS_TEST_PORT)');
}

/**
 * Type-checks every ts block together, as files of an ES module package that depends on `ape`
 * (node_modules/ape links to the repository), and emits them; rejects with the type errors,
 * each at its line in the Markdown file.
 */
async function compileTsBlocks(): Promise<Map<Block, string>> {
  const base = (await server(['--model', 'models/default'])).base;
  const dir = mkdtempSync(join(work, '.docs-ts-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(repoRoot, join(dir, 'node_modules', 'ape'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  const files = new Map<string, Block>();
  for (const [i, b] of tsBlocks.entries()) {
    const f = join(dir, `block${i}.ts`);
    writeFileSync(f, tsSource(b, base));
    files.set(f, b);
  }
  const program = ts.createProgram([...files.keys()], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    skipLibCheck: true,
    types: ['node'],
    typeRoots: [join(repoRoot, 'node_modules', '@types')],
    outDir: join(dir, 'out'),
  });
  const emitted = program.emit();
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics];
  const messages = diagnostics.map((d) => {
    const msg = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    const b = d.file ? files.get(d.file.fileName) : undefined;
    if (!d.file || d.start === undefined || b === undefined) return msg;
    const { line } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${b.file}:${b.line + 1 + line}: ${msg}`;
  });
  assert.deepEqual(messages, [], 'the ts examples do not type-check against the package');
  return new Map(
    [...files].map(([f, b]) => [b, join(dir, 'out', relative(dir, f).replace(/\.ts$/, '.js'))]),
  );
}

async function runTsBlock(block: Block, cwd: string): Promise<void> {
  compiled ??= compileTsBlocks();
  const js = (await compiled).get(block);
  assert.ok(js !== undefined);
  const where = `${block.file}:${block.line}`;
  if (!block.lines.some((l) => l.includes('.listen('))) {
    const r = await run(process.execPath, [js], cwd, COMMAND_TIMEOUT_MS, `${where}: the example`);
    assert.equal(r.code, 0, failure(where, 'the example', r));
    assert.notEqual(r.stdout.trim(), '', `${where}: the example printed nothing`);
    return;
  }
  // A server: it must answer /readyz, then stop on SIGTERM with exit 0.
  const port = await freePort();
  const child = spawn(process.execPath, [js], {
    cwd,
    env: { ...process.env, DOCS_TEST_PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr.setEncoding('utf8').on('data', (c: string) => (log += c));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  try {
    await waitUntil(
      `${where}: the example's server to answer GET /readyz 200`,
      async () => {
        if (child.exitCode !== null)
          assert.fail(`${where}: the example exited ${child.exitCode}: ${log}`);
        const res = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined);
        return res?.status === 200;
      },
      { timeoutMs: COMMAND_TIMEOUT_MS, intervalMs: 200 },
    );
    child.kill('SIGTERM');
    const code = await withDeadline(`${where}: the example to exit after SIGTERM`, exited, 30_000);
    assert.equal(code, 0, `${where}: the example exited ${code} after SIGTERM: ${log}`);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() =>
        a !== null && typeof a === 'object' ? resolve(a.port) : reject(new Error('no port')),
      );
    });
  });
}

// ---------------------------------------------------------------- the tests

test('the docs have runnable examples (the extraction found them)', () => {
  const run = blocks.filter((b) => b.annotation === undefined);
  assert.ok(
    run.some((b) => b.file === 'README.md') && run.some((b) => kindOf(b) === 'ts'),
    `expected README.md's curl example and the ts examples among the blocks run; found ${run
      .map((b) => `${b.file}:${b.line}`)
      .join(', ')}`,
  );
});

for (const block of blocks) {
  const name = `${block.file}:${block.line} (${block.lang || 'unlabelled'}): ${(block.lines.find((l) => l.trim() !== '') ?? '').trim().slice(0, 70)}`;
  const annotation = block.annotation;
  const skip = annotation === undefined ? undefined : /^skip \((.+)\)$/.exec(annotation)?.[1];
  const cwd = annotation === undefined ? undefined : /^cwd (\S+)$/.exec(annotation)?.[1];
  if (skip !== undefined) {
    test(name, { skip });
    continue;
  }
  test(name, async () => {
    assert.ok(
      annotation === undefined || cwd !== undefined,
      `${block.file}:${block.line}: unknown annotation "<!-- docs-test: ${annotation} -->": ` +
        'use "skip (REASON)" or "cwd DIR"',
    );
    const dir = cwd === undefined ? work : join(work, cwd);
    if (kindOf(block) === 'ts') await runTsBlock(block, dir);
    else await runShellBlock(block, dir);
  });
}

// ---------------------------------------------------------------- the checks themselves

test('extraction: languages, annotations across blank lines, commands vs messages', () => {
  const md = [
    '<!-- docs-test: skip (why) -->',
    '',
    '```sh',
    'ape serve --model m',
    '```',
    '```',
    'ape eval: ref.txt: no such file',
    '```',
    '- item',
    '  ```',
    '  $ curl -s x',
    '  ```',
    '```json',
    '{ "a": 1 }',
    '```',
  ].join('\n');
  const found = extractBlocks('x.md', md);
  assert.deepEqual(
    found.map((b) => [b.line, b.lang, b.annotation, kindOf(b), b.lines]),
    [
      [3, 'sh', 'skip (why)', 'shell', ['ape serve --model m']],
      [6, '', undefined, undefined, ['ape eval: ref.txt: no such file']],
      [10, '', undefined, 'shell', ['$ curl -s x']],
      [13, 'json', undefined, undefined, ['{ "a": 1 }']],
    ],
  );
});

test('loose comparison: keys and strings exact, numbers within the tolerance', () => {
  const doc = { model: 'default', segments: [{ pe: 'x', changed: true, score: -0.274 }] };
  assert.deepEqual(
    jsonDiffs(
      doc,
      { model: 'default', segments: [{ pe: 'x', changed: true, score: -0.28 }] },
      false,
    ),
    [],
  );
  assert.deepEqual(
    jsonDiffs(
      doc,
      { model: 'default', segments: [{ pe: 'x', changed: true, score: -0.227 }] },
      false,
    ),
    ['$.segments[0].score: documented -0.274, got -0.227'],
  );
  assert.deepEqual(
    jsonDiffs(doc, { model: 'default', segments: [{ pe: 'x', changed: true, score: -9 }] }, true),
    [],
  );
  assert.deepEqual(
    jsonDiffs(
      doc,
      { model: 'd', segments: [{ pe: 'x', changed: true, score: -0.274, kept: 'mt' }] },
      true,
    ),
    ['$.model: documented "default", got "d"', '$.segments[0].kept: not documented (got "mt")'],
  );
  assert.equal(lineDiff('BLEU    41.9 (41.6 ± 4.7)', 'BLEU    41.9 (41.6 ± 4.7)  '), undefined);
  assert.notEqual(lineDiff('BLEU    41.9 (41.6 ± 4.7)', 'BLEU    44.9 (41.6 ± 4.7)'), undefined);
  assert.notEqual(lineDiff('35 better', '35 worse'), undefined);
  assert.deepEqual(documentedJson('{"a":1} (scores vary)'), {
    value: { a: 1 },
    ignoreNumbers: true,
  });
  assert.deepEqual(documentedJson('{"a":[1]}   (scores rounded here)'), {
    value: { a: [1] },
    ignoreNumbers: false,
  });
});
