/**
 * What ingestion accepts, and the error for what it refuses: apart from the pipeline, so the
 * server can check input and recognise refusals without loading the extractors at start-up.
 */

/** The most one article's text may weigh. */
export const MAX_ARTICLE_BYTES = 1_048_576;

/** The largest page read: pages weigh more than their text (markup, scripts, inline styles). */
export const MAX_PAGE_BYTES = 5 * 1_048_576;

/** Input that is not an article; the message says why, for the person who sent it. */
export class IngestInputError extends Error {
  override name = 'IngestInputError';
}
