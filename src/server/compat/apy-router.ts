/**
 * Apertium APy's HTTP API (apertium-apy 0.11.7, apertium_apy/handlers/translate.py and
 * list_modes.py), answered with our MT + APE:
 *   GET|POST /apy/translate?langpair=eng|spa&q=...   (also `en|es`; `markUnknown`, `key`)
 *            `markUnknown=yes` marks unknown words `*word` in the post-edit (apy-unknown.ts)
 *   GET      /apy/listPairs
 *   GET      /apy/listLanguageNames?locale=en&languages=eng+spa   (apy-language-names.ts)
 *   GET      /apy/stats?requests=1000                             (apy-stats.ts)
 *   GET      /apy/identifyLang?q=...   -> {"spa": 0.99, "eng": 0.01}, most likely first
 *            (../../text/identify-language.ts over the served languages it has a profile for)
 *   OPTIONS  on each of them: 204, with the CORS headers --cors-origin allows (cors.ts)
 * `callback=NAME` wraps any answer, errors included, as JSONP `NAME(...)` with APy's
 * `application/javascript; charset=UTF-8`; a NAME that is not a JavaScript identifier is a 400
 * (APy writes any text there, which lets a page inject script).
 * Bodies are byte for byte what APy writes (python-json.ts APY_STYLE: `{"responseData":
 * {"translatedText": "..."}, "responseDetails": null, "responseStatus": 200}`, UTF-8, not
 * \u-escaped), with one deliberate difference: APy escapes `</` as `<\/` (Tornado's habit) and
 * OmegaT 3.6's Apertium connector, which cuts the text out by string matching, leaves that
 * `\/` in the target and breaks every closing tag (seen running OmegaT 3.6 against apertium-apy
 * 0.11.7: `aquí<\/g0>`, and its tag validation reported `Missing: </g0>`). Errors are
 * APy's `{"status": "error", "code": 400, "message": "Bad Request", "explanation": "..."}`.
 * Extension: `tags=omegat|xliff|html|none` (default omegat: OmegaT's `<g0>…</g0>` short tags).
 */
import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import { TAG_FLAVOURS, type TagFlavour } from '../../text/tags/parse.js';
import { toAlpha2, toAlpha3 } from '../../text/language-codes.js';
import { LanguageIdentifier } from '../../text/identify-language.js';
import { findPair, presentedKey, type CompatShared } from './mt-compat.js';
import { APY_STYLE, pythonFloat, pythonJson, type JsonValue } from './python-json.js';
import { translateAndPostEdit } from './upstream.js';
import { translateMarkingUnknown, wantsMarks } from './apy-unknown.js';
import { ApyStats } from './apy-stats.js';
import { languageNames } from './apy-language-names.js';
import { refuseWhenStopping } from '../validate.js';
import { bodyErrors, runCompat, tooManyLines, type WriteFailure } from './compat-request.js';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  413: 'Payload Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** A valid `callback` (JSONP) of the request being answered. */
const callbacks = new WeakMap<Response, string>();

/** A JavaScript identifier: what a JSONP callback may be here (APy takes any text). */
const CALLBACK = /^[A-Za-z_$][A-Za-z0-9_$]{0,127}$/;

/**
 * APy's BaseHandler.send_response: the JSON, or with `callback=NAME` the JSONP `NAME(JSON)`
 * as `application/javascript; charset=UTF-8`, errors included.
 */
function sendJson(res: Response, status: number, json: string): void {
  const callback = callbacks.get(res);
  res
    .status(status)
    .set(
      'Content-Type',
      callback === undefined
        ? 'application/json; charset=UTF-8'
        : 'application/javascript; charset=UTF-8',
    )
    .send(Buffer.from(callback === undefined ? json : `${callback}(${json})`, 'utf8'));
}

function send(res: Response, status: number, body: JsonValue): void {
  sendJson(res, status, pythonJson(body, APY_STYLE));
}

function sendError(res: Response, status: number, explanation: string): void {
  send(res, status, {
    status: 'error',
    code: status,
    message: REASONS[status] ?? 'Unknown',
    explanation,
  });
}

const writeFailure: WriteFailure = (res, { status, message, headers }) => {
  if (headers !== undefined) res.set(headers);
  sendError(res, status, message);
};

/** Tornado's get_argument: the last value, from the query or a form body. */
function arg(req: Request, name: string): string | undefined {
  const pick = (v: unknown): string | undefined =>
    Array.isArray(v) ? pick(v[v.length - 1]) : typeof v === 'string' ? v : undefined;
  const body = req.body as Record<string, unknown> | undefined;
  return pick(body?.[name]) ?? pick((req.query as Record<string, unknown>)[name]);
}

/** The paths APy answers here (OPTIONS included). */
const ROUTES = ['/translate', '/listPairs', '/listLanguageNames', '/stats', '/identifyLang'];

