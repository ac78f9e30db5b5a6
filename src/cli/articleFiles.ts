/**
 * What `npm run ingest` is given, as sources to ingest: text files, saved HTML pages, folders
 * of them (recursively), URLs. Reading is safe: a clear reason for anything refused, before
 * any write.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { decodeBody } from '../fetch/index.ts';
import { formatBytesExactly, MAX_ARTICLE_BYTES, MAX_PAGE_BYTES } from '../ingest/limits.ts';

export class ArticleFileError extends Error {
  override name = 'ArticleFileError';
}

export type Source = { kind: 'text'; file: string } | { kind: 'html'; file: string } | { kind: 'url'; url: string };

/** The extensions a folder is searched for. */
const TEXT = new Set(['.txt']);
const HTML = new Set(['.html', '.htm', '.xhtml']);

export const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);

export const sourceLabel = (source: Source): string => (source.kind === 'url' ? source.url : source.file);

async function readBytes(file: string, limit: number): Promise<Buffer> {
  const stat = await fs.stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new ArticleFileError(`${file}: cannot read (${error.code ?? error.message}).`);
  });
  if (!stat.isFile()) throw new ArticleFileError(`${file}: not a regular file.`);
  if (stat.size === 0) throw new ArticleFileError(`${file}: empty file.`);
  if (stat.size > limit)
    throw new ArticleFileError(`${file}: ${stat.size} bytes is over the ${formatBytesExactly(limit)} limit for one article.`);
  return fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new ArticleFileError(`${file}: cannot read (${error.code ?? error.message}).`);
  });
}

export async function readArticleFile(file: string): Promise<string> {
  const bytes = await readBytes(file, MAX_ARTICLE_BYTES);
  if (bytes.includes(0)) throw new ArticleFileError(`${file}: binary file (contains NUL bytes), not article text.`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleFileError(`${file}: not UTF-8 text.`);
  }
}

/** A saved page, decoded by its BOM or <meta charset> (UTF-8 when it names none). */
export async function readPageFile(file: string): Promise<string> {
  const bytes = await readBytes(file, MAX_PAGE_BYTES);
  if (bytes.includes(0)) throw new ArticleFileError(`${file}: binary file (contains NUL bytes), not a web page.`);
  return decodeBody(bytes, undefined, 'html').text;
}

/** A named file is a page when its extension says so or it opens like one. */
async function looksLikeHtml(file: string): Promise<boolean> {
  if (HTML.has(path.extname(file).toLowerCase())) return true;
  const handle = await fs.open(file).catch(() => undefined);
  if (!handle) return false;
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(512), 0, 512, 0);
    return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)\b/i.test(
      buffer
        .subarray(0, bytesRead)
        .toString('latin1')
        .replace(/^\uFEFF|^\xEF\xBB\xBF/, ''),
    );
  } finally {
    await handle.close();
  }
}

export interface Sources {
  sources: Source[];
  /** Files inside named folders that are neither text nor HTML. */
  skipped: string[];
}

/** URLs as they are, files named directly, and the supported files under named folders (recursively, sorted). */
export async function listSources(inputs: string[]): Promise<Sources> {
  const sources: Source[] = [];
  const skipped: string[] = [];
  for (const input of inputs) {
    if (isUrl(input)) {
      sources.push({ kind: 'url', url: input });
      continue;
    }
    const stat = await fs.stat(input).catch(() => undefined);
    if (!stat?.isDirectory()) {
      sources.push({ kind: (await looksLikeHtml(input)) ? 'html' : 'text', file: input });
      continue;
    }
    const names = (await fs.readdir(input, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
    for (const file of names.map((entry) => path.join(entry.parentPath, entry.name)).sort()) {
      const extension = path.extname(file).toLowerCase();
      if (TEXT.has(extension)) sources.push({ kind: 'text', file });
      else if (HTML.has(extension)) sources.push({ kind: 'html', file });
      else skipped.push(file);
    }
  }
  return { sources, skipped };
}

/** The .txt files named or inside named folders (the seed's articles). */
export async function listArticleFiles(inputs: string[]): Promise<string[]> {
  const { sources } = await listSources(inputs);
  return sources.flatMap((s) => (s.kind === 'text' ? [s.file] : []));
}
