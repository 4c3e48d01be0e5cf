/**
 * Builds language-profiles.json (the n-gram counts identify-language.ts loads) from the
 * project's own text: Spanish from synthetic-data/es-en/train.src and en-es/train.pe, English
 * from es-en/train.pe and en-es/train.src (the train splits only: test.* stay held out).
 * Run from the repository after building: `node dist/src/text/build-language-profiles.js`;
 * it writes src/text/language-profiles.json. The output is deterministic (sorted keys).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countNgrams, type LanguageProfile, type LanguageProfiles } from './identify-language.js';

/** The repository: the nearest directory above this file with a package.json. */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** N-grams seen fewer times in a language are left out (keeps the JSON about 100 KB). */
const MIN_COUNT = 3;

const SOURCES: Record<string, string[]> = {
  es: ['es-en/train.src', 'en-es/train.pe'],
  en: ['es-en/train.pe', 'en-es/train.src'],
};

function lines(file: string): string[] {
  return readFileSync(join(repoRoot(), 'synthetic-data', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
}

function pruned(p: LanguageProfile): LanguageProfile {
  const ngrams: Record<string, number> = {};
  for (const [g, c] of Object.entries(p.ngrams)) if (c >= MIN_COUNT) ngrams[g] = c;
  return { totals: p.totals, ngrams };
}

const profiles: LanguageProfiles = {
  source: Object.entries(SOURCES)
    .map(([lang, files]) => `${lang}: synthetic-data/${files.join(' + synthetic-data/')}`)
    .join('; '),
  minCount: MIN_COUNT,
  languages: Object.fromEntries(
    Object.entries(SOURCES).map(([lang, files]) => [
      lang,
      pruned(countNgrams(files.flatMap(lines))),
    ]),
  ),
};
const out = join(repoRoot(), 'src', 'text', 'language-profiles.json');
writeFileSync(out, JSON.stringify(profiles) + '\n');
console.log(`wrote ${out}`);
