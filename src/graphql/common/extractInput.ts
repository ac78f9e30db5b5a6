/** What an edit of an extracted item (a quote, a claim) may say, checked at the edge. */
import { z } from 'zod';

/** The longest text a quote or claim may be corrected to. */
export const MAX_SPAN_TEXT_LENGTH = 10_000;

/** The longest description of an unnamed source ("a senior administration official"). */
export const MAX_SOURCE_DESCRIPTION_LENGTH = 500;

/** Corrected text: it must still be there, and stand in the article (checked by the mutation). */
export const correctedText = z.string().min(1, 'Must not be empty.').max(MAX_SPAN_TEXT_LENGTH).optional();

/** Who an unnamed source is, as the article describes them; null clears it. */
export const sourceDescription = z.string().trim().max(MAX_SOURCE_DESCRIPTION_LENGTH).nullish();
