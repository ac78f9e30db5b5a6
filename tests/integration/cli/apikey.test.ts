import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, runCliToEnd } from '../../helpers/cli.ts';
import { createMigratedDatabase, type MigratedTestDatabase } from '../../helpers/database.ts';

let db: MigratedTestDatabase;
let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  db = await createMigratedDatabase();
  env = cleanEnv({ DATABASE_URL: db.url });
});
afterAll(() => db.drop());

describe('npm run apikey', () => {
  it('creates a key, prints it once, lists it and revokes it', async () => {
    const created = await runCliToEnd('src/cli/apikey.ts', ['create', '--role', 'editor', '--name', 'Desk editor'], env);
    expect(created.code).toBe(0);
    const secret = /\n\s+(tlk_\S+)\n/.exec(created.stdout)?.[1];
    expect(secret).toMatch(/^tlk_[A-Za-z0-9_-]{32}$/);
    const [row] = await db.prisma.apiKey.findMany();
    expect([row?.name, row?.role, row?.revokedAt]).toEqual(['Desk editor', 'EDITOR', null]);

    const listed = await runCliToEnd('src/cli/apikey.ts', ['list'], env);
    expect(listed.stdout).toContain('Desk editor');
    expect(listed.stdout).not.toContain(secret);

    const revoked = await runCliToEnd('src/cli/apikey.ts', ['revoke', row!.prefix], env);
    expect([revoked.code, revoked.stdout.trim()]).toEqual([0, `Revoked key "Desk editor" (${row!.prefix}…).`]);
    expect((await db.prisma.apiKey.findFirstOrThrow()).revokedAt).toBeInstanceOf(Date);
  });

  it('refuses an unknown role with one clear line', async () => {
    const result = await runCliToEnd('src/cli/apikey.ts', ['create', '--role', 'owner', '--name', 'x'], env);
    expect([result.code, result.stderr.trim()]).toEqual([1, 'error: --role must be viewer, editor or admin.']);
  });
});
