/**
 * ingestPage: an HTML page → ArticleDraft. The page's main text becomes plain article text
 * (headline, then one paragraph per block, blank lines between), which goes through the same
 * pipeline as a text file; what the page's metadata states wins over what the text
 * heuristics read from that text. Pure, like the rest of src/ingest: no fetching here.
 */
import { parseHTML } from 'linkedom';
import { ingestArticle } from '../index.ts';
import { formatBytes, IngestInputError, MAX_PAGE_BYTES } from '../limits.ts';
import { fold } from '../text.ts';
import { outletOf } from '../outlet.ts';
import { DEFAULT_TIME_ZONE } from '../zones.ts';
import type { ArticleDraft, IngestOptions, PageFacts } from '../types.ts';
import { readContent, type Block, type PageDocument } from './content.ts';
import { readMetadata, type PageMetadata } from './metadata.ts';

/**
 * Fewer characters of prose than this is a stub, an index page or an error page, not an
 * article. Prose is paragraphs of some length: a section front's one-line teasers add up to
 * a few hundred characters without one paragraph among them.
 */
const MIN_ARTICLE_CHARS = 200;
const MIN_PARAGRAPH_CHARS = 90;

export interface PageOptions extends IngestOptions {
  /** Where the page was fetched from (or saved from): resolves its relative links. */
  url?: string;
}

/** The article text a page yields, and what its metadata says of it. */
export interface ReadPage {
  text: string;
  facts: PageFacts;
  metadata: PageMetadata;
}

/** "Troops leave Estonia | The Baltic Ledger" → "Troops leave Estonia" when the site is named so. */
function withoutSiteName(title: string, site: string | undefined): string {
  if (!site) return title;
  const parts = title.split(/\s+[|–—-]\s+/);
  return parts.length > 1 && fold(parts.at(-1) ?? '') === fold(site) ? parts.slice(0, -1).join(' - ') : title;
}

const prose = (blocks: Block[]) =>
  blocks.filter((b) => !b.caption && b.text.length >= MIN_PARAGRAPH_CHARS).reduce((sum, b) => sum + b.text.length, 0);

/** The page's article text and metadata; refuses a page that carries no article. */
export function readPage(html: string, options: PageOptions = {}): ReadPage {
  if (Buffer.byteLength(html, 'utf8') > MAX_PAGE_BYTES)
    throw new IngestInputError(`The page is over the ${formatBytes(MAX_PAGE_BYTES)} limit.`);
  const { document } = parseHTML(html) as unknown as { document: PageDocument };
  const metadata = readMetadata(document, options.url, options.defaultTimeZone ?? DEFAULT_TIME_ZONE);
  const content = readContent(document);
  const chars = prose(content.blocks);
  if (metadata.accessibleForFree === false && chars < 2 * MIN_ARTICLE_CHARS) {
    throw new IngestInputError(`The page shows only ${chars} characters of the article; the rest is behind a paywall.`);
  }
  if (chars < MIN_ARTICLE_CHARS) {
    throw new IngestInputError('The page has no article text (it looks like an index page, a list of links or an error page).');
  }
  const headline = withoutSiteName(metadata.headline ?? content.title ?? (content.blocks[0]?.text as string), metadata.outlet?.name);
  const blocks = content.blocks.filter((b, i) => i > 1 || fold(b.text) !== fold(headline));
  // With no author in the metadata, the byline Readability saw goes to the text's own byline reading.
  const byline =
    !metadata.authors.length && content.byline
      ? [{ text: /^by\b/i.test(content.byline) ? content.byline : `By ${content.byline}`, caption: false }]
      : [];
  let text = headline;
  const captionStarts: number[] = [];
  for (const block of [...byline, ...blocks]) {
    text += '\n\n';
    if (block.caption) captionStarts.push(text.length);
    text += block.text;
  }
  const canonicalUrl = metadata.canonicalUrl ?? options.url;
  const outlet = outletOf(metadata.canonicalUrl ?? options.url, metadata.outlet);
  const facts: PageFacts = {
    ...(metadata.published ? { published: metadata.published } : {}),
    ...(metadata.modifiedAt ? { modifiedAt: metadata.modifiedAt } : {}),
    ...(metadata.authors.length ? { authors: metadata.authors } : {}),
    ...(outlet ? { outlet } : {}),
    ...(metadata.language ? { language: metadata.language } : {}),
    ...(canonicalUrl ? { canonicalUrl } : {}),
    captionStarts,
  };
  return { text: `${text}\n`, facts, metadata };
}

/** An HTML page → ArticleDraft, its metadata winning over the text's own reading. */
export function ingestPage(html: string, options: PageOptions = {}): ArticleDraft {
  const { text, facts } = readPage(html, options);
  const sourceUrl = options.sourceUrl ?? facts.canonicalUrl;
  return ingestArticle(text, { ...options, ...(sourceUrl ? { sourceUrl } : {}), page: facts });
}
