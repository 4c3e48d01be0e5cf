/**
 * LibreTranslate's HTTP API (LibreTranslate/LibreTranslate, libretranslate/app.py), answered
 * with our MT + APE:
 *   POST /libretranslate/translate  {q: string | string[], source, target, format?, api_key?}
 *                                   (JSON or form-encoded) -> {"translatedText": ...}
 *   GET  /libretranslate/languages  -> every served language, [{"code": "es", "name": "Spanish",
 *                                      "targets": ["en"]}, {"code": "en", ..., "targets": []}]
 * Bodies are what Flask's jsonify writes (python-json.ts FLASK_STYLE: compact, sorted keys,
 * \u-escaped, a final newline); errors are `{"error": "..."}` with LibreTranslate's wording.
 *   GET  /libretranslate/health, /frontend/settings, /spec  -> LibreTranslate's shapes
 * `format: "html"` carries HTML tags over; extension `tags` picks any flavour of ../tags/.
 * `alternatives: N` (N > 0) adds `"alternatives"`: up to N other post-edits of each text from
 * the model's n-best (translateWithAlternatives), at most the beam - 1 (a larger N is clamped).
 *   POST /libretranslate/detect  {q: string | string[]} -> [{"confidence": 97.0, "language": "es"}]
 * Detection (/detect and `source: "auto"`, which adds `detectedLanguage` to the answer) is
 * ../../text/identify-language.ts over the served languages it has a profile for.
 *   POST /libretranslate/translate_file  multipart {file, source, target, api_key?}
 *                                   -> {"translatedFileUrl": "<base>/download_file/<name>"}
 *   GET  /libretranslate/download_file/<name>  -> the translated file (kept 30 minutes)
 * A .txt file is post-edited line by line as /translate post-edits `q` (libretranslate-files.ts).
 *   POST /libretranslate/suggest    -> 403 {"error": "Suggestions are disabled on this server."},
 *                                      LibreTranslate's answer without --suggestions (none kept)
 * CORS: `Access-Control-Allow-Origin: *` by default, as LibreTranslate sends it (../cors.ts).
 */
import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import { TAG_FLAVOURS, type TagFlavour } from '../../text/tags/parse.js';
import { languageName, toAlpha2 } from '../../text/language-codes.js';
import { LanguageIdentifier } from '../../text/identify-language.js';
import { findPair, presentedKey, type CompatShared, type ServedPair } from './mt-compat.js';
import { FLASK_STYLE, pythonFloat, pythonJson, type JsonValue } from './python-json.js';
import { joinTexts, translateAndPostEdit, translateLines } from './upstream.js';
import { joinAlternatives, postEditParsedAlternatives } from '../../text/tagged-postedit.js';
import { refuseWhenStopping } from '../validate.js';
import { bodyErrors, runCompat, tooManyLines, type WriteFailure } from './compat-request.js';
import {
  decodeUtf8,
  MAX_STORED_FILES,
  parseMultipart,
  splitExt,
  SUPPORTED_FILE_FORMATS,
  TranslatedFiles,
  translatedNames,
} from './libretranslate-files.js';
import { splitLines } from './upstream.js';

function send(res: Response, status: number, body: JsonValue): void {
  res
    .status(status)
    .set('Content-Type', 'application/json')
    .send(Buffer.from(pythonJson(body, FLASK_STYLE) + '\n', 'utf8'));
}

/**
 * A Flask jsonify object whose `raw` values are JSON text already (Python floats, which
 * pythonJson does not write), keys sorted as Flask sorts them.
 */
function sendWithRaw(
  res: Response,
  fields: Record<string, JsonValue>,
  raw: Record<string, string>,
): void {
  const parts = new Map<string, string>();
  for (const [k, v] of Object.entries(fields)) parts.set(k, pythonJson(v, FLASK_STYLE));
  for (const [k, v] of Object.entries(raw)) parts.set(k, v);
  const body = [...parts.keys()]
    .sort()
    .map((k) => `${pythonJson(k, FLASK_STYLE)}:${parts.get(k) ?? 'null'}`)
    .join(',');
  res
    .status(200)
    .set('Content-Type', 'application/json')
    .send(Buffer.from(`{${body}}\n`, 'utf8'));
}

