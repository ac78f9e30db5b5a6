/**
 * Who published an article, as an outlet keyed by its site: the page's own name for itself
 * when it gives one, else the host it lives on.
 */
import { fold } from './text.ts';
import type { OutletDraft } from './types.ts';

/** "https://www.baltic-ledger.example/x" → "baltic-ledger.example". */
export function siteOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The outlet of an article from `url`: `name` and `siteUrl` when the page states them; the
 * site's host stands in for a missing name, the folded name for a missing site.
 */
export function outletOf(url: string | undefined, stated?: { name: string; siteUrl?: string }): OutletDraft | undefined {
  const host = siteOf(stated?.siteUrl) ?? siteOf(url);
  const name = stated?.name ?? host;
  if (!name) return undefined;
  const siteUrl = stated?.siteUrl ?? (host && url ? new URL('/', url).href : undefined);
  return { key: host ?? fold(name).toLowerCase(), name, ...(siteUrl ? { siteUrl } : {}) };
}
