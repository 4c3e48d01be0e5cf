/**
 * Deduplication across the whole corpus, before splitting, so that no sentence can sit in two
 * splits. A triplet is a duplicate when its src or its pe was seen before:
 * - exactly (the same string), or
 * - after normalization: NFKC, lower case, and only letters and digits kept, so "Open the
 *   file." and "open the file" are one sentence.
 * Keys are 96-bit SHA-256 prefixes, so memory grows by about 50 bytes per kept triplet.
 */
import { createHash } from 'node:crypto';

export type DuplicateKind = 'duplicate-exact' | 'duplicate-normalized';

export function normalizedKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function digest(kind: string, text: string): string {
  return createHash('sha256')
    .update(kind)
    .update('\u0000')
    .update(text)
    .digest('base64')
    .slice(0, 16);
}

export class Deduplicator {
  private readonly exact = new Set<string>();
  private readonly normalized = new Set<string>();

  /** Records the pair and returns undefined, or says why it is a duplicate (recording nothing). */
  check(src: string, pe: string): DuplicateKind | undefined {
    const e1 = digest('src', src);
    const e2 = digest('pe', pe);
    if (this.exact.has(e1) || this.exact.has(e2)) return 'duplicate-exact';
    const n1 = digest('src', normalizedKey(src));
    const n2 = digest('pe', normalizedKey(pe));
    if (this.normalized.has(n1) || this.normalized.has(n2)) return 'duplicate-normalized';
    this.exact.add(e1).add(e2);
    this.normalized.add(n1).add(n2);
    return undefined;
  }
}
