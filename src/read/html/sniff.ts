// Content sniffing: does the start of an input without a telling extension look like HTML?

/** Tags that open an HTML document or fragment (the WHATWG sniffing list, plus common body tags). */
export const HTML_OPENERS =
  /^<(?:!doctype\s+html|html|head|body|script|iframe|h1|div|font|table|a|style|title|b|br|p|meta|link|article|section|main|header|span|!--)(?:[\s>/]|$)/i;

/** Looks at the first non-blank characters (after any BOM) the way browsers sniff unlabeled content. */
export function looksLikeHtml(textStart: string): boolean {
  const start = textStart
    .replace(/^\ufeff/, '')
    .trimStart()
    .slice(0, 1024);
  if (HTML_OPENERS.test(start)) return true;
  // An XML prolog followed by an XHTML root.
  return /^<\?xml[^>]*\?>\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i.test(start);
}
