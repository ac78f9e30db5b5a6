/**
 * Picture captions and their credits, as pages print them: "… Picture: Getty", "(AP Photo/Jane
 * Doe)", "AFP/File | …", "Image source, Getty Images", "AFP PHOTO / JANE DOE", "… Copyright Jane
 * Doe Getty Images file", or image text left in markup. A caption is no part of the story.
 */
import { stripTags, words } from './bylineWords.ts';
import { PICTURE_LABELS } from './lexicon/media.ts';
import { PICTURE_SOURCES } from './lexicon/agencies.ts';
import { endsLikeSentence, wordCount } from './text.ts';

const PICTURES = words(PICTURE_SOURCES);
const PICTURE_LABEL = words(PICTURE_LABELS);
/** "… Picture: Getty", "(Photo: AFP)", "Photograph: Reuters", "Photo by: Reuters", "Image credit: PA". */
const CREDIT = new RegExp(
  `(?:[.;,]?\\s*|\\s*[([]\\s*)(?:${PICTURE_LABEL})(?:\\s+(?:by|credit|courtesy(?: of)?))?\\s*:\\s*([^)\\]]{2,60}?)\\s*[)\\]]?\\s*\\.?$`,
  'i',
);
/** "… / Getty Images", "… | AFP". */
const WIRE_CREDIT = new RegExp(`\\s+[/|]\\s*((?:${PICTURES})[^.]{0,30})\\.?$`);
/** "(AP Photo/Jane Doe)", "(U.S. Army photo by Sgt. Jane Doe)", "(Photo by Jane Doe/Getty Images)". */
const PHOTO_PARENTHESIS = new RegExp(
  `\\(((?:[^()]*\\bphoto(?:graph)?\\s*(?:by\\b|/|:)|(?:${PICTURES})\\s*(?:photo\\b|/))[^()]{1,80})\\)\\.?$`,
  'i',
);
/** "AFP/File | The leader …", "Reuters | The leader …": a credit before the caption. */
const LEADING_CREDIT = new RegExp(`^((?:${PICTURES})(?:\\s*/\\s*[\\p{L} ]{2,20})?)\\s*\\|\\s+\\S`, 'u');
/** "Image source, Getty Images", "Image credit: AFP": a picture's credit on its own line. */
const LABELLED_CREDIT = new RegExp(`^(?:${PICTURE_LABEL})\\s+(?:source|credit)s?\\s*[,:]\\s*(.{2,80})$`, 'i');
/** "Image caption, Troops arrive at the base", "Media caption, …". */
export const LABELLED_CAPTION = new RegExp(`^(?:${PICTURE_LABEL})\\s+caption\\s*[,:]\\s*\\S`, 'i');
/** A credit alone on its line: "Getty Images", "AFP via Getty Images". */
const CREDIT_ONLY = new RegExp(`^((?:${PICTURES})(?:\\s+(?:via|/)\\s+(?:${PICTURES}))?)$`);
/** An agency's photo credit alone on its line: "AFP PHOTO / JANE DOE", "Reuters Photo: Jane Doe". */
const AGENCY_PHOTO = new RegExp(`^((?:${PICTURES})\\s+(?:${PICTURE_LABEL})\\s*[/:|]\\s*[^/|:]{2,60})$`, 'i');
/** "… in Havana, Texas. Copyright Jane Doe Getty Images file", "… © Jane Doe/AFP": a copyright line closing a caption. */
const COPYRIGHT_CREDIT = /[.;)]\s+((?:©|\(c\)|copyright\b)\s*[^.]{2,80}?)\.?$/i;
const TAGGED = /^<([a-z][a-z0-9]*)\b[^>]*>([\s\S]*)<\/\1>$/i;

const CREDIT_WORD = /picture|photo|image|credit|source/i;

function labelledCredit(text: string): string | undefined {
  if (text.length > 100) return undefined;
  const labelled = LABELLED_CREDIT.exec(text)?.[1];
  if (labelled) return labelled;
  const photo = AGENCY_PHOTO.exec(text)?.[1];
  if (photo) return photo;
  const only = CREDIT_ONLY.exec(text)?.[1];
  // "Reuters" alone is the agency's byline; "Getty Images" or "AFP via Getty Images" credits a picture.
  return only && /\s/.test(only) ? only : undefined;
}

export const captionCredit = (line: string): string | undefined => {
  // "… (AP Photo/Jane Doe, File) Copyright 2023 The Associated Press. All rights reserved."
  const text = line.replace(/\s*All rights reserved\.?$/i, '');
  // Cheap checks first: most lines carry no credit, and the credit patterns scan the whole line.
  const bar = text.includes('|');
  const credit =
    (text.includes(':') && CREDIT_WORD.test(text) ? CREDIT.exec(text)?.[1] : undefined) ??
    (bar || text.includes('/') ? WIRE_CREDIT.exec(text)?.[1] : undefined) ??
    (/\)\.?$/.test(text) ? PHOTO_PARENTHESIS.exec(text)?.[1] : undefined) ??
    (bar ? LEADING_CREDIT.exec(text)?.[1] : undefined) ??
    (text.includes('©') || /copyright/i.test(text) ? COPYRIGHT_CREDIT.exec(text)?.[1] : undefined) ??
    labelledCredit(text);
  return credit && !/^(?:https?:\/\/|www\.)/i.test(credit) ? credit.trim() : undefined;
};

/** Image text left wrapped in markup: "<p>Soldiers at a ceremony</p>". */
export function taggedCaption(text: string): boolean {
  const inner = TAGGED.exec(text)?.[2];
  if (inner === undefined) return false;
  const plain = stripTags(inner);
  return plain.length > 0 && !endsLikeSentence(plain) && wordCount(plain) <= 25;
}
