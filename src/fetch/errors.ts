/**
 * The one error a fetch throws: a reason a caller can branch on, and a one-line message a
 * user can act on that starts with the URL they asked for.
 */

export type FetchFailure =
  | 'bad-url'
  | 'refused'
  | 'network'
  | 'timeout'
  | 'http-status'
  | 'too-many-redirects'
  | 'redirect-loop'
  | 'not-html'
  | 'not-feed'
  | 'too-large'
  | 'empty';

export class FetchError extends Error {
  override name = 'FetchError';

  /** `url` is the URL the caller asked for; `detail` says what went wrong, at which hop if not the first. */
  constructor(
    readonly reason: FetchFailure,
    readonly url: string,
    detail: string,
    /** The HTTP status of an `http-status` failure. */
    readonly status?: number,
  ) {
    super(`${url}: ${detail}`);
    // The message says everything; a stack would only leak our internals into user output.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** 10000 → "10 s", 300 → "300 ms", 2500 → "2.5 s". */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}

/** Failures that may pass if tried again later: the network, a slow or overloaded server. */
export function isTransientFetchFailure(error: FetchError): boolean {
  if (error.reason === 'network' || error.reason === 'timeout') return true;
  return (
    error.reason === 'http-status' && error.status !== undefined && (error.status >= 500 || error.status === 429 || error.status === 408)
  );
}
