/**
 * Every mutation runs the same prologue — the caller's role, the global ids it acts on, its
 * input checked with zod — before its write; whatever is refused on the way, there or in the
 * write, comes back as the payload's `userErrors` instead of a failure.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { z } from 'zod';
import { Prisma } from '../../db/client.ts';
import { requireRole } from '../auth/authenticate.ts';
import type { GraphQLContext, Role } from '../context.ts';
import type { UserError } from '../generated/resolvers.ts';
import { notFound } from './errors.ts';
import { parseGlobalId, toGlobalId, type NodeType } from './ids.ts';

const userError = (field: string[], message: string, code: UserError['code'] = 'BAD_USER_INPUT'): UserError => ({
  field,
  message,
  code,
});

/** Input a mutation's write refuses: mutation() answers with these userErrors. */
class Refusal extends Error {
  override name = 'Refusal';

  constructor(readonly userErrors: UserError[]) {
    super(userErrors.map((e) => e.message).join(' '));
  }
}

export const refuse = (field: string[], message: string, code?: UserError['code']): Refusal =>
  new Refusal([userError(field, message, code)]);

/** The names of the arguments that hold a string (global ids do). */
type StringArg<Args> = { [K in keyof Args]-?: Args[K] extends string ? K : never }[keyof Args] & string;

interface MutationSpec<Args, Ids extends StringArg<Args>, Input, Refused> {
  /** The least role that may run it. */
  role: Role;
  /**
   * The arguments holding global ids, with the type each must name. A write that finds no row
   * for the first (Prisma's "record not found") is NOT_FOUND.
   */
  ids?: Record<Ids, NodeType>;
  /** The argument checked with zod; the fields of its problems start at its name. */
  input?: { arg: keyof Args & string; schema: z.ZodType<Input> };
  /** The payload when refused, but for its userErrors: `{ claim: null }`. */
  refused: Refused;
}

interface MutationCall<Args, Ids extends string, Input> {
  args: Args;
  /** The database ids in the `ids` arguments. */
  ids: Record<Ids, string>;
  /** The `input` argument as zod parsed it. */
  data: Input;
  context: GraphQLContext;
  /** The mutation field's resolve info: what the payload's selection reads (selectFor). */
  info: GraphQLResolveInfo;
}

/** A mutation's answer: what the write returned, or the payload refused with the reasons. */
type Payload<Result, Refused> = (Result | Refused) & { userErrors: UserError[] };

/** A mutation resolver: the prologue of `spec`, then `write`, whose result becomes the payload. */
export function mutation<Args, Result, Refused, Ids extends StringArg<Args> = never, Input = undefined>(
  spec: MutationSpec<Args, Ids, Input, Refused>,
  write: (call: MutationCall<Args, Ids, Input>) => Promise<Result>,
): (parent: unknown, args: Args, context: GraphQLContext, info: GraphQLResolveInfo) => Promise<Payload<Result, Refused>> {
  const idArgs = Object.entries(spec.ids ?? {}) as [Ids, NodeType][];
  const payload = (fields: Result | Refused, userErrors: UserError[]) => ({ ...fields, userErrors });
  return async (_parent, args, context, info) => {
    requireRole(context, spec.role);
    const ids = {} as Record<Ids, string>;
    const badIds: UserError[] = [];
    for (const [arg, type] of idArgs) {
      const parsed = parseGlobalId(args[arg] as string);
      if (parsed?.type === type) ids[arg] = parsed.id;
      else badIds.push(userError([arg], `Not a valid ${type} id.`));
    }
    if (badIds.length > 0) return payload(spec.refused, badIds);
    const valid = spec.input
      ? validate(spec.input.schema, args[spec.input.arg], [spec.input.arg])
      : { ok: true as const, data: undefined as Input };
    if (!valid.ok) return payload(spec.refused, valid.userErrors);
    const call = { args, ids, data: valid.data, context, info };
    const firstType = idArgs[0]?.[1];
    try {
      return payload(await (firstType ? onExisting(firstType, () => write(call)) : write(call)), []);
    } catch (error) {
      if (error instanceof Refusal) return payload(spec.refused, error.userErrors);
      throw error;
    }
  };
}

