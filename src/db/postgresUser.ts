/**
 * Postgres refuses to run as root. When we are root, initdb and postgres run as the system
 * user `postgres` (created if missing), which must own the data directory, be able to
 * traverse every parent of it, and reach the binaries.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ConfigError } from '../config.ts';

const run = promisify(execFile);

export interface RunAs {
  uid: number;
  gid: number;
}

export const isRoot = (): boolean => process.getuid?.() === 0;

/** The identity to run Postgres binaries as: undefined for a normal user (run as ourselves). */
export async function postgresIdentity(): Promise<RunAs | undefined> {
  if (!isRoot()) return undefined;
  const existing = await lookup();
  if (existing) return existing;
  await run('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
  const created = await lookup();
  if (!created) throw new Error('Could not create the system user "postgres" to run Postgres as.');
  return created;
}

async function lookup(): Promise<RunAs | undefined> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    return undefined;
  }
}

/**
 * Fails with a clear message when `runAs` cannot reach `dir` (e.g. a checkout under /root,
 * whose mode is 700). We do not loosen permissions on the user's behalf.
 */
async function assertReachable(dir: string, runAs: RunAs): Promise<void> {
  const blocked = await firstBlockedParent(dir, runAs);
  if (blocked) {
    throw new ConfigError(
      `The data directory ${dir} is not reachable by the "postgres" user, which runs Postgres ` +
        `when you are root: ${blocked.dir} has mode ${(blocked.mode & 0o777).toString(8)}. ` +
        `Set PG_DATA_DIR to a directory under a world-traversable path (e.g. /var/tmp/troop-levels).`,
    );
  }
}

/** The nearest parent of `target` that `runAs` cannot traverse, if any. */
async function firstBlockedParent(target: string, runAs: RunAs): Promise<{ dir: string; mode: number } | undefined> {
  for (let current = path.dirname(target); ; current = path.dirname(current)) {
    const stat = await fs.stat(current).catch(() => undefined);
    if (stat && !canTraverse(stat, runAs)) return { dir: current, mode: stat.mode };
    if (current === path.dirname(current)) return undefined;
  }
}

/**
 * The Postgres binaries as `runAs` can execute them. A checkout in a private directory (a
 * `mktemp -d`, mode 700) hides the package's binaries from the "postgres" user; then the
 * package's `native` tree (bin, lib, share) is copied once into a root-owned, world-traversable
 * cache and run from there. Its layout is kept: the binaries find lib and share relative to
 * themselves.
 */
export async function reachableBinaries<T extends { [K in keyof T]: string }>(
  binaries: T,
  runAs: RunAs | undefined,
  cacheRoot = path.join(os.tmpdir(), 'troop-levels-postgres'),
): Promise<T> {
  const files = Object.values<string>(binaries);
  if (!runAs || files.length === 0) return binaries;
  const blocked = await Promise.all(files.map((file) => firstBlockedParent(file, runAs)));
  if (blocked.every((b) => b === undefined)) return binaries;
  const native = path.dirname(path.dirname(files[0]!));
  const { version } = JSON.parse(await fs.readFile(path.join(native, '..', 'package.json'), 'utf8')) as { version: string };
  await fs.mkdir(cacheRoot, { recursive: true, mode: 0o755 });
  const root = await fs.lstat(cacheRoot);
  // Root runs what is in here (as "postgres"): nobody else may have put it there.
  if (!root.isDirectory() || root.uid !== 0 || (root.mode & 0o022) !== 0) {
    throw new ConfigError(`${cacheRoot} must be a directory owned by root and writable only by it, to hold the Postgres binaries.`);
  }
  const copy = path.join(cacheRoot, version);
  if (!(await fs.stat(copy).catch(() => undefined))) {
    // Copied aside and renamed, so a concurrent start never runs a half-copied tree.
    const partial = `${copy}.partial-${process.pid}`;
    await fs.cp(native, partial, { recursive: true, verbatimSymlinks: true });
    await fs.rename(partial, copy).catch(async () => fs.rm(partial, { recursive: true, force: true }));
  }
  return Object.fromEntries(
    Object.entries<string>(binaries).map(([name, file]) => [name, path.join(copy, path.relative(native, file))]),
  ) as T;
}

function reason(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EEXIST':
    case 'ENOTDIR':
      return 'a file is in the way';
    case 'EROFS':
      return 'read-only file system';
    default:
      return error.code ?? error.message;
  }
}

function canTraverse(stat: { mode: number; uid: number; gid: number }, who: RunAs): boolean {
  if (stat.uid === who.uid) return (stat.mode & 0o100) !== 0;
  if (stat.gid === who.gid) return (stat.mode & 0o010) !== 0;
  return (stat.mode & 0o001) !== 0;
}

/** Creates `dir` (mode 700, as Postgres requires) owned by whoever runs Postgres. */
export async function prepareDataDir(dir: string, runAs: RunAs | undefined): Promise<void> {
  try {
    // Parents we create stay traversable (755); only the data directory itself is private.
    await fs.mkdir(path.dirname(dir), { recursive: true, mode: 0o755 });
    await fs.mkdir(dir, { mode: 0o700 }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
    await fs.access(dir, fs.constants.W_OK);
  } catch (error) {
    throw new ConfigError(
      `Cannot create or write the data directory ${dir}: ${reason(error as NodeJS.ErrnoException)}. ` +
        'Set PG_DATA_DIR to a writable directory.',
    );
  }
  if (runAs) {
    await assertReachable(dir, runAs);
    await fs.chown(dir, runAs.uid, runAs.gid);
  }
  await fs.chmod(dir, 0o700);
}
