/**
 * `npm run apikey -- create --role editor --name <who>` | `list` | `revoke <id or prefix>`.
 * A new key is printed once; only its hash is stored.
 */
import { parseArgs } from 'node:util';
import { createApiKey, listApiKeys, revokeApiKey } from '../db/apiKeys.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { openDatabase } from '../db/connect.ts';
import { API_KEY_ROLES } from '../db/enums.ts';
import { logger } from '../logger.ts';
import { runCli, wantsHelp } from './run.ts';

/** The roles as the command line spells them: "viewer", "editor", "admin". */
const ROLE_NAMES = API_KEY_ROLES.map((role) => role.toLowerCase());

const USAGE = `
Usage:
  npm run apikey -- create --role <${ROLE_NAMES.join('|')}> --name <who>
  npm run apikey -- list
  npm run apikey -- revoke <id or prefix>

Keys authenticate GraphQL requests: Authorization: Bearer <key>. Mutations need the editor role.
A revoked key is refused by running API processes within 5 seconds.`;

await runCli(async () => {
  if (wantsHelp(USAGE)) return;
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { role: { type: 'string' }, name: { type: 'string' } } });
  const [command, target] = positionals;
  if (!command || !['create', 'list', 'revoke'].includes(command))
    throw new ConfigError(`Unknown command "${command ?? ''}". ${USAGE.trim()}`);
  const db = await openDatabase(loadConfig(), logger);
  try {
    if (command === 'create') {
      const role = API_KEY_ROLES.find((r) => r.toLowerCase() === values.role?.toLowerCase());
      if (!role) throw new ConfigError(`--role must be ${ROLE_NAMES.slice(0, -1).join(', ')} or ${ROLE_NAMES.at(-1)}.`);
      if (!values.name?.trim()) throw new ConfigError('--name is required: who or what the key is for.');
      const { key, secret } = await createApiKey(db.prisma, values.name.trim(), role);
      console.log(`Created ${role.toLowerCase()} key "${key.name}" (id ${key.id}). Store it now; it is not shown again:\n\n  ${secret}\n`);
    } else if (command === 'list') {
      for (const key of await listApiKeys(db.prisma)) {
        const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : 'active';
        console.log(`${key.id}  ${key.prefix}…  ${key.role.toLowerCase().padEnd(6)}  ${state.padEnd(32)}  ${key.name}`);
      }
    } else {
      if (!target) throw new ConfigError('Give the id or prefix of the key to revoke.');
      const key = await revokeApiKey(db.prisma, target);
      if (!key) throw new ConfigError(`No key with id or prefix "${target}".`);
      console.log(`Revoked key "${key.name}" (${key.prefix}…).`);
    }
  } finally {
    await db.close();
  }
});
