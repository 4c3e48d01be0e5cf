/**
 * One small interface for every machine translation engine that makes synthetic triplets:
 * Apertium on this machine (apertium.ts) or a remote service speaking the Apertium APy
 * (apy.ts) or LibreTranslate (libretranslate.ts) HTTP API. Lines in, lines out, same count.
 */
import { ApeError } from '../../errors.js';

export interface MtEngine {
  /** Engine family: 'apertium', 'apy', 'libretranslate'. */
  readonly name: string;
  /** Versions that determine the output (package versions, server URL), for manifests. */
  readonly version: string;
  /**
   * Everything that changes the output (engine, version, language pair, options), as one
   * string: the key of MT caches, so a cache never returns another setup's translation.
   */
  readonly id: string;
  /** Translates each line independently; returns exactly one line per input line. */
  translate(lines: string[]): Promise<string[]>;
}

/** The engine failed or answered something that is not a translation of the input. */
export class MtError extends ApeError {
  override name = 'MtError';
}

/** Engines take single lines: a line break inside one would shift every later line. */
export function checkSingleLines(engine: string, lines: string[]): void {
  for (const [i, l] of lines.entries()) {
    if (/[\n\r]/.test(l)) throw new MtError(`${engine}: input line ${i + 1} contains a line break`);
  }
}

export function checkCount(engine: string, sent: number, got: number): void {
  if (sent !== got) {
    throw new MtError(
      `${engine}: sent ${sent} lines but got ${got} back (translations would misalign)`,
    );
  }
}
