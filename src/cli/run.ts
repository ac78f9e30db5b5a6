/**
 * Shared CLI plumbing: errors the user must act on end in one clear line and a non-zero exit.
 */
import { ConfigError } from '../config.ts';
import { MigrationError } from '../db/migrate.ts';

export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    console.error(`error: ${describe(error)}`);
    process.exitCode = 1;
  }
}

function describe(error: unknown): string {
  if (error instanceof ConfigError || error instanceof MigrationError) return error.message;
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ECONNREFUSED') return `cannot reach the database (${error.message}). Is it running? Check DATABASE_URL.`;
    if (process.env.DEBUG) return error.stack ?? error.message;
    return error.message;
  }
  return String(error);
}

/** True when `--help` or `-h` was given: print `usage` and stop. */
export function wantsHelp(usage: string, argv: string[] = process.argv.slice(2)): boolean {
  if (!argv.includes('--help') && !argv.includes('-h')) return false;
  console.log(usage.trim());
  return true;
}