export function apyRouter(deps: CompatShared): Router {
  const router = Router();
  // A form body over bodyLimitBytes is a 413 in APy's error shape (bodyErrors below).
  router.use(express.urlencoded({ extended: false, limit: deps.config.bodyLimitBytes }));
  // APy answers OPTIONS with 204 (BaseHandler.options); CORS headers are the server's (cors.ts,
  // --cors-origin), which also answers browsers' preflights before this.
  router.options(ROUTES, (_req, res) => {
    res.status(204).end();
  });
  router.use((req, res, next) => {
    const callback = arg(req, 'callback');
    if (callback === undefined || callback === '') return next();
    if (!CALLBACK.test(callback))
      return sendError(
        res,
        400,
        'callback must be a JavaScript identifier (letters, digits, _ or $, not starting with a digit, at most 128 characters)',
      );
    callbacks.set(res, callback);
    next();
  });
  const stats = new ApyStats();
  const served = deps.pairs.flatMap((p) => [p.up.source, p.up.target]);

  router.get('/listLanguageNames', (req, res) => {
    send(res, 200, languageNames(arg(req, 'locale'), arg(req, 'languages'), served));
  });
  router.get('/stats', (req, res) => {
    sendJson(res, 200, stats.render(arg(req, 'requests')));
  });

  router.get('/listPairs', (_req, res) => {
    // the pairs that have both an upstream MT and a model (mt-compat.ts servedPairs)
    const data = deps.pairs.map((p) => ({
      sourceLanguage: toAlpha3(p.up.source),
      targetLanguage: toAlpha3(p.up.target),
    }));
    send(res, 200, { responseData: data, responseDetails: null, responseStatus: 200 });
  });

  const authorized: RequestHandler = (req, res, next) => {
    if (deps.keyOk(presentedKey(req.get('authorization'), req.get('x-api-key'), arg(req, 'key'))))
      return next();
    sendError(res, 403, 'Invalid API key');
  };
  const accepting = refuseWhenStopping(deps.lifecycle, deps.config, (res, detail) =>
    sendError(res, 503, detail),
  );
  const identifier = new LanguageIdentifier(served.map(toAlpha2));
  // APy's IdentifyLangHandler: {"<639-3 code>": probability}; here the posterior of each
  // served language the identifier knows, most likely first (a text with no letters: all 0.0)
  router.get('/identifyLang', authorized, (req, res) => {
    const q = arg(req, 'q');
    if (q === undefined) return sendError(res, 400, 'Missing argument q');
    if (q === '') return sendError(res, 400, 'Missing q argument');
    const found = identifier.identify(q);
    sendJson(
      res,
      200,
      `{${found.map((d) => `${pythonJson(toAlpha3(d.language), APY_STYLE)}: ${pythonFloat(d.confidence)}`).join(', ')}}`,
    );
  });

  const translate = async (req: Request, res: Response) => {
    const langpair = arg(req, 'langpair');
    const q = arg(req, 'q');
    if (langpair === undefined) return sendError(res, 400, 'Missing argument langpair');
    if (q === undefined) return sendError(res, 400, 'Missing argument q');
    const [src, tgt, ...rest] = langpair.split('|');
    if (src === undefined || tgt === undefined || rest.length > 0 || src === '' || tgt === '')
      return sendError(res, 400, 'That pair is invalid, use e.g. eng|spa');
    const pair = findPair(deps.pairs, src, tgt);
    if (pair === undefined) return sendError(res, 400, 'That pair is not installed');
    stats.used(`${toAlpha3(pair.up.source)}-${toAlpha3(pair.up.target)}`);
    const tags = arg(req, 'tags') ?? 'omegat';
    if (!TAG_FLAVOURS.includes(tags as TagFlavour))
      return sendError(res, 400, `tags must be one of ${TAG_FLAVOURS.join(', ')}`);
    const tooMany = tooManyLines(deps, [q]);
    if (tooMany !== undefined) return writeFailure(res, tooMany);
    const done = stats.start(q);
    const marks = wantsMarks(arg(req, 'markUnknown'));
    const out = await runCompat(deps, res, 'apy', async (signal) =>
      marks
        ? [await translateMarkingUnknown(pair.up, q, tags as TagFlavour, pair.postEdit, signal)]
        : translateAndPostEdit(pair.up, [q], tags as TagFlavour, pair.postEdit, signal),
    );
    if ('gone' in out) return; // nobody to answer: its segments were dropped
    if ('failure' in out) return writeFailure(res, out.failure);
    done();
    send(res, 200, {
      responseData: { translatedText: out.ok[0] ?? '' },
      responseDetails: null,
      responseStatus: 200,
    });
  };
  router.get('/translate', authorized, accepting, translate);
  router.post('/translate', authorized, accepting, translate);
  router.use(bodyErrors(deps, writeFailure));
  return router;
}
