/**
 * A well-formedness-checking XML scanner that records where every element's start tag,
 * content and end tag lie in the text, so the XLIFF patcher can replace a target's content
 * and touch one attribute while every other byte of the file stays as it was (re-serialising
 * through a DOM would re-quote attributes, re-indent, drop the declaration's spacing...).
 * It checks what breaks that patching: tag syntax, balanced and matching start/end tags,
 * entity references, one root. It does not expand DTD entities or validate.
 */

export interface XmlElement {
  /** Qualified name as written (`xliff`, `xlf:target`). */
  name: string;
  /** Offset of `<` of the start tag. */
  start: number;
  /** Offset just after the start tag's `>`. */
  openEnd: number;
  /** Offset of the end tag's `<` (= openEnd for an empty-element tag). */
  closeStart: number;
  /** Offset just after the end tag (= openEnd for an empty-element tag). */
  end: number;
  /** Offset just after the last attribute (where a new attribute goes). */
  attrsEnd: number;
  attrs: Map<string, { value: string; valueStart: number; valueEnd: number }>;
  parent: number;
  /** 1-based line of the start tag. */
  line: number;
}

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

const MARKUP =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>|<\/([^\s<>/]+)\s*>|<([^\s<>/!?="']+)((?:\s+[^\s<>/="']+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)(\s*)(\/?)>/y;
const ATTR = /\s+([^\s<>/="']+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;
const ENTITY = /&(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z_][\w.-]*);/y;

/** 1-based line of an offset. */
export function lineAt(newlines: readonly number[], offset: number): number {
  let lo = 0;
  let hi = newlines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((newlines[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo + 1;
}

function checkText(text: string, from: number, to: number, line: (o: number) => number): void {
  for (let i = text.indexOf('&', from); i >= 0 && i < to; i = text.indexOf('&', i + 1)) {
    ENTITY.lastIndex = i;
    if (!ENTITY.test(text))
      throw new XmlSyntaxError(`'&' does not start an entity reference (write &amp;)`, line(i));
  }
}

/** All elements in document order. Throws XmlSyntaxError with the line of the first fault. */
export function scanXml(text: string): XmlElement[] {
  const newlines: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) newlines.push(i);
  const line = (o: number) => lineAt(newlines, o);
  const elements: XmlElement[] = [];
  const stack: number[] = [];
  let roots = 0;
  let at = 0;
  for (;;) {
    const lt = text.indexOf('<', at);
    const textEnd = lt < 0 ? text.length : lt;
    checkText(text, at, textEnd, line);
    if (stack.length === 0 && text.slice(at, textEnd).trim() !== '' && at > 0) {
      throw new XmlSyntaxError('text outside the root element', line(at));
    }
    if (lt < 0) break;
    MARKUP.lastIndex = lt;
    const m = MARKUP.exec(text);
    if (m === null)
      throw new XmlSyntaxError(
        `'<' does not start a well-formed tag: ${JSON.stringify(text.slice(lt, lt + 40))}`,
        line(lt),
      );
    const end = lt + m[0].length;
    const [, endName, startName, attrText, , slash] = m;
    if (endName !== undefined) {
      const open = stack.pop();
      const el = open === undefined ? undefined : elements[open];
      if (el === undefined)
        throw new XmlSyntaxError(`</${endName}> closes no open element`, line(lt));
      if (el.name !== endName)
        throw new XmlSyntaxError(
          `</${endName}> closes <${el.name}> (opened at line ${el.line})`,
          line(lt),
        );
      el.closeStart = lt;
      el.end = end;
    } else if (startName !== undefined) {
      if (stack.length === 0 && roots++ > 0)
        throw new XmlSyntaxError(`a second root element <${startName}>`, line(lt));
      const attrs: XmlElement['attrs'] = new Map();
      const attrsAt = lt + 1 + startName.length;
      for (const a of (attrText ?? '').matchAll(ATTR)) {
        const name = a[1] ?? '';
        if (attrs.has(name))
          throw new XmlSyntaxError(`<${startName}> repeats the attribute ${name}`, line(lt));
        const value = a[2] ?? a[3] ?? '';
        const valueEnd = attrsAt + a.index + a[0].length - 1;
        checkText(text, valueEnd - value.length, valueEnd, line);
        attrs.set(name, { value, valueStart: valueEnd - value.length, valueEnd });
      }
      const selfClosing = slash === '/';
      elements.push({
        name: startName,
        start: lt,
        openEnd: end,
        closeStart: selfClosing ? end : -1,
        end: selfClosing ? end : -1,
        attrsEnd: attrsAt + (attrText ?? '').length,
        attrs,
        parent: stack[stack.length - 1] ?? -1,
        line: line(lt),
      });
      if (!selfClosing) stack.push(elements.length - 1);
    } else if (m[0].startsWith('<![CDATA[') && stack.length === 0) {
      throw new XmlSyntaxError('CDATA outside the root element', line(lt));
    }
    at = end;
  }
  const open = stack.pop();
  if (open !== undefined) {
    const el = elements[open] as XmlElement;
    throw new XmlSyntaxError(`<${el.name}> opened here is never closed`, el.line);
  }
  if (roots === 0) throw new XmlSyntaxError('no root element', 1);
  return elements;
}

/** `target` for `xlf:target`: XLIFF files may use a prefix for their namespace. */
export function localName(el: XmlElement): string {
  const colon = el.name.indexOf(':');
  return colon < 0 ? el.name : el.name.slice(colon + 1);
}
