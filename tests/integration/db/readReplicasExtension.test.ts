/**
 * src/db/replicas.ts keeps the replicas in rotation by changing the content of the array it
 * gave @prisma/extension-read-replicas; that works only while the extension reads that same
 * array on every read. This pins it: a version that copies the array fails here.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readReplicas } from '@prisma/extension-read-replicas';
import { closeClient, createPrismaClient, type PrismaClient } from '../../../src/db/client.ts';
import { createMigratedDatabase, type MigratedTestDatabase } from '../../helpers/database.ts';

let primaryDb: MigratedTestDatabase;
let otherDb: MigratedTestDatabase;
const clients: PrismaClient[] = [];
const ran = { primary: [] as string[], first: [] as string[], second: [] as string[] };

beforeAll(async () => {
  [primaryDb, otherDb] = await Promise.all([createMigratedDatabase(), createMigratedDatabase()]);
  const counted = (url: string, into: string[]) => {
    const client = createPrismaClient(url, { poolSize: 1, onQuery: (sql) => into.push(sql) });
    clients.push(client);
    return client;
  };
  clients.push(counted(primaryDb.url, ran.primary), counted(otherDb.url, ran.first), counted(otherDb.url, ran.second));
});

afterAll(async () => {
  await Promise.all(clients.map((client) => closeClient(client)));
  await Promise.all([primaryDb?.drop(), otherDb?.drop()]);
});

it('reads the replicas array it was given afresh on every read, so changing its content reroutes reads', async () => {
  const [primary, first, second] = clients as [PrismaClient, PrismaClient, PrismaClient];
  const replicas: PrismaClient[] = [first];
  const extended = primary.$extends(readReplicas({ replicas }));
  await extended.article.count();
  replicas.splice(0, replicas.length, second);
  await extended.article.count();
  expect([ran.primary.length, ran.first.length, ran.second.length]).toEqual([0, 1, 1]);
});
