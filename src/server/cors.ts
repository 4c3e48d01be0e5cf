import type { RequestHandler } from 'express';

/**
 * CORS for browser clients (the CAT-tool web plugins, the demo page on another origin), the
 * same on every route family (/v1, /apy, /libretranslate, the probes): `origins` lists exact
 * origins, or `*` for any; an empty list (the default) adds no headers, so browsers refuse
 * cross-origin calls. A preflight (`OPTIONS` with `Access-Control-Request-Method`) is
 * answered here with 204: for an allowed origin with the methods of that route family, the
 * request headers the API reads and a Max-Age; for another origin with no CORS headers (the
 * browser then refuses the call).
 *
 * One family has a default of its own: without --cors-origin, /libretranslate answers every
 * request with `Access-Control-Allow-Origin: *`, Origin header or not, as LibreTranslate does
 * (libretranslate/app.py's after_request), so browser clients of LibreTranslate work
 * unchanged. A --cors-origin list replaces that default there too.
 */

/** The methods each route family answers (the first matching prefix wins). */
const FAMILY_METHODS: readonly [prefix: string, methods: string][] = [
  ['/v1/', 'GET, POST'],
  ['/apy/', 'GET, POST'],
  ['/libretranslate/', 'GET, POST'],
];

/** Request headers the API reads (content type, keys, request id). */
export const CORS_ALLOW_HEADERS = 'Content-Type, Authorization, X-API-Key, X-Request-Id';

/** How long a browser may cache a preflight answer, in seconds. */
export const CORS_MAX_AGE_S = 600;

/** Origins a family allows when no --cors-origin is given (the prefix as in FAMILY_METHODS). */
const FAMILY_DEFAULT_ORIGINS: readonly [prefix: string, origins: readonly string[]][] = [
  ['/libretranslate/', ['*']],
];

export function corsMethods(path: string): string {
  return FAMILY_METHODS.find(([prefix]) => path.startsWith(prefix))?.[1] ?? 'GET';
}

export function cors(configured: string[]): RequestHandler {
  return (req, res, next) => {
    const familyDefault =
      configured.length === 0
        ? FAMILY_DEFAULT_ORIGINS.find(([prefix]) => req.path.startsWith(prefix))?.[1]
        : undefined;
    const origins = familyDefault ?? configured;
    const any = origins.includes('*');
    const origin = req.get('origin');
    const preflight =
      req.method === 'OPTIONS' && req.get('access-control-request-method') !== undefined;
    const allowed =
      (origin !== undefined || familyDefault !== undefined) &&
      origins.length > 0 &&
      (any || (origin !== undefined && origins.includes(origin)));
    // The answer depends on Origin whenever origins are listed one by one.
    if (origins.length > 0 && !any) res.vary('Origin');
    if (allowed) {
      res.setHeader('Access-Control-Allow-Origin', any ? '*' : (origin ?? ''));
      res.setHeader('Access-Control-Expose-Headers', 'Retry-After, X-Request-Id');
    }
    if (!preflight) return next();
    if (allowed) {
      res.setHeader('Access-Control-Allow-Methods', corsMethods(req.path));
      res.setHeader('Access-Control-Allow-Headers', CORS_ALLOW_HEADERS);
      res.setHeader('Access-Control-Max-Age', String(CORS_MAX_AGE_S));
    }
    res.status(204).end();
  };
}
