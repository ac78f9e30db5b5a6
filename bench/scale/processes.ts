/**
 * The scale run's processes: API servers and ingest workers, each its own Node process on
 * 127.0.0.1 (no tsx launcher in between, so `kill -9` reaches the process itself).
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { cleanEnv, spawnNode, waitForOutput } from '../../tests/helpers/cli.ts';
import { freePort } from '../../tests/helpers/ports.ts';

export interface Process {
  name: string;
  child: ChildProcessWithoutNullStreams;
  /** Killed with SIGKILL, as a crash or the OOM killer would. */
  crash(): Promise<void>;
  stop(): Promise<void>;
}

export interface Api extends Process {
  url: string;
}

export interface Databases {
  primaryUrl: string;
  replicaUrl: string;
}

function processOf(name: string, child: ChildProcessWithoutNullStreams): Process {
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  // Output is read so the pipes never fill; log lines (JSON, at warn and above) are passed on.
  child.stdout.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.startsWith('{')) process.stderr.write(`[${name}] ${line}\n`);
  });
  child.stderr.on('data', (chunk: Buffer) => process.stderr.write(`[${name}] ${chunk.toString()}`));
  return { name, child, crash: () => signal('SIGKILL'), stop: () => signal('SIGTERM') };
}

const serviceEnv = (db: Databases, extra: Record<string, string>) =>
  cleanEnv({
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: db.primaryUrl,
    DATABASE_REPLICA_URLS: db.replicaUrl,
    WORKER_IN_PROCESS: 'false',
    SEED_ON_START: 'false',
    ...extra,
  });

export async function startApi(name: string, db: Databases): Promise<Api> {
  const port = await freePort();
  const env = serviceEnv(db, {
    PORT: String(port),
    RATE_LIMIT_READS_PER_MINUTE: '0',
    RATE_LIMIT_WRITES_PER_MINUTE: '0',
    DB_POOL_SIZE: '8',
  });
  const child = spawnNode('src/cli/start.ts', env);
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 60_000; ; await new Promise((resolve) => setTimeout(resolve, 200))) {
    const ready = await fetch(`${url}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${name} did not become ready`);
  }
  return { ...processOf(name, child), url };
}

export async function startWorker(name: string, db: Databases, concurrency: number): Promise<Process> {
  const child = spawnNode('src/cli/worker.ts', serviceEnv(db, { WORKER_CONCURRENCY: String(concurrency) }));
  await waitForOutput(child, /Ingest worker running/);
  return processOf(name, child);
}
