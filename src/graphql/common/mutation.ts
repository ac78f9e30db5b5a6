/**
 * Shared parts of mutations: input validation with zod into `userErrors`, global ids in
 * inputs, NOT_FOUND for ids that name nothing, and spans that follow corrected text.
 */
import type { z } from 'zod';
import { Prisma } from '../../db/client.ts';
import { requireRole } from '../auth/authenticate.ts';
import type { GraphQLContext } from '../context.ts';
import type { UserError } from '../generated/resolvers.ts';
import { notFound } from './errors.ts';
import { parseGlobalId, toGlobalId, type NodeType } from './ids.ts';

/** The longest text a quote or claim may be corrected to. */
export const MAX_SPAN_TEXT_LENGTH = 10_000;

/** The longest description of an unnamed source ("a senior administration official"). */
export const MAX_SOURCE_DESCRIPTION_LENGTH = 500;

export type Validated<T> = { ok: true; data: T } | { ok: false; userErrors: UserError[] };

/** Parses `input`; each problem becomes a user error whose field path starts at `root`. */
export function validate<T>(schema: z.ZodType<T>, input: unknown, root: string[]): Validated<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    userErrors: result.error.issues.map((issue) => ({
      field: [...root, ...issue.path.map(String)],
      message: issue.message,
      code: 'BAD_USER_INPUT' as const,
    })),
  };
}

export const userError = (field: string[], message: string, code: UserError['code'] = 'BAD_USER_INPUT'): UserError => ({
  field,
  message,
  code,
});

/** The database id in a global id argument, or a user error naming the argument. */
export function argId(type: NodeType, globalId: string, field: string[]): { id: string } | { userError: UserError } {
  const parsed = parseGlobalId(globalId);
  if (!parsed || parsed.type !== type) return { userError: userError(field, `Not a valid ${type} id.`) };
  return { id: parsed.id };
}

/** Runs a write on one row; Prisma's "record not found" becomes NOT_FOUND. */
export async function onExisting<T>(type: NodeType, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2025') throw notFound(`No ${type} with that id.`);
    throw error;
  }
}

/** Where corrected text stands in the article: the occurrence nearest the old span. */
export function relocate(articleText: string, text: string, oldStart: number): { start: number; end: number } | undefined {
  let best: number | undefined;
  for (let at = articleText.indexOf(text); at !== -1; at = articleText.indexOf(text, at + 1)) {
    if (best === undefined || Math.abs(at - oldStart) < Math.abs(best - oldStart)) best = at;
  }
  return best === undefined ? undefined : { start: best, end: best + text.length };
}

/** A person named in an input: an id that parses and names someone, or a user error. */
export async function personArg(
  context: GraphQLContext,
  globalId: string,
  field: string[],
): Promise<{ id: string } | { userError: UserError }> {
  const person = argId('Person', globalId, field);
  if ('userError' in person) return person;
  if (!(await context.loaders.person.load(person.id))) return { userError: userError(field, 'No person with that id.', 'NOT_FOUND') };
  return person;
}

/** An organisation named in an input: an id that parses and names one, or a user error. */
export async function organisationArg(
  context: GraphQLContext,
  globalId: string,
  field: string[],
): Promise<{ id: string } | { userError: UserError }> {
  const organisation = argId('Organisation', globalId, field);
  if ('userError' in organisation) return organisation;
  if (!(await context.loaders.organisation.load(organisation.id)))
    return { userError: userError(field, 'No organisation with that id.', 'NOT_FOUND') };
  return organisation;
}

/** A delete mutation: editor role, a valid id, NOT_FOUND when it names nothing. */
export async function deleteById(context: GraphQLContext, type: NodeType, globalId: string, remove: (id: string) => Promise<unknown>) {
  requireRole(context, 'EDITOR');
  const target = argId(type, globalId, ['id']);
  if ('userError' in target) return { deletedId: null, userErrors: [target.userError] };
  await onExisting(type, () => remove(target.id));
  return { deletedId: toGlobalId(type, target.id), userErrors: [] };
}

/**
 * Corrected text of a quote or claim with the span it now has in its article, or a user
 * error when the text does not appear there (every span must slice the stored text).
 */
export async function respan(
  type: NodeType,
  load: () => Promise<{ start: number; article: { text: string } }>,
  text: string,
  message: string,
): Promise<{ text: string; start: number; end: number } | { userError: UserError }> {
  const current = await onExisting(type, load);
  const span = relocate(current.article.text, text, current.start);
  return span ? { text, ...span } : { userError: userError(['input', 'text'], message) };
}
