/**
 * Bytes → text, in the encoding the document declares. Order: a byte-order mark (browsers
 * let it override everything, since it cannot be there by accident), the Content-Type
 * header's charset, then the document's own declaration — for HTML a <meta> within the
 * first 1024 bytes (the HTML standard's prescan, simplified), for XML the <?xml encoding?>.
 * A label TextDecoder does not know is skipped; with nothing usable the text is UTF-8.
 */
import { TextDecoder } from 'node:util';

export type DocumentKind = 'html' | 'xml';

export interface DecodedBody {
  text: string;
  /** The WHATWG name of the encoding used, e.g. 'utf-8', 'windows-1252' (also for a declared iso-8859-1). */
  charset: string;
}

const PRESCAN_BYTES = 1024;

export function decodeBody(bytes: Uint8Array, contentType: string | undefined, kind: DocumentKind): DecodedBody {
  const candidates = [
    () => bomCharset(bytes),
    () => headerCharset(contentType),
    () => (kind === 'html' ? metaCharset(bytes) : xmlDeclarationCharset(bytes)),
  ];
  for (const candidate of candidates) {
    const decoder = decoderFor(candidate());
    if (decoder) return { text: decode(decoder, bytes), charset: decoder.encoding };
  }
  const utf8 = new TextDecoder('utf-8');
  return { text: utf8.decode(bytes), charset: utf8.encoding };
}

/** WHATWG windows-1252 for bytes 0x80–0x9F, where it differs from Latin-1 (curly quotes, dashes, €…). */
const WINDOWS_1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Node 20.18.3+ and 22.13+ decode windows-1252 as Latin-1, so 0x93 becomes U+0093 instead of “
 * (nodejs/node#60888). Where that is so, the C1 controls it leaves are mapped as the standard says.
 */
const DECODES_1252_AS_LATIN1 = new TextDecoder('windows-1252').decode(Uint8Array.of(0x93)) !== '\u201c';

function decode(decoder: TextDecoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  if (decoder.encoding !== 'windows-1252' || !DECODES_1252_AS_LATIN1) return text;
  return text.replace(/[\u0080-\u009f]/g, (control) =>
    String.fromCharCode(WINDOWS_1252_C1[control.charCodeAt(0) - 0x80] ?? control.charCodeAt(0)),
  );
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label);
  } catch {
    return undefined; // unknown label (or one Node does not decode, such as 'replacement')
  }
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** `text/html; charset="ISO-8859-1"` → ISO-8859-1. */
function headerCharset(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType ?? '');
  return (match?.[1] ?? match?.[2])?.trim() || undefined;
}

/** <meta charset="…">, or <meta http-equiv="Content-Type" content="…; charset=…">. */
function metaCharset(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes.subarray(0, PRESCAN_BYTES)).replace(/<!--[\s\S]*?-->/g, '');
  for (const [tag] of head.matchAll(/<meta[\s/][^>]*>/gi)) {
    const attributes = attributesOf(tag);
    const declared =
      attributes.get('charset') ??
      (attributes.get('http-equiv')?.toLowerCase() === 'content-type' ? headerCharset(attributes.get('content')) : undefined);
    if (declared) return prescanLabel(declared.trim());
  }
  return undefined;
}

/** The prescan's fix-ups: a meta cannot truly say UTF-16 (it was read as ASCII), and x-user-defined means windows-1252. */
function prescanLabel(label: string): string {
  const lower = label.toLowerCase();
  if (lower.startsWith('utf-16')) return 'utf-8';
  if (lower === 'x-user-defined') return 'windows-1252';
  return label;
}

function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([^\s"'<>/=]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    const name = match[1]?.toLowerCase();
    if (name && !attributes.has(name)) attributes.set(name, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** <?xml version="1.0" encoding="windows-1252"?> at the start (a BOM has already been looked for). */
function xmlDeclarationCharset(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes.subarray(0, PRESCAN_BYTES));
  return /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1];
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
