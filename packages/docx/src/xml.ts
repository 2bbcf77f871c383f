/**
 * Escaping for the XML parts we write by hand. XML 1.0 forbids most C0 control characters (all
 * but tab, LF and CR), lone surrogates and U+FFFE/U+FFFF even as character references, so they are
 * dropped; `&`, `<`, `>` (and in attributes the quotes and white space) are escaped.
 */

/** Characters XML 1.0 does not allow anywhere in a document. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const TEXT_SPECIAL = /[&<>]/;
const TEXT_ALL = /[&<>]/g;
const ATTR_SPECIAL = /[&<>"'\t\n\r]/;
const ATTR_ALL = /[&<>"'\t\n\r]/g;
/** Quick test: can the string hold anything that needs work at all? */
const NEEDS_CHECK = /[\u0000-\u001F&<>"'\uD800-\uDFFF\uFFFE\uFFFF]/;

const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Vertical tab and form feed: Word's manual line and page breaks when its text is pasted elsewhere. */
const BREAK_LIKE = /[\u000B\u000C]/g;

/**
 * Removes the characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE, U+FFFF).
 * A vertical tab or form feed (text pasted from Word) becomes a space, so the words on either side
 * do not run together.
 */
export function stripForbidden(text: string): string {
  return text.replace(BREAK_LIKE, ' ').replace(FORBIDDEN, '');
}

/** Text content of an element. */
export function escapeText(text: string): string {
  if (!NEEDS_CHECK.test(text)) return text;
  const clean = stripForbidden(text);
  return TEXT_SPECIAL.test(clean) ? clean.replace(TEXT_ALL, (c) => ENTITY[c]!) : clean;
}

/** An attribute value in double quotes (tab, LF and CR as references so they survive normalisation). */
export function escapeAttr(value: string): string {
  if (!NEEDS_CHECK.test(value)) return value;
  const clean = stripForbidden(value);
  return ATTR_SPECIAL.test(clean) ? clean.replace(ATTR_ALL, (c) => ENTITY[c]!) : clean;
}

/** Text or a double-quoted attribute value in an HTML page (the preview, anslag.html, the status site). */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