/** A LibreTranslate detection: confidence 0-100, a whole number as app.py's Detector rounds it. */
export interface LtDetection {
  confidence: number;
  language: string;
}

/** `{"confidence":97.0,"language":"es"}`: the confidence a Python float, as Flask writes it. */
const detectionJson = (d: LtDetection) =>
  `{"confidence":${pythonFloat(d.confidence)},"language":${pythonJson(d.language, FLASK_STYLE)}}`;

/**
 * LibreTranslate's detect_languages (libretranslate/language.py): for one text its candidates,
 * most likely first (at most 3, as its Detector keeps); for several texts each language's mean
 * confidence over them. Confidence is round(posterior * 100). A text with no letters, or no
 * served language the identifier knows, gives the first served language at confidence 0
 * (LibreTranslate falls back to "en" at 0).
 */
export function detectLanguages(
  identifier: LanguageIdentifier,
  texts: readonly string[],
  fallback: string,
): LtDetection[] {
  const sums = new Map<string, number>();
  for (const t of texts)
    for (const d of identifier.identify(t))
      sums.set(d.language, (sums.get(d.language) ?? 0) + d.confidence);
  const out = [...sums]
    .map(([language, sum]) => ({
      language,
      confidence: Math.round((sum / Math.max(texts.length, 1)) * 100),
    }))
    .sort((a, b) => b.confidence - a.confidence)
    .slice(0, 3);
  return out.length > 0 && (out[0]?.confidence ?? 0) > 0
    ? out
    : [{ language: fallback, confidence: 0 }];
}

const fail = (res: Response, status: number, error: string) => send(res, status, { error });

const writeFailure: WriteFailure = (res, { status, message, headers }) => {
  if (headers !== undefined) res.set(headers);
  fail(res, status, message);
};

/** `/languages`: each served language (first seen in `--mt` order) with its sorted targets. */
export function servedLanguages(
  pairs: readonly ServedPair[],
): { code: string; name: string; targets: string[] }[] {
  const codes = [...new Set(pairs.flatMap((p) => [toAlpha2(p.up.source), toAlpha2(p.up.target)]))];
  return codes.map((code) => ({
    code,
    name: languageName(code),
    targets: [
      ...new Set(
        pairs.filter((p) => toAlpha2(p.up.source) === code).map((p) => toAlpha2(p.up.target)),
      ),
    ].sort(),
  }));
}

/**
 * LibreTranslate's translation with alternatives: MT then APE of each text as
 * translateAndPostEdit does (the same beam, so the same translations), each line decoded for
 * `alternatives` + 1 hypotheses (at most the pair's beam). A text's alternative k takes each
 * line's k-th alternative (postEditParsedAlternatives: distinct, protected spans kept, tags put
 * back; a line with fewer keeps its best), left out where it equals the translation or an
 * earlier alternative; at most `alternatives` per text, [] for a text nothing was post-edited in.
 */
export async function translateWithAlternatives(
  pair: ServedPair,
  texts: readonly string[],
  flavour: TagFlavour,
  alternatives: number,
  signal?: AbortSignal,
): Promise<{ texts: string[]; alternatives: string[][] }> {
  const { split, out, work } = await translateLines(pair.up, texts, flavour);
  const nbest = Math.min(alternatives + 1, pair.beam);
  const results =
    work.length > 0
      ? await postEditParsedAlternatives(
          work.map((w) => ({ src: w.src, mt: w.mt })),
          (segments) => pair.postEditNbest(segments, nbest, signal),
          alternatives,
        )
      : [];
  const lineAlternatives: string[][] = out.map(() => []);
  work.forEach((w, k) => {
    const r = results[k];
    if (r === undefined) return;
    out[w.index] = r.pe;
    lineAlternatives[w.index] = r.alternatives;
  });
  const best = joinTexts(split, out);
  let at = 0;
  const alts = split.map((s, t) => {
    const own = s.lines.map((_, i) => ({
      best: out[at + i],
      alternatives: lineAlternatives[at + i] ?? [],
    }));
    at += s.lines.length;
    return joinAlternatives(
      best[t] ?? '',
      own,
      (lines) => joinTexts([s], lines)[0] ?? '',
      alternatives,
    );
  });
  return { texts: best, alternatives: alts };
}

/** The parameters of a request, or the message of LibreTranslate's 400 for its body. */
type Params = { json: boolean; get: (name: string) => unknown } | { error: string };

