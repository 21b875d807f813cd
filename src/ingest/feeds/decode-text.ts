// Fetched bytes → text, with the charset from the BOM, the Content-Type, or the document's own declaration.
import { TextDecoder } from 'node:util';

const BOMS: readonly { bytes: readonly number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** How far into the body to look for `<?xml encoding=…?>` or `<meta charset=…>`. */
const DECLARATION_WINDOW = 2048;

const XML_DECLARATION = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i;
const CONTENT_TYPE_CHARSET = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i;

/** Decodes a body; unknown or missing charsets fall back to UTF-8, bad bytes become U+FFFD. */
export function decodeText(bytes: Uint8Array, contentType: string | null = null): string {
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  if (bom) return decodeWith(bom.encoding, bytes.subarray(bom.bytes.length));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, DECLARATION_WINDOW));
  const declared =
    CONTENT_TYPE_CHARSET.exec(contentType ?? '')?.[1] ??
    XML_DECLARATION.exec(head)?.[1] ??
    META_CHARSET.exec(head)?.[1] ??
    'utf-8';
  return decodeWith(declared, bytes);
}

function decodeWith(label: string, bytes: Uint8Array): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
}

/**
 * Bytes 0x80–0x9F of windows-1252 (what the web means by "latin1" and "iso-8859-1").
 * Node 20's TextDecoder decodes them as C1 controls, so feeds with curly quotes need this table.
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const chars: string[] = [];
  for (const b of bytes) {
    chars.push(b >= 0x80 && b <= 0x9f ? (WINDOWS_1252_HIGH[b - 0x80] ?? '') : String.fromCharCode(b));
  }
  return chars.join('');
}
