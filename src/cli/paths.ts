/** Paths inside the installed package, found from this file (not from the working directory). */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: the nearest directory above this file with a package.json. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/**
 * The Debian source packages kept for independent evaluation (one a line, '#' comments):
 * the default --heldout of `ape harvest` and `ape synth`.
 */
export function defaultHeldoutFile(): string {
  return join(packageRoot(), 'synthetic-data', 'heldout-packages.txt');
}
