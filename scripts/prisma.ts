/**
 * `npm run prisma -- <args>` and postinstall's `prisma generate`: the Prisma CLI, working
 * offline for generate and studio (see src/db/prismaCli.ts).
 */
import { runPrisma } from '../src/db/prismaCli.ts';

process.exitCode = await runPrisma(process.argv.slice(2));
