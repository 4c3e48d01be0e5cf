/**
 * Apertium (Forcada et al. 2011), the rule-based MT system Debian packages, through its
 * command line: `apertium [-u] <pair>`, many sentences per process.
 *
 * Line breaks. In Apertium's default `txt` format a line break is only white space, so a
 * line that does not end in punctuation runs on into the next: the next line's first word
 * is then not sentence-initial ("no se puede" gives "can not" instead of "It can not"). A
 * blank line is a paragraph break, so the adapter sends every line followed by a blank line
 * and keeps every other output line; the shell equivalent is
 * `sed G in.txt | apertium -u spa-eng | awk 'NR % 2 == 1'`. The `txt` deformatter escapes
 * `^ $ * @ # < > [ ] \` and passes them through (checked in test/data/apertium.test.ts); the
 * `none` format does not and breaks on them.
 *
 * Stream dependence. Even so, about 4% of lines translate differently depending on the text
 * that came before them in the same stream, across paragraph and sentence ends (measured:
 * 10 of 250 gettext lines, e.g. "line" tagged verb instead of noun after an unrelated
 * earlier sentence; the output is deterministic for a given stream). So translations are
 * reproducible only for the same stream: `batchLines: Infinity` sends everything in one
 * process, which is what the shell command above does with a whole file.
 *
 * Unknown words. Apertium marks a word it does not know with `*` (and generation and transfer
 * problems with `#` and `@`); `unknownMarks: 'drop'` passes `-u`, which drops those marks.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunResult, run } from '../run-process.js';
import { MtError, type MtEngine, checkCount, checkSingleLines } from './engine.js';

export interface ApertiumOptions {
  /** Translation direction as `apertium -l` lists it, e.g. 'spa-eng'. */
  pair: string;
  unknownMarks?: 'keep' | 'drop';
  /** Lines per `apertium` process. */
  batchLines?: number;
  /** The `apertium` executable. */
  command?: string;
}

export class ApertiumEngine implements MtEngine {
  readonly name = 'apertium';
  readonly version: string;
  readonly id: string;
  private readonly opts: Required<ApertiumOptions>;

  private constructor(opts: Required<ApertiumOptions>, version: string) {
    this.opts = opts;
    this.version = version;
    this.id = `apertium|${version}|${opts.pair}|marks:${opts.unknownMarks}`;
  }

  /** Checks that the pair is installed and records the package versions behind it. */
  static async create(options: ApertiumOptions): Promise<ApertiumEngine> {
    const opts: Required<ApertiumOptions> = {
      unknownMarks: 'drop',
      batchLines: 5000,
      command: 'apertium',
      ...options,
    };
    const modes = await run(opts.command, ['-l'], '').catch((err: unknown) => {
      throw new MtError(
        `cannot run '${opts.command}' (install the apertium package): ${(err as Error).message}`,
        {
          cause: err,
        },
      );
    });
    const pairs = modes.stdout.split(/\s+/).filter((p) => p !== '');
    if (!pairs.includes(opts.pair)) {
      throw new MtError(
        `apertium has no pair '${opts.pair}' (installed: ${pairs.join(', ') || 'none'})`,
      );
    }
    return new ApertiumEngine(opts, await apertiumVersion(opts.pair));
  }

  /**
   * The same engine with unknown-word marks kept (no `-u`), for APy's `markUnknown=yes`
   * (src/server/compat/apy-unknown.ts); the same command, pair and version.
   */
  withUnknownMarks(): ApertiumEngine {
    return new ApertiumEngine({ ...this.opts, unknownMarks: 'keep' }, this.version);
  }

  async translate(lines: string[]): Promise<string[]> {
    checkSingleLines('apertium', lines);
    const out: string[] = [];
    for (let start = 0; start < lines.length; start += this.opts.batchLines) {
      const batch = lines.slice(start, start + this.opts.batchLines);
      out.push(...(await this.translateBatch(batch)));
    }
    return out;
  }

  private async translateBatch(lines: string[]): Promise<string[]> {
    if (lines.length === 0) return [];
    const args = this.opts.unknownMarks === 'drop' ? ['-u', this.opts.pair] : [this.opts.pair];
    const input = lines.map((l) => `${l}\n\n`).join('');
    // The input goes through a file: the apertium script opens /dev/stdin, which fails when
    // stdin is the socket node's spawn creates.
    const dir = await mkdtemp(join(tmpdir(), 'ape-apertium-'));
    let result: RunResult;
    try {
      const file = join(dir, 'input.txt');
      await writeFile(file, input);
      result = await run(this.opts.command, [...args, file], '');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const { stdout, stderr, code } = result;
    if (code !== 0)
      throw new MtError(`apertium ${args.join(' ')} exited with ${code}: ${stderr.trim()}`);
    const outLines = stdout.split('\n');
    // Output mirrors the input: "t1\n\nt2\n\n", so split gives t1, '', t2, '', ..., ''.
    if (outLines[outLines.length - 1] === '') outLines.pop();
    checkCount('apertium', lines.length * 2, outLines.length + (outLines.length % 2));
    const translations: string[] = [];
    for (let i = 0; i < outLines.length; i += 2) {
      if (i + 1 < outLines.length && outLines[i + 1] !== '') {
        throw new MtError(
          `apertium: output line ${i + 2} should separate translations but holds '${outLines[i + 1]}'`,
        );
      }
      translations.push(outLines[i] as string);
    }
    return translations;
  }
}

/** `apertium <ver>; <pair package> <ver>` from dpkg, or the `apertium -V` line off Debian. */
async function apertiumVersion(pair: string): Promise<string> {
  const parts: string[] = [];
  for (const pkg of ['apertium', await pairPackage(pair)]) {
    if (pkg === undefined) continue;
    const q = await run('dpkg-query', ['-W', '-f=${Version}', pkg], '').catch(() => undefined);
    if (q !== undefined && q.code === 0) parts.push(`${pkg} ${q.stdout.trim()}`);
  }
  if (parts.length > 0) return parts.join('; ');
  const v = await run('apertium', ['-V'], '').catch(() => undefined);
  return v?.stdout.trim() ?? 'unknown';
}

async function pairPackage(pair: string): Promise<string | undefined> {
  const q = await run('dpkg', ['-S', `/usr/share/apertium/modes/${pair}.mode`], '').catch(
    () => undefined,
  );
  if (q === undefined || q.code !== 0) return undefined;
  return q.stdout.split(':')[0]?.trim();
}
