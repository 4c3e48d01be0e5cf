/**
 * Signatures in sacreBLEU's format (`sacrebleu/metrics/base.py` `Signature.format`):
 * `key:value` pairs joined by `|`: the shared fields (nrefs, then the bootstrap/randomization
 * ones when set), the metric's own fields, and `version` last.
 *
 * `version` names what produced the score: `ape-<package version>`, not sacreBLEU's version,
 * though every other field means what it means in sacreBLEU 2.6.0 (SACREBLEU_VERSION), whose
 * numbers these metrics reproduce. A signature with `version:ape-0.1.0` and one with
 * `version:2.6.0` and equal other fields denote the same computation.
 */

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NumRefs, Signature } from './metric.js';

/** The sacreBLEU release whose scores and signature fields ours match. */
export const SACREBLEU_VERSION = '2.6.0';

/** sacreBLEU's `--short` abbreviations of the shared fields. */
const SHARED_ABBREVIATIONS: Record<string, string> = {
  version: 'v',
  nrefs: '#',
  bs: 'bs',
  ar: 'ar',
  seed: 'rs',
};

/** The shared fields; undefined ones are left out, as sacreBLEU leaves out its `None`s. */
export interface SharedSignatureFields {
  nrefs: NumRefs | undefined;
  /** Bootstrap resamples (`bs:`). */
  bs?: number;
  /** Approximate randomization trials (`ar:`). */
  ar?: number;
  /** The seed of the random generator (`seed:`). */
  seed?: number | string;
}

export class MetricSignature implements Signature {
  constructor(
    readonly fields: [string, string][],
    private readonly abbreviations: Record<string, string>,
  ) {}

  /** `short` gives sacreBLEU's `--short` form (`#:1|c:mixed|…|v:…`). */
  format(short = false): string {
    return this.fields
      .map(([key, value]) => `${short ? (this.abbreviations[key] ?? key) : key}:${value}`)
      .join('|');
  }

  toString(): string {
    return this.format(false);
  }
}

/**
 * Builds a signature in sacreBLEU's field order. Like sacreBLEU's `Signature.__init__`, it
 * refuses to build one before any references were seen (nrefs unknown).
 */
export function buildSignature(
  shared: SharedSignatureFields,
  metricFields: [string, string][],
  metricAbbreviations: Record<string, string>,
): MetricSignature {
  if (shared.nrefs === undefined) {
    throw new Error('Number of references unknown, please evaluate the metric first.');
  }
  const fields: [string, string][] = [['nrefs', String(shared.nrefs)]];
  if (shared.bs !== undefined) fields.push(['bs', String(shared.bs)]);
  if (shared.ar !== undefined) fields.push(['ar', String(shared.ar)]);
  if (shared.seed !== undefined) fields.push(['seed', String(shared.seed)]);
  fields.push(...metricFields, ['version', signatureVersion()]);
  return new MetricSignature(fields, { ...SHARED_ABBREVIATIONS, ...metricAbbreviations });
}

/** Python's rendering of a boolean signature value. */
export function yesNo(flag: boolean): 'yes' | 'no' {
  return flag ? 'yes' : 'no';
}

let version: string | undefined;

/** `ape-<version>` of the package this file belongs to, read once from its package.json. */
export function signatureVersion(): string {
  if (version === undefined) {
    let dir = dirname(fileURLToPath(import.meta.url));
    while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
    const pkg: unknown = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const v = typeof pkg === 'object' && pkg !== null && 'version' in pkg ? pkg.version : undefined;
    version = `ape-${typeof v === 'string' ? v : 'unknown'}`;
  }
  return version;
}
