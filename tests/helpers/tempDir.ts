import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A temporary directory that the postgres user can traverse (tests may run as root). */
export async function tempDir(prefix: string): Promise<{ path: string; remove: () => Promise<void> }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `${prefix}-`));
  await fs.chmod(dir, 0o755);
  return { path: dir, remove: () => fs.rm(dir, { recursive: true, force: true }) };
}