/** A delete mutation: an editor's, for an id of `type`; NOT_FOUND when it names nothing. */
export const deleteMutation = (type: NodeType, remove: (context: GraphQLContext, id: string) => Promise<unknown>) =>
  mutation(
    { role: 'EDITOR', ids: { id: type }, refused: { deletedId: null } },
    async ({ ids, context }: MutationCall<{ id: string }, 'id', undefined>) => {
      await remove(context, ids.id);
      return { deletedId: toGlobalId(type, ids.id) };
    },
  );

type Validated<T> = { ok: true; data: T } | { ok: false; userErrors: UserError[] };

/** Parses `input`; each problem becomes a user error whose field path starts at `root`. */
function validate<T>(schema: z.ZodType<T>, input: unknown, root: string[]): Validated<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, userErrors: result.error.issues.map((issue) => userError([...root, ...issue.path.map(String)], issue.message)) };
}

/** Runs a write on one row; Prisma's "record not found" becomes NOT_FOUND. */
async function onExisting<T>(type: NodeType, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2025') throw notFound(`No ${type} with that id.`);
    throw error;
  }
}

type ReferenceType = 'Person' | 'Organisation' | 'Location';

/**
 * The database ids of the references to other nodes in an `input` argument, checked in the
 * order of `types`: undefined leaves a reference as it is, null clears it, a global id must
 * name an existing node of its type or the input is refused at that field.
 */
export async function referenceArgs<Field extends string>(
  context: GraphQLContext,
  input: Partial<Record<NoInfer<Field>, string | null | undefined>>,
  types: Record<Field, ReferenceType>,
): Promise<Partial<Record<Field, string | null>>> {
  const ids: Partial<Record<Field, string | null>> = {};
  for (const [field, type] of Object.entries(types) as [Field, ReferenceType][]) {
    const globalId = input[field];
    if (globalId === undefined) continue;
    if (globalId === null) {
      ids[field] = null;
      continue;
    }
    const parsed = parseGlobalId(globalId);
    if (parsed?.type !== type) throw refuse(['input', field], `Not a valid ${type} id.`);
    if (!(await context.loaders.row(type).load(parsed.id)))
      throw refuse(['input', field], `No ${type.toLowerCase()} with that id.`, 'NOT_FOUND');
    ids[field] = parsed.id;
  }
  return ids;
}

/** An update's fields without those the input left out (undefined), as Prisma's update takes them. */
export const definedFields = <T extends object>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };

/** Where corrected text stands in the article: the occurrence nearest the old span. */
function relocate(articleText: string, text: string, oldStart: number): { start: number; end: number } | undefined {
  let best: number | undefined;
  for (let at = articleText.indexOf(text); at !== -1; at = articleText.indexOf(text, at + 1)) {
    if (best === undefined || Math.abs(at - oldStart) < Math.abs(best - oldStart)) best = at;
  }
  return best === undefined ? undefined : { start: best, end: best + text.length };
}

/**
 * Corrected text of a quote or claim with the span it now has in its article; refused with
 * `message` when the text does not appear there (every span must slice the stored text).
 */
export async function respan(
  context: GraphQLContext,
  table: 'quote' | 'claim',
  id: string,
  text: string | undefined,
  message: string,
): Promise<{ text: string; start: number; end: number } | undefined> {
  if (text === undefined) return undefined;
  const query = { where: { id }, select: { start: true, article: { select: { text: true } } } };
  const current = await (table === 'quote' ? context.prisma.quote.findUniqueOrThrow(query) : context.prisma.claim.findUniqueOrThrow(query));
  const span = relocate(current.article.text, text, current.start);
  if (!span) throw refuse(['input', 'text'], message);
  return { text, ...span };
}