/**
 * A request's parameters as LibreTranslate reads them (app.py): a JSON body (Flask's
 * `is_json`: application/json or application/*+json) must be an object, its values taken as
 * they are (`q` may be an array: a batch); anything else is Flask's `request.values`, the query string then the form, where a repeated name gives
 * its first value (a repeated form `q` is one text, not a batch).
 */
export function readParams(req: Request): Params {
  if (req.is(['application/json', 'application/*+json']) !== false) {
    const body: unknown = req.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      // LibreTranslate says "Invalid JSON format"; we say what is wrong, worded as bodyErrors
      // words JSON that body-parser refuses (null, a number, a string)
      return {
        error: `Invalid request: request body is valid JSON but ${Array.isArray(body) ? 'an array' : 'null'}, not an object; send a JSON object`,
      };
    const fields = body as Record<string, unknown>;
    return { json: true, get: (name) => fields[name] };
  }
  const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
  const query = req.query as Record<string, unknown>;
  const form = (req.body ?? {}) as Record<string, unknown>;
  return { json: false, get: (name) => first(query[name]) ?? first(form[name]) };
}

/**
 * `/spec`: a minimal Swagger 2.0 document of the routes served here (LibreTranslate serves
 * flasgger's at /spec), `basePath` the router's mount point.
 */
export function swaggerSpec(basePath: string): JsonValue {
  const error = { $ref: '#/definitions/error-response' };
  const form = (name: string, description: string, required = true) => ({
    in: 'formData',
    name,
    type: 'string',
    required,
    description,
  });
  const apiKey = form('api_key', 'API key', false);
  return {
    swagger: '2.0',
    info: {
      title: 'LibreTranslate',
      version: 'ape',
      description:
        'LibreTranslate-compatible API of ape serve: upstream MT, then automatic post-editing.',
    },
    basePath: basePath === '' ? '/' : basePath,
    consumes: ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'],
    produces: ['application/json'],
    definitions: {
      'error-response': { type: 'object', properties: { error: { type: 'string' } } },
    },
    paths: {
      '/languages': {
        get: {
          summary: 'Get Supported Languages',
          responses: { '200': { description: 'List of supported languages' } },
        },
      },
      '/translate': {
        post: {
          summary: 'Translate Text',
          parameters: [
            form('q', 'Text(s) to translate'),
            form('source', 'Source language code or "auto" for auto detection'),
            form('target', 'Target language code'),
            form('format', 'text or html', false),
            {
              ...form(
                'alternatives',
                "Number of alternative translations (default 0): other post-edits from the model's n-best, at most the beam - 1",
                false,
              ),
              type: 'integer',
            },
            apiKey,
          ],
          responses: {
            '200': { description: 'Translation' },
            '400': { description: 'Invalid request', schema: error },
            '403': { description: 'Banned', schema: error },
          },
        },
      },
      '/detect': {
        post: {
          summary: 'Detect Language of Text',
          parameters: [form('q', 'Text to detect'), apiKey],
          responses: {
            '200': { description: 'Detections' },
            '400': { description: 'Invalid request', schema: error },
            '403': { description: 'Banned', schema: error },
          },
        },
      },
      '/translate_file': {
        post: {
          summary: 'Translate a File',
          consumes: ['multipart/form-data'],
          parameters: [
            { in: 'formData', name: 'file', type: 'file', required: true, description: '.txt' },
            form('source', 'Source language code or "auto" for auto detection'),
            form('target', 'Target language code'),
            apiKey,
          ],
          responses: {
            '200': { description: 'Translated file: {"translatedFileUrl": ...}' },
            '400': { description: 'Invalid request', schema: error },
            '403': { description: 'Banned', schema: error },
            '413': { description: 'File too large', schema: error },
          },
        },
      },
      '/download_file/{filename}': {
        get: {
          summary: 'Download a translated file (kept 30 minutes)',
          parameters: [{ in: 'path', name: 'filename', type: 'string', required: true }],
          responses: {
            '200': { description: 'The translated file' },
            '404': { description: 'No such file (expired)', schema: error },
          },
        },
      },
      '/suggest': {
        post: {
          summary: 'Submit a Suggestion to Improve a Translation (disabled here)',
          responses: { '403': { description: 'Suggestions are disabled', schema: error } },
        },
      },
      '/health': {
        get: {
          summary: 'Health Check',
          responses: { '200': { description: 'Service is healthy' } },
        },
      },
      '/frontend/settings': {
        get: {
          summary: 'Retrieve Frontend Settings',
          responses: { '200': { description: 'frontend settings' } },
        },
      },
    },
  };
}

