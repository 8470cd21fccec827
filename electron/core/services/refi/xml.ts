/**
 * Writing XML by hand, safely: escapes for text and attributes, and the characters XML 1.0 cannot
 * hold at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF), which are replaced by U+FFFD
 * and counted so the loss report can say so.
 */

const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export interface Sanitised {
  text: string;
  replaced: number;
}

export function sanitise(text: string): Sanitised {
  let replaced = 0;
  const out = text.replace(NOT_XML, () => {
    replaced++;
    return '\uFFFD';
  });
  return { text: out, replaced };
}

/** Element content. CR is written as a reference: a parser turns a literal CRLF into LF. */
export function escText(text: string): string {
  return text.replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

/** Attribute values: tabs and line breaks as references, or attribute normalisation eats them. */
export function escAttr(text: string): string {
  return text.replace(/[&<>"\t\n\r]/g, (c) => ATTR[c]!);
}

const ATTR: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** ` name="value"` pairs for the defined values, in the order given. */
export function attrs(pairs: Record<string, string | number | boolean | null | undefined>): string {
  let out = '';
  for (const [k, v] of Object.entries(pairs)) {
    if (v === null || v === undefined) continue;
    out += ` ${k}="${escAttr(String(v))}"`;
  }
  return out;
}
