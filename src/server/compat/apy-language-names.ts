/**
 * APy's `GET /listLanguageNames` (apertium_apy/handlers/list_language_names.py): a JSON object
 * from language code to the language's name in a locale. This server has English names only
 * (src/text/language-codes.ts `languageName`), so:
 *   - `locale` English (`en`, `eng`, `en_US`): the names; any other locale: `{}`, what APy
 *     answers for a locale its names database has no rows for;
 *   - no `locale`: English names (APy tries the Accept-Language locales, then English);
 *   - `languages=eng spa fr` (space-separated): the names of those languages, keyed by the
 *     codes as asked (both keys when `en` and `eng` are both asked), languages we have no name
 *     for left out; without it, the languages this server translates from or into, keyed by
 *     their ISO 639-1 code where there is one (as APy's database keys them).
 * Keys come in the order of the ISO 639-1 codes (APy's database order).
 */
import { languageName, toAlpha2, toAlpha3 } from '../../text/language-codes.js';

const known = (code: string) => languageName(code) !== code;

export function languageNames(
  locale: string | undefined,
  languages: string | undefined,
  served: readonly string[],
): Record<string, string> {
  if (locale !== undefined && locale !== '' && toAlpha3(locale) !== 'eng') return {};
  const out: Record<string, string> = {};
  if (languages !== undefined && languages !== '') {
    const asked = [...new Set(languages.split(' ').filter((l) => l !== '' && known(l)))];
    asked.sort((a, b) => toAlpha2(a).localeCompare(toAlpha2(b)) || a.localeCompare(b));
    for (const code of asked) out[code] = languageName(code);
    return out;
  }
  const codes = [...new Set(served.filter(known).map(toAlpha2))].sort();
  for (const code of codes) out[code] = languageName(code);
  return out;
}
