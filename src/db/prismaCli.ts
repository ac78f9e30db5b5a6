/**
 * Runs the Prisma CLI. The Prisma 7 CLI downloads its native schema engine at run time; on
 * a machine that cannot (no internet), `generate` and `studio` still work when
 * PRISMA_SCHEMA_ENGINE_BINARY names any file, because they never execute it. For those two
 * commands we point it at a stub when no engine is installed; everything else, and every
 * machine that has the engine, gets the standard CLI unchanged.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const ENGINE_FREE_COMMANDS = new Set(['generate', 'studio', 'validate', 'format', 'version', '--version', '-v']);

function engineInstalled(): boolean {
  const dirs = [path.dirname(require.resolve('@prisma/engines/package.json')), path.dirname(require.resolve('prisma/package.json'))];
  return dirs.some((dir) => existsSync(dir) && readdirSync(dir).some((name) => name.startsWith('schema-engine')));
}

function prismaEnv(command: string | undefined, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  if (env.PRISMA_SCHEMA_ENGINE_BINARY || !command || !ENGINE_FREE_COMMANDS.has(command) || engineInstalled()) return env;
  return { ...env, PRISMA_SCHEMA_ENGINE_BINARY: path.join(root, 'scripts', 'schema-engine-stub.sh'), PRISMA_HIDE_UPDATE_MESSAGE: '1' };
}

export function runPrisma(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const cli = path.join(path.dirname(require.resolve('prisma/package.json')), 'build', 'index.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: 'inherit', cwd: root, env: prismaEnv(args[0], env) });
    // Whoever stops us stops Prisma too (a terminal's Ctrl-C reaches both anyway).
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}
