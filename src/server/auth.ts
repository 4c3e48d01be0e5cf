import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { HttpError } from './problem.js';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * Optional API keys: `Authorization: Bearer KEY` or `X-API-Key: KEY`. Keys are compared as
 * sha256 digests with crypto.timingSafeEqual (equal lengths, constant time), and every key
 * is compared so the time does not say which one nearly matched.
 */
export function apiKeyAuth(keys: string[]): RequestHandler {
  const digests = keys.map(digest);
  return (req, _res, next) => {
    if (digests.length === 0) return next();
    const auth = req.get('authorization');
    const presented = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : req.get('x-api-key');
    const headers = { 'WWW-Authenticate': 'Bearer realm="ape"' };
    if (presented === undefined || presented === '') {
      return next(
        new HttpError(
          401,
          'Unauthorized',
          'an API key is required (Authorization: Bearer KEY or X-API-Key: KEY)',
          { headers },
        ),
      );
    }
    const d = digest(presented);
    let ok = false;
    for (const k of digests) ok = timingSafeEqual(d, k) || ok;
    if (!ok)
      return next(new HttpError(401, 'Unauthorized', 'the API key is not valid', { headers }));
    next();
  };
}
