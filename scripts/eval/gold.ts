/**
 * The gold format of a labelled article folder (`gold.json` beside the article files), as
 * `../shared/corpus/real-dev` defines it. The team's fixtures use the same format, with
 * optional fields a hand-made fixture can pin down exactly (qualifier, force, dates...).
 */
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const kind = z.enum(['current', 'target', 'change', 'historical', 'any']);

const goldQuote = z.object({
  startsWith: z.string().min(1),
  speaker: z.string().nullable(),
  speakerDescription: z.string().optional(),
  /** Fixtures only: the whole quoted text and whether it is a fragment. */
  text: z.string().optional(),
  partial: z.boolean().optional(),
});

const goldTroopLevel = z.object({
  location: z.string(),
  count: z.number().int(),
  kind,
  /** Fixtures only. */
  countMax: z.number().int().optional(),
  qualifier: z.string().optional(),
  force: z.string().optional(),
  effectiveDate: z.string().optional(),
});

const goldArticle = z
  .object({
    /** Fixtures only: the article's file when it lives elsewhere (the seed), relative to the folder. */
    file: z.string().optional(),
    headline: z.string(),
    publishedDate: z.string().nullable(),
    /** Fixtures only: the instant, when the text prints a time. */
    publishedAt: z.string().nullable().optional(),
    authors: z.array(z.string()),
    troopLevels: z.array(goldTroopLevel),
    quotes: z.array(goldQuote),
    mustNotBeTroopLevels: z.array(z.number()).default([]),
    /** Fixtures only: how many paragraphs of each kind. */
    paragraphKinds: z.record(z.string(), z.number()).optional(),
    /** Fixtures only: the patterns this article exercises. */
    patterns: z.array(z.string()).optional(),
    notes: z.string().optional(),
  })
  .passthrough();

export type GoldArticle = z.infer<typeof goldArticle>;
export type GoldQuote = z.infer<typeof goldQuote>;
export type GoldTroopLevel = z.infer<typeof goldTroopLevel>;

export interface LabelledArticle {
  name: string;
  text: string;
  gold: GoldArticle;
}

/** Every labelled article of a folder, in name order; keys starting with "_" document the format. */
export async function loadLabelled(dir: string): Promise<LabelledArticle[]> {
  const goldFile = path.join(dir, 'gold.json');
  if (!existsSync(goldFile)) throw new Error(`${dir} has no gold.json`);
  const raw = JSON.parse(await fs.readFile(goldFile, 'utf8')) as Record<string, unknown>;
  const names = Object.keys(raw)
    .filter((k) => !k.startsWith('_'))
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const parsed = goldArticle.safeParse(raw[name]);
      if (!parsed.success)
        throw new Error(`${goldFile}: ${name}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
      const gold = parsed.data;
      const text = await fs.readFile(path.join(dir, gold.file ?? name), 'utf8');
      return { name, text, gold };
    }),
  );
}
