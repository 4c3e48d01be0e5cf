/**
 * Engines named on the command line:
 * - `apertium:spa-eng` (the local `apertium` command),
 * - `apy:http://host:2737#spa|eng` (an Apertium APy server),
 * - `libretranslate:http://host:5000#es-en` (a LibreTranslate server).
 */
import { UsageError } from '../../errors.js';
import { ApertiumEngine } from './apertium.js';
import { ApyEngine } from './apy.js';
import type { MtEngine } from './engine.js';
import { LibreTranslateEngine } from './libretranslate.js';

export interface EngineOptions {
  unknownMarks: 'keep' | 'drop';
  timeoutMs?: number;
  retries?: number;
}

export async function engineFromSpec(spec: string, opts: EngineOptions): Promise<MtEngine> {
  const colon = spec.indexOf(':');
  const kind = colon < 0 ? spec : spec.slice(0, colon);
  const rest = colon < 0 ? '' : spec.slice(colon + 1);
  const hash = rest.lastIndexOf('#');
  const url = hash < 0 ? rest : rest.slice(0, hash);
  const pair = hash < 0 ? '' : rest.slice(hash + 1);
  const http = {
    ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}),
    retries: opts.retries ?? 1,
  };
  switch (kind) {
    case 'apertium':
      if (rest === '')
        throw new UsageError(`engine '${spec}': give the pair, e.g. apertium:spa-eng`);
      return ApertiumEngine.create({ pair: rest, unknownMarks: opts.unknownMarks });
    case 'apy':
      if (url === '' || !pair.includes('|'))
        throw new UsageError(`engine '${spec}': expected apy:URL#src|tgt`);
      return new ApyEngine({ url, langpair: pair, unknownMarks: opts.unknownMarks, ...http });
    case 'libretranslate': {
      const [source, target] = pair.split('-');
      if (url === '' || source === undefined || target === undefined) {
        throw new UsageError(`engine '${spec}': expected libretranslate:URL#src-tgt`);
      }
      return new LibreTranslateEngine({ url, source, target, ...http });
    }
    default:
      throw new UsageError(
        `unknown engine '${kind}' (expected apertium:PAIR, apy:URL#src|tgt or libretranslate:URL#src-tgt)`,
      );
  }
}
