import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Prisma } from '../../db/client.ts';
import type { GraphQLContext, Role } from '../context.ts';
import { toGlobalId } from './ids.ts';
import { mutation, refuse } from './mutation.ts';

const UUID = '00000000-0000-4000-8000-000000000001';
const as = (role: Role) => ({ caller: { keyId: UUID, name: 'desk', role } }) as GraphQLContext;
/** The write under test reads nothing of the selection. */
const info = {} as GraphQLResolveInfo;

const rename = mutation(
  {
    role: 'EDITOR',
    ids: { id: 'Claim', byId: 'Person' },
    input: { arg: 'name', schema: z.string().min(2, 'Too short.') },
    refused: { claim: null },
  },
  ({ ids, data }: { ids: Record<'id' | 'byId', string>; data: string; args: { id: string; byId: string; name: string } }) => {
    if (data === 'no') return Promise.reject(refuse(['name'], 'Not that name.'));
    if (data === 'gone')
      return Promise.reject(new Prisma.PrismaClientKnownRequestError('Record not found', { code: 'P2025', clientVersion: '7' }));
    return Promise.resolve({ claim: { id: ids.id } });
  },
);
const claimId = toGlobalId('Claim', UUID);
const personId = toGlobalId('Person', UUID);

describe('mutation()', () => {
  it('runs the write with the database ids and the parsed input, and answers no user errors', async () => {
    expect(await rename({}, { id: claimId, byId: personId, name: 'ok' }, as('EDITOR'), info)).toEqual({
      claim: { id: UUID },
      userErrors: [],
    });
  });

  it('refuses a caller below its role before reading any argument', async () => {
    await expect(rename({}, { id: 'x', byId: 'y', name: '' }, as('VIEWER'), info)).rejects.toThrow('This operation needs the editor role');
  });

  it('answers every id that is not of its type at once, each under its argument', async () => {
    expect(await rename({}, { id: personId, byId: 'nonsense', name: '' }, as('EDITOR'), info)).toEqual({
      claim: null,
      userErrors: [
        { field: ['id'], message: 'Not a valid Claim id.', code: 'BAD_USER_INPUT' },
        { field: ['byId'], message: 'Not a valid Person id.', code: 'BAD_USER_INPUT' },
      ],
    });
  });

  it('answers what zod refuses under the input’s argument', async () => {
    expect(await rename({}, { id: claimId, byId: personId, name: 'x' }, as('EDITOR'), info)).toEqual({
      claim: null,
      userErrors: [{ field: ['name'], message: 'Too short.', code: 'BAD_USER_INPUT' }],
    });
  });

  it('answers a refusal from the write with the refused payload', async () => {
    expect(await rename({}, { id: claimId, byId: personId, name: 'no' }, as('EDITOR'), info)).toEqual({
      claim: null,
      userErrors: [{ field: ['name'], message: 'Not that name.', code: 'BAD_USER_INPUT' }],
    });
  });

  it('fails with NOT_FOUND for the first id’s type when the write finds no row', async () => {
    const failure = await rename({}, { id: claimId, byId: personId, name: 'gone' }, as('EDITOR'), info).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GraphQLError);
    expect([(failure as GraphQLError).message, (failure as GraphQLError).extensions.code]).toEqual(['No Claim with that id.', 'NOT_FOUND']);
  });
});
