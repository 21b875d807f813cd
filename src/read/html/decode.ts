// Bytes → text: byte-order mark, then the HTTP charset, then <meta> in the page, then valid UTF-8, then a detector.
import { detect } from 'chardet';

/** How far into the page a <meta charset> is looked for (browsers prescan 1024 bytes, then switch when the
 * parser meets a later <meta>; pages with big inline scripts in <head> need the later look). Stops at <body. */
export const META_SCAN_BYTES = 65536;
/** How much of the page the detector reads. */
export const DETECT_SAMPLE_BYTES = 65536;
/** What a page with no clue and invalid UTF-8 most likely is (what browsers assume in the West). */
export const FALLBACK_ENCODING = 'windows-1252';

/** Detector names that TextDecoder spells differently. */
const DETECTOR_LABELS: Readonly<Record<string, string>> = {
  'ISO-2022-JP': 'iso-2022-jp',
  'ISO-2022-KR': 'utf-8',
  'ISO-2022-CN': 'utf-8',
  'UTF-32LE': 'utf-8',
  'UTF-32BE': 'utf-8',
  mbcs: 'utf-8',
};

const BOMS: readonly { bytes: readonly number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
];

/** A TextDecoder label when `label` names an encoding it knows. */
export function normalizeEncoding(label: string | null | undefined): string | null {
  if (label === null || label === undefined) return null;
  const trimmed = label.trim().replace(/^["']|["']$/g, '');
  if (trimmed === '') return null;
  try {
    return new TextDecoder(trimmed).encoding;
  } catch {
    return null;
  }
}

export function charsetOfContentType(contentType: string | null | undefined): string | null {
  if (contentType === null || contentType === undefined) return null;
  const match = /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType);
  return match === null ? null : normalizeEncoding(match[1]);
}

function bomEncoding(bytes: Uint8Array): string | null {
  for (const { bytes: bom, encoding } of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return encoding;
  }
  return null;
}

/** The charset a page declares in its first bytes: <meta charset>, <meta http-equiv content>, <?xml encoding>. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.byteLength, META_SCAN_BYTES),
  ).toString('latin1');
  const bodyAt = head.search(/<body[\s>]/i);
  const metas = (bodyAt >= 0 ? head.slice(0, bodyAt) : head).match(/<meta\b[^>]*>/gi) ?? [];
  for (const meta of metas) {
    const direct = /\bcharset\s*=\s*["']?\s*([^"'\s/>;]+)/i.exec(meta);
    if (direct === null) continue;
    const encoding = normalizeEncoding(direct[1]);
    // A page that was decoded at all cannot be UTF-16 (the spec maps the declaration to UTF-8).
    if (encoding !== null) return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  }
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)/i.exec(head);
  return xml === null ? null : normalizeEncoding(xml[1]);
}

function detectedEncoding(bytes: Uint8Array): string {
  const sample = bytes.byteLength > DETECT_SAMPLE_BYTES ? bytes.subarray(0, DETECT_SAMPLE_BYTES) : bytes;
  const name = detect(sample);
  if (name === null) return FALLBACK_ENCODING;
  return normalizeEncoding(DETECTOR_LABELS[name] ?? name) ?? FALLBACK_ENCODING;
}

/** The encoding the bytes or their transport declare, if any: BOM, then HTTP charset, then the page's own. */
export function declaredEncoding(bytes: Uint8Array, contentType?: string | null): string | null {
  return bomEncoding(bytes) ?? charsetOfContentType(contentType) ?? declaredCharset(bytes);
}

/** windows-1252's characters for bytes 0x80–0x9F (Node 20's TextDecoder gives the C1 controls of latin1 there). */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWith(encoding: string, bytes: Uint8Array): string {
  // TextDecoder drops a BOM that matches its encoding; replacement characters stand in for bad bytes.
  const text = new TextDecoder(encoding).decode(bytes);
  if (encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  const declared = declaredEncoding(bytes, contentType);
  if (declared !== null) return decodeWith(declared, bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWith(detectedEncoding(bytes), bytes);
  }
}
