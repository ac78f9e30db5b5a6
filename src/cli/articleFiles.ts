/**
 * Reading article files safely: a clear reason for anything we refuse, before any write.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

export const MAX_ARTICLE_BYTES = 1_048_576;

export class ArticleFileError extends Error {
  override name = 'ArticleFileError';
}

export async function readArticleFile(file: string): Promise<string> {
  const stat = await fs.stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new ArticleFileError(`${file}: cannot read (${error.code ?? error.message}).`);
  });
  if (!stat.isFile()) throw new ArticleFileError(`${file}: not a regular file.`);
  if (stat.size === 0) throw new ArticleFileError(`${file}: empty file.`);
  if (stat.size > MAX_ARTICLE_BYTES) {
    throw new ArticleFileError(`${file}: ${stat.size} bytes is over the 1 MB (1,048,576 bytes) limit for one article.`);
  }
  const bytes = await fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new ArticleFileError(`${file}: cannot read (${error.code ?? error.message}).`);
  });
  if (bytes.includes(0)) throw new ArticleFileError(`${file}: binary file (contains NUL bytes), not article text.`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleFileError(`${file}: not UTF-8 text.`);
  }
}

/** Files named directly, and the .txt files inside named folders (sorted, not recursive). */
export async function listArticleFiles(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => undefined);
    if (stat?.isDirectory()) {
      const names = (await fs.readdir(input)).filter((name) => name.endsWith('.txt')).sort();
      files.push(...names.map((name) => path.join(input, name)));
    } else {
      files.push(input);
    }
  }
  return files;
}