export function libreTranslateRouter(deps: CompatShared): Router {
  const router = Router();
  const limit = deps.config.bodyLimitBytes;
  // A base URL given with a trailing slash (`http://host/libretranslate/`) makes clients ask
  // for `//languages`, `//translate`: LibreTranslate (Werkzeug) answers those, so do we.
  router.use((req, _res, next) => {
    req.url = req.url.replace(/^\/{2,}/, '/');
    next();
  });
  router.use(
    express.json({ limit, type: ['application/json', 'application/*+json'] }),
    express.urlencoded({ extended: false, limit }),
  );

  router.get('/languages', (_req, res) => {
    // As LibreTranslate: every language it serves, sources and targets alike, each with the
    // targets it translates into (sorted; [] for a language that is only a target). Clients
    // such as npm `libretranslate` check both codes of a request against this list.
    send(res, 200, servedLanguages(deps.pairs));
  });

  // app.py health: always ok while it answers (readiness for the whole server is /v1/health)
  router.get('/health', (_req, res) => send(res, 200, { status: 'ok' }));

  router.get('/frontend/settings', (_req, res) => {
    const first = deps.pairs[0];
    const lang = (code: string | undefined) =>
      code === undefined
        ? { code: 'auto', name: 'Auto Detect' }
        : { code: toAlpha2(code), name: languageName(toAlpha2(code)) };
    const keys = deps.config.apiKeys.length > 0;
    send(res, 200, {
      // no per-text character limit: requests are bounded by bodyLimitBytes and lines instead
      charLimit: -1,
      frontendTimeout: 500, // LibreTranslate's default (ms)
      apiKeys: keys,
      keyRequired: keys,
      suggestions: false,
      filesTranslation: true,
      supportedFilesFormat: [...SUPPORTED_FILE_FORMATS],
      language: { source: lang(first?.up.source), target: lang(first?.up.target) },
    });
  });

  router.get('/spec', (_req, res) => send(res, 200, swaggerSpec(_req.baseUrl)));

  const authorized: RequestHandler = (req, res, next) => {
    const params = readParams(req);
    if ('error' in params) return fail(res, 400, params.error);
    // LibreTranslate's wording (libretranslate/app.py): "Invalid API key" (403) for a key it
    // does not know; for a missing key where one is required it answers 400 "Please contact
    // the server operator to get an API key". We answer both with 403: no key, no service.
    const key = presentedKey(req.get('authorization'), req.get('x-api-key'), params.get('api_key'));
    if (deps.keyOk(key)) return next();
    fail(
      res,
      403,
      key === undefined || key === ''
        ? 'Please contact the server operator to get an API key'
        : 'Invalid API key',
    );
  };
  const served = servedLanguages(deps.pairs);
  // the languages to detect among: every served one the identifier has a profile for
  const identifier = new LanguageIdentifier(served.map((l) => l.code));
  const fallback = served.find((l) => l.targets.length > 0)?.code ?? served[0]?.code ?? 'en';

  /**
   * The served pair for `source` (or, for "auto", the language detected over `texts`, as
   * app.py's detect_languages) and `target`, with the detection; else LibreTranslate's 400.
   */
  const resolvePair = (
    source: string,
    target: string,
    texts: readonly string[],
  ):
    | { pair: ServedPair; detected: LtDetection | undefined; targetCode: string }
    | { error: string } => {
    const detected =
      source === 'auto' ? detectLanguages(identifier, texts, fallback)[0] : undefined;
    const from = detected?.language ?? source;
    const srcLang = served.find((l) => l.code === toAlpha2(from));
    if (srcLang === undefined) return { error: `${from} is not supported` };
    const tgtLang = served.find((l) => l.code === toAlpha2(target));
    if (tgtLang === undefined) return { error: `${target} is not supported` };
    const pair = findPair(deps.pairs, from, target);
    if (pair === undefined)
      return {
        error: `${tgtLang.name} (${tgtLang.code}) is not available as a target language from ${srcLang.name} (${srcLang.code})`,
      };
    return { pair, detected, targetCode: tgtLang.code };
  };

  router.post('/detect', authorized, (req: Request, res: Response) => {
    const params = readParams(req);
    if ('error' in params) return fail(res, 400, params.error);
    const q = params.get('q');
    if (q === undefined || q === null || q === '' || (Array.isArray(q) && q.length === 0))
      return fail(res, 400, 'Invalid request: missing q parameter');
    const texts = Array.isArray(q) ? q : [q];
    if (!texts.every((t): t is string => typeof t === 'string'))
      return fail(res, 400, 'Invalid request: q must be a string or an array of strings');
    const found = detectLanguages(identifier, texts, fallback);
    res
      .status(200)
      .set('Content-Type', 'application/json')
      .send(Buffer.from(`[${found.map(detectionJson).join(',')}]\n`, 'utf8'));
  });

  const accepting = refuseWhenStopping(deps.lifecycle, deps.config, (res, detail) =>
    fail(res, 503, detail),
  );

  router.post('/translate', authorized, accepting, async (req: Request, res: Response) => {
    const params = readParams(req);
    if ('error' in params) return fail(res, 400, params.error);
    const [q, source, target] = ['q', 'source', 'target'].map(params.get);
    const format = params.get('format') ?? 'text';
    if (q === undefined || q === '' || (Array.isArray(q) && q.length === 0))
      return fail(res, 400, 'Invalid request: missing q parameter');
    if (typeof source !== 'string' || source === '')
      return fail(res, 400, 'Invalid request: missing source parameter');
    if (typeof target !== 'string' || target === '')
      return fail(res, 400, 'Invalid request: missing target parameter');
    const texts = Array.isArray(q) ? q : [q];
    if (!texts.every((t): t is string => typeof t === 'string'))
      return fail(res, 400, 'Invalid request: q must be a string or an array of strings');
    if (format !== 'text' && format !== 'html')
      return fail(res, 400, `${String(format)} format is not supported`);
    // app.py: int(alternatives), negative as 0. LibreTranslate answers at most what its model's
    // hypotheses give (no --alternatives-limit by default); ours give at most the beam.
    const altParam = params.get('alternatives') ?? 0;
    const alternatives =
      typeof altParam === 'number'
        ? altParam
        : /^\s*[-+]?\d+\s*$/.test(String(altParam))
          ? Number(altParam)
          : NaN;
    if (!Number.isInteger(alternatives))
      return fail(res, 400, 'Invalid request: alternatives parameter is not a number');
    const tags = params.get('tags') ?? (format === 'html' ? 'html' : 'none');
    if (!TAG_FLAVOURS.includes(tags as TagFlavour))
      return fail(res, 400, `tags must be one of ${TAG_FLAVOURS.join(', ')}`);
    // app.py: source "auto" takes the top candidate of detect_languages over every text
    const resolved = resolvePair(source, target, texts);
    if ('error' in resolved) return fail(res, 400, resolved.error);
    const { pair, detected } = resolved;
    const tooMany = tooManyLines(deps, texts);
    if (tooMany !== undefined) return writeFailure(res, tooMany);
    const wanted = Math.min(Math.max(alternatives, 0), pair.beam - 1);
    const out = await runCompat(deps, res, 'libretranslate', (signal) =>
      wanted > 0
        ? translateWithAlternatives(pair, texts, tags as TagFlavour, wanted, signal)
        : translateAndPostEdit(pair.up, texts, tags as TagFlavour, pair.postEdit, signal).then(
            (t) => ({ texts: t, alternatives: t.map((): string[] => []) }),
          ),
    );
    if ('gone' in out) return; // nobody to answer: its segments were dropped
    if ('failure' in out) return writeFailure(res, out.failure);
    const { texts: translated, alternatives: alts } = out.ok;
    const answer: Record<string, JsonValue> = {
      translatedText: Array.isArray(q) ? translated : (translated[0] ?? ''),
    };
    // app.py: the field only when alternatives > 0 were asked, a list per text for a list q
    if (alternatives > 0) answer.alternatives = Array.isArray(q) ? alts : (alts[0] ?? []);
    if (detected === undefined) return send(res, 200, answer);
    // app.py: one detectedLanguage for a text, the same one repeated for each text of a batch
    const one = detectionJson(detected);
    sendWithRaw(res, answer, {
      detectedLanguage: Array.isArray(q) ? `[${q.map(() => one).join(',')}]` : one,
    });
  });
  // LibreTranslate without --suggestions (its default), before reading anything: we keep none.
  router.post('/suggest', (_req, res) =>
    fail(res, 403, 'Suggestions are disabled on this server.'),
  );

  // Translated files, bounded in number and in bytes (32 bodies of bodyLimitBytes in all).
  const files = new TranslatedFiles(MAX_STORED_FILES, 32 * limit);
  /** The multipart body's form, read before `authorized` so that `api_key` is in it. */
  const multipart: RequestHandler = (req, res, next) => {
    parseMultipart(req).then(
      (form) => {
        if ('error' in form) return fail(res, 400, form.error);
        res.locals.ltFile = form.file;
        // a JSON or form body stays as parsed (its api_key counts; its file is missing)
        if (Buffer.isBuffer(req.body)) req.body = form.fields;
        next();
      },
      (err: unknown) => next(err),
    );
  };

  router.post(
    '/translate_file',
    express.raw({ type: 'multipart/form-data', limit }),
    multipart,
    authorized,
    accepting,
    async (req: Request, res: Response) => {
      // app.py reads source and target from the form (request.form) and the file from request.files
      const fields = (req.body ?? {}) as Record<string, unknown>;
      const field = (name: string) => (typeof fields[name] === 'string' ? fields[name] : '');
      const file = res.locals.ltFile as { name: string; bytes: Buffer } | undefined;
      const [source, target] = [field('source'), field('target')];
      if (file === undefined) return fail(res, 400, 'Invalid request: missing file parameter');
      if (source === '') return fail(res, 400, 'Invalid request: missing source parameter');
      if (target === '') return fail(res, 400, 'Invalid request: missing target parameter');
      if (!SUPPORTED_FILE_FORMATS.includes(splitExt(file.name)[1]))
        return fail(res, 400, 'Invalid request: file format not supported');
      const decoded = decodeUtf8(file.bytes);
      if (decoded === undefined)
        return fail(
          res,
          400,
          `Invalid request: ${file.name} is not UTF-8 text; save it as UTF-8 and send it again`,
        );
      const resolved = resolvePair(source, target, [decoded.text]);
      if ('error' in resolved) return fail(res, 400, resolved.error);
      const { pair, targetCode } = resolved;
      const lines = splitLines(decoded.text).lines.length;
      const max = deps.config.maxSegmentsPerRequest;
      if (lines > max)
        return fail(
          res,
          413,
          `${file.name} has ${lines} lines, more than ${max} (this server's maxSegmentsPerRequest); split the file and send the parts one by one`,
        );
      const out = await runCompat(deps, res, 'libretranslate', (signal) =>
        translateAndPostEdit(pair.up, [decoded.text], 'none', pair.postEdit, signal),
      );
      if ('gone' in out) return;
      if ('failure' in out) return writeFailure(res, out.failure);
      const names = translatedNames(file.name, targetCode);
      const bytes = Buffer.from(decoded.bom + (out.ok[0] ?? ''), 'utf8');
      if (!files.put(names.stored, names.download, bytes))
        return fail(
          res,
          413,
          `the translation of ${file.name} is larger than this server keeps (${32 * limit} bytes); split the file`,
        );
      const url = `${req.protocol}://${req.get('host') ?? 'localhost'}${req.baseUrl}/download_file/${encodeURIComponent(names.stored)}`;
      send(res, 200, { translatedFileUrl: url });
    },
  );

  // app.py: no API key (the uuid in the name is the secret), the file as an attachment named
  // without its uuid. LibreTranslate answers a name it does not have with a 500; we with a 404.
  router.get('/download_file/:filename', (req: Request, res: Response) => {
    const name = String(req.params.filename);
    const f = files.get(name);
    if (f === undefined)
      return fail(
        res,
        404,
        `no translated file ${name} on this server: a translated file is kept for 30 minutes, and at most ${MAX_STORED_FILES} of them; translate the file again`,
      );
    res.status(200).attachment(f.download).type('text/plain; charset=utf-8').send(f.bytes);
  });

  router.use(bodyErrors(deps, writeFailure));
  return router;
}
