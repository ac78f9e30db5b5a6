/**
 * Fetching web pages and feeds for ingestion from URLs, with server-side request forgery
 * protection. Nothing here knows about the database, GraphQL or the CLI.
 */
export { AllowHostsError, allowHostKey, parseAllowHosts, refusedAddress } from './addresses.ts';
export { decodeBody, type DecodedBody, type DocumentKind } from './charset.ts';
export { FetchError, isTransientFetchFailure, type FetchFailure } from './errors.ts';
export {
  DEFAULT_FETCH_TIMEOUT_MS,
  DEFAULT_MAX_REDIRECTS,
  fetchFeed,
  fetchPage,
  USER_AGENT,
  type FetchedDocument,
  type FetchPolicy,
} from './fetchDocument.ts';
export type { ResolvedAddress, Resolver } from './target.ts';
