/**
 * Which Content-Types a page or a feed may have. Pages must say they are HTML or XHTML.
 * Feeds must say they are RSS, Atom, RDF or XML — except that a missing Content-Type,
 * application/octet-stream or text/plain (what misconfigured servers send for static .xml
 * files) is accepted when the body itself opens as a feed: its root element is <rss>,
 * <feed> or <rdf:RDF>. A leading <?xml?> alone is not enough, since XHTML pages have one too.
 */

export type DocumentType = 'page' | 'feed';

const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml']);
const SNIFFED_FEED_TYPES = new Set(['', 'application/octet-stream', 'text/plain']);

const SNIFF_BYTES = 1024;

/** `Text/HTML; charset=utf-8` → `text/html`; '' for a missing header. */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** 'accept', 'sniff' (look at the body first), or 'refuse'. */
export function mediaTypeVerdict(type: DocumentType, mediaType: string): 'accept' | 'sniff' | 'refuse' {
  if (type === 'page') return PAGE_TYPES.has(mediaType) ? 'accept' : 'refuse';
  if (FEED_TYPES.has(mediaType)) return 'accept';
  return SNIFFED_FEED_TYPES.has(mediaType) ? 'sniff' : 'refuse';
}

/** The body starts (after a BOM, an XML declaration, comments, processing instructions or a doctype) with a feed's root element. */
export function opensAsFeed(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SNIFF_BYTES)).toString('latin1');
  return /^(?:\u00EF\u00BB\u00BF)?\s*(?:(?:<\?[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)\s*)*<(?:rss|feed|rdf:RDF)[\s>/]/.test(head);
}

/** How a refused media type reads in a message: "the page is image/png, not HTML". */
export function mediaTypeRefusal(type: DocumentType, mediaType: string, verdict: 'sniff' | 'refuse'): string {
  const wanted = type === 'page' ? 'HTML' : 'RSS or Atom';
  if (verdict === 'sniff') {
    const declared = mediaType ? `is ${mediaType}` : 'has no Content-Type';
    return `the feed ${declared} and does not look like RSS or Atom`;
  }
  return mediaType ? `the ${type} is ${mediaType}, not ${wanted}` : `the ${type} has no Content-Type, so it is not known to be ${wanted}`;
}
