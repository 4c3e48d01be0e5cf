/**
 * JSON text exactly as Python's `json.dumps` writes it, because the servers we imitate are
 * Python: Apertium APy writes `json.dumps(data, ensure_ascii=False)` (apertium_apy/handlers/
 * base.py `dump_json`: separators ", " and ": ", keys in insertion order), LibreTranslate
 * answers through Flask's `jsonify` (flask/json/provider.py DefaultJSONProvider:
 * ensure_ascii=True, sort_keys=True, compact separators "," and ":", plus a final "\n").
 *
 * String escaping: json.dumps escapes `"` `\` `\n` `\r` `\t` `\b` `\f` and other characters
 * below U+0020 as `\u00XX` (lower-case hex), like JSON.stringify; with ensure_ascii=True it also
 * writes every non-ASCII UTF-16 code unit as `\uXXXX` (astral characters as their surrogate
 * pair). Floats: `pythonFloat` writes a number as Python's `repr` of a float does.
 */

export interface PythonJsonStyle {
  itemSeparator: ', ' | ',';
  keySeparator: ': ' | ':';
  ensureAscii: boolean;
  sortKeys: boolean;
}

export const APY_STYLE: PythonJsonStyle = {
  itemSeparator: ', ',
  keySeparator: ': ',
  ensureAscii: false,
  sortKeys: false,
};
export const FLASK_STYLE: PythonJsonStyle = {
  itemSeparator: ',',
  keySeparator: ':',
  ensureAscii: true,
  sortKeys: true,
};

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

function str(s: string, ascii: boolean): string {
  const json = JSON.stringify(s);
  return ascii
    ? json.replace(/[\u0080-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'))
    : json;
}

export function pythonJson(value: JsonValue, style: PythonJsonStyle): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new Error(`pythonJson writes integers only, got ${value}`);
    return String(value);
  }
  if (typeof value === 'string') return str(value, style.ensureAscii);
  if (Array.isArray(value))
    return '[' + value.map((v) => pythonJson(v, style)).join(style.itemSeparator) + ']';
  const keys = Object.keys(value);
  if (style.sortKeys) keys.sort();
  return (
    '{' +
    keys
      .map(
        (k) =>
          str(k, style.ensureAscii) + style.keySeparator + pythonJson(value[k] as JsonValue, style),
      )
      .join(style.itemSeparator) +
    '}'
  );
}

/** Python's repr of a float: shortest digits, `.0` on whole numbers, exponent outside 1e-4..1e16. */
export function pythonFloat(x: number): string {
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : x < 0 ? '-Infinity' : 'NaN';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant = '', exp = '0'] = x.toExponential().split('e');
  const sign = mant.startsWith('-') ? '-' : '';
  const digits = mant.replace(/^-/, '').replace('.', '');
  const e = Number(exp);
  if (e < -4 || e >= 16) {
    const m = digits.length > 1 ? `${digits[0] ?? ''}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  if (e < 0) return `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
  const int = digits.padEnd(e + 1, '0').slice(0, e + 1);
  return `${sign}${int}.${digits.slice(e + 1) || '0'}`;
}
