/**
 * What ingestion accepts, and the error for what it refuses: apart from the pipeline, so the
 * server can check input and recognise refusals without loading the extractors at start-up.
 * Every layer takes these limits from here and prints them with formatBytes.
 */

const KIB = 1024;
const MIB = 1024 * KIB;

/** The most one article's text may weigh. */
export const MAX_ARTICLE_BYTES = MIB;

/** The largest page read: pages weigh more than their text (markup, scripts, inline styles). */
export const MAX_PAGE_BYTES = 5 * MIB;

/** 5242880 → "5 MB", 65536 → "64 KB": limits are set in binary units, so they print whole. */
export function formatBytes(bytes: number): string {
  if (bytes >= MIB && bytes % MIB === 0) return `${bytes / MIB} MB`;
  if (bytes >= KIB && bytes % KIB === 0) return `${bytes / KIB} KB`;
  return `${bytes} bytes`;
}

/** 1048576 → "1 MB (1,048,576 bytes)": a limit with the exact count to compare a file's size with. */
export function formatBytesExactly(bytes: number): string {
  const rounded = formatBytes(bytes);
  return rounded.endsWith(' bytes') ? rounded : `${rounded} (${bytes.toLocaleString('en-US')} bytes)`;
}

/** Input that is not an article; the message says why, for the person who sent it. */
export class IngestInputError extends Error {
  override name = 'IngestInputError';
}
