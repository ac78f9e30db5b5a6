/**
 * `npm run prisma -- <args>` and postinstall's `prisma generate`: the Prisma CLI, working
 * offline for generate and studio (see src/db/prismaCli.ts). After a generate, the model
 * metadata the API's SQL is compiled from is written beside the client.
 */
import { runPrisma } from '../src/db/prismaCli.ts';
import { writeModelMetadata } from './modelMetadata.ts';

const args = process.argv.slice(2);
process.exitCode = await runPrisma(args);
if (process.exitCode === 0 && args[0] === 'generate') writeModelMetadata();
