/**
 * Finds gettext catalogs (.mo files) for one language and the Debian source package each
 * belongs to, from two places:
 * - the packages installed on this machine: `find` under the roots, `dpkg -S path` for the
 *   binary package, `dpkg-query -W -f='${source:Package}'` for its source package;
 * - a folder of downloaded .deb files (`apt-get download`), which need not be installed:
 *   `dpkg-deb -f` gives Package/Source/Version, and only the catalogs are unpacked.
 * The source package is the unit of the held-out list and of train/dev/test splits.
 */
import { mkdir, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { run } from '../run-process.js';
import { DataError } from '../../errors.js';

export interface Catalog {
  /** The .mo file on disk. */
  path: string;
  /** Text domain: the file name without `.mo`. */
  domain: string;
  binaryPackage: string;
  sourcePackage: string;
  /** Version of the binary package. */
  version: string;
  /** The .deb it came from, when not installed. */
  deb?: string;
}

/** Catalogs of `lang` (exactly that directory name, e.g. `es`, not `es_MX`) under the roots. */
export async function installedCatalogs(
  lang: string,
  roots: string[] = ['/usr/share', '/usr/lib'],
): Promise<Catalog[]> {
  const found = await run(
    'find',
    [...roots, '-path', `*/${lang}/LC_MESSAGES/*.mo`, '-type', 'f'],
    '',
  );
  const paths = found.stdout
    .split('\n')
    .filter((p) => p !== '')
    .sort();
  if (paths.length === 0) return [];
  const owners = new Map<string, string>();
  const s = await run('dpkg', ['-S', ...paths], '');
  for (const line of s.stdout.split('\n')) {
    const cut = line.lastIndexOf(': ');
    if (cut < 0) continue;
    const pkg = (line.slice(0, cut).split(',')[0] ?? '').trim().replace(/:.*$/, '');
    owners.set(line.slice(cut + 2), pkg);
  }
  const pkgs = [...new Set(owners.values())].sort();
  const info = new Map<string, { source: string; version: string }>();
  if (pkgs.length > 0) {
    const q = await run(
      'dpkg-query',
      ['-W', '-f=${Package}\t${source:Package}\t${Version}\n', ...pkgs],
      '',
    );
    for (const line of q.stdout.split('\n')) {
      const [p, src, ver] = line.split('\t');
      if (p !== undefined && src !== undefined && ver !== undefined)
        info.set(p, { source: src, version: ver });
    }
  }
  const out: Catalog[] = [];
  for (const path of paths) {
    const pkg = owners.get(path);
    const meta = pkg === undefined ? undefined : info.get(pkg);
    // A catalog no package owns has no source package to hold out by: it is left out.
    if (pkg === undefined || meta === undefined) continue;
    out.push({
      path,
      domain: basename(path, '.mo'),
      binaryPackage: pkg,
      sourcePackage: meta.source,
      version: meta.version,
    });
  }
  return out;
}

/** Catalogs of `lang` inside every .deb in `debDir`, unpacked under `workDir`. */
export async function debCatalogs(
  debDir: string,
  lang: string,
  workDir: string,
): Promise<Catalog[]> {
  const debs = (await readdir(debDir)).filter((f) => f.endsWith('.deb')).sort();
  const out: Catalog[] = [];
  for (const name of debs) {
    const deb = join(debDir, name);
    const f = await run('dpkg-deb', ['-f', deb, 'Package', 'Source', 'Version'], '');
    if (f.code !== 0) throw new DataError({ file: deb }, `not a readable .deb: ${f.stderr.trim()}`);
    const fields = new Map<string, string>();
    for (const line of f.stdout.split('\n')) {
      const m = /^([A-Za-z-]+):\s*(.*)$/.exec(line);
      if (m !== null) fields.set(m[1] as string, (m[2] as string).trim());
    }
    const pkg = fields.get('Package') ?? name;
    const version = fields.get('Version') ?? '';
    // `Source: name (version)` when the source version differs; no Source field: same name.
    const source = (fields.get('Source') ?? pkg).split(' ')[0] ?? pkg;
    const dest = join(workDir, pkg);
    await mkdir(dest, { recursive: true });
    const pattern = `*/${lang}/LC_MESSAGES/*.mo`;
    // tar exits 2 when no member matches: a package without this language has no catalog.
    await run(
      'sh',
      [
        '-c',
        'dpkg-deb --fsys-tarfile "$1" | tar -x -C "$2" --wildcards "$3" 2>/dev/null; true',
        'sh',
        deb,
        dest,
        pattern,
      ],
      '',
    );
    const found = await run('find', [dest, '-path', pattern, '-type', 'f'], '');
    for (const path of found.stdout
      .split('\n')
      .filter((p) => p !== '')
      .sort()) {
      out.push({
        path,
        domain: basename(path, '.mo'),
        binaryPackage: pkg,
        sourcePackage: source,
        version,
        deb: name,
      });
    }
  }
  return out;
}

/** Source package names, one a line; `#` starts a comment. */
export function parseHeldout(text: string): Set<string> {
  const names = new Set<string>();
  for (const line of text.split('\n')) {
    const name = line.replace(/#.*/, '').trim();
    if (name !== '') names.add(name);
  }
  return names;
}
