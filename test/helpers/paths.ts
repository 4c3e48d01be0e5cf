import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file whether it runs from test/ (tsx) or dist/test/. */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + import.meta.url);
    dir = up;
  }
  return dir;
}

export const repoRoot = findRoot();

/** A path under test/fixtures/ in the source tree (fixtures are not copied to dist/). */
export function fixture(...parts: string[]): string {
  return resolve(repoRoot, 'test', 'fixtures', ...parts);
}

/** The compiled `ape` entry point, for tests that run the real command. */
export const apeBin = join(repoRoot, 'bin', 'ape.js');
