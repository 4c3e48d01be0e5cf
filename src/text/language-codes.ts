/**
 * ISO 639-1 and 639-3 codes: APy names pairs in 639-3 (`eng|spa`) and also accepts 639-1
 * (`en|es`, what OmegaT 3.6 sends; APy's `to_alpha3_code`), LibreTranslate uses 639-1.
 * Only languages Apertium or the model can plausibly serve are listed; a code not listed
 * is used as it is.
 */
const PAIRS: [alpha2: string, alpha3: string, name: string][] = [
  ['ar', 'ara', 'Arabic'],
  ['ast', 'ast', 'Asturian'],
  ['ca', 'cat', 'Catalan'],
  ['cy', 'cym', 'Welsh'],
  ['da', 'dan', 'Danish'],
  ['de', 'deu', 'German'],
  ['en', 'eng', 'English'],
  ['eo', 'epo', 'Esperanto'],
  ['es', 'spa', 'Spanish'],
  ['eu', 'eus', 'Basque'],
  ['fr', 'fra', 'French'],
  ['gl', 'glg', 'Galician'],
  ['it', 'ita', 'Italian'],
  ['nb', 'nob', 'Norwegian Bokmål'],
  ['nl', 'nld', 'Dutch'],
  ['nn', 'nno', 'Norwegian Nynorsk'],
  ['oc', 'oci', 'Occitan'],
  ['pt', 'por', 'Portuguese'],
  ['ro', 'ron', 'Romanian'],
  ['ru', 'rus', 'Russian'],
  ['sv', 'swe', 'Swedish'],
];

const TO3 = new Map(PAIRS.map(([a2, a3]) => [a2, a3]));
const TO2 = new Map(PAIRS.map(([a2, a3]) => [a3, a2]));
const NAMES = new Map(PAIRS.map(([, a3, name]) => [a3, name]));

/** `en`, `eng`, `en_US`, `EN` -> `eng` (a region or variant after `_`/`-` is dropped). */
export function toAlpha3(code: string): string {
  const base = code.toLowerCase().split(/[_-]/)[0] ?? '';
  return TO3.get(base) ?? base;
}

export function toAlpha2(code: string): string {
  const a3 = toAlpha3(code);
  return TO2.get(a3) ?? a3;
}

export function languageName(code: string): string {
  return NAMES.get(toAlpha3(code)) ?? code;
}
