/**
 * A persistent cache of MT output, keyed by engine id (engine, version, pair, options) and
 * input line, so a re-run of `ape synth` (after a crash, or with other filters) never
 * translates a line twice. One JSONL file per engine id, appended batch by batch; a torn
 * last line from a crash is ignored on load.
 */
import { createHash } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MtEngine } from '../mt/engine.js';

export class CachedEngine implements MtEngine {
  readonly name: string;
  readonly version: string;
  readonly id: string;
  /** Lines answered from the cache and lines sent to the engine, for the report. */
  hits = 0;
  misses = 0;
  private readonly engine: MtEngine;
  private readonly file: string;
  private readonly memo = new Map<string, string>();

  private constructor(engine: MtEngine, file: string) {
    this.engine = engine;
    this.file = file;
    this.name = engine.name;
    this.version = engine.version;
    this.id = engine.id;
  }

  static async open(engine: MtEngine, dir: string): Promise<CachedEngine> {
    await mkdir(dir, { recursive: true });
    const key = createHash('sha256').update(engine.id).digest('hex').slice(0, 16);
    const cache = new CachedEngine(engine, join(dir, `mt-${engine.name}-${key}.jsonl`));
    const text = await readFile(cache.file, 'utf8').catch(() => '');
    for (const line of text.split('\n')) {
      if (line === '') continue;
      try {
        const [input, output] = JSON.parse(line) as [unknown, unknown];
        if (typeof input === 'string' && typeof output === 'string') cache.memo.set(input, output);
      } catch {
        // the torn last line of an interrupted append
      }
    }
    return cache;
  }

  get size(): number {
    return this.memo.size;
  }

  async translate(lines: string[]): Promise<string[]> {
    const todo = [...new Set(lines.filter((l) => !this.memo.has(l)))];
    this.hits += lines.length - lines.filter((l) => !this.memo.has(l)).length;
    this.misses += todo.length;
    if (todo.length > 0) {
      const out = await this.engine.translate(todo);
      let append = '';
      for (const [i, input] of todo.entries()) {
        const output = out[i] as string;
        this.memo.set(input, output);
        append += JSON.stringify([input, output]) + '\n';
      }
      await appendFile(this.file, append);
    }
    return lines.map((l) => this.memo.get(l) as string);
  }
}
