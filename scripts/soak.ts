/**
 * `npm run soak`: the real service (its own process, embedded Postgres in a throwaway
 * directory, production settings) under 60 s of mixed reads and writes at 32 connections.
 * Passes with no server error and resident memory growing less than 10% from second 20 to the
 * end; writes the latest result to docs/soak.json and docs/soak.md.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/config.ts';
import { createApiKey } from '../src/db/apiKeys.ts';
import { closeClient, createPrismaClient } from '../src/db/client.ts';
import { connectionUrl } from '../src/db/embedded.ts';
import { toGlobalId } from '../src/graphql/common/ids.ts';
import { freePort, mix, type Kind, type Targets } from './soakRequests.ts';

const USAGE = `Usage: npm run soak [-- --seconds 60 --connections 32 --no-save]

Starts the service on a throwaway embedded Postgres, loads it with mixed reads and writes,
samples its memory every second, and fails (exit 1) on any server error or on memory growing
10% or more between second 20 (a third of the run when shorter) and the end.`;

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    connections: { type: 'string', default: '32' },
    'no-save': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const seconds = Number(args.seconds);
const connections = Number(args.connections);
const baselineSecond = Math.min(20, Math.floor(seconds / 3));

const root = await fs.mkdtemp(path.join(os.tmpdir(), 'troop-levels-soak-'));
await fs.chmod(root, 0o755); // the postgres user must reach the data dir when run as root
const [port, pgPort] = [await freePort(), await freePort()];
const server = spawn(process.execPath, ['--import', 'tsx', 'src/cli/start.ts'], {
  cwd: projectRoot,
  env: {
    ...process.env,
    PG_DATA_DIR: path.join(root, 'data'),
    PG_PORT: String(pgPort),
    PORT: String(port),
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: '',
    RATE_LIMIT_READS_PER_MINUTE: '0',
    RATE_LIMIT_WRITES_PER_MINUTE: '0',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
const stopServer = async () => {
  if (server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
  await fs.rm(root, { recursive: true, force: true });
};
process.once('SIGINT', () => void stopServer().then(() => process.exit(130)));

try {
  await new Promise<void>((resolve, reject) => {
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => ((output += chunk.toString()), /ready at/.test(output) && resolve()));
    server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.once('exit', (code) => reject(new Error(`the service exited (${code}) before it was ready:\n${output}`)));
  });
  const targets = await prepare(pgPort);
  const result = await soak(`http://127.0.0.1:${port}`, targets, server.pid ?? 0);
  if (!args['no-save']) await save(result);
  console.log(summary(result));
  process.exitCode = result.passed ? 0 : 1;
} finally {
  await stopServer();
}

/** An editor key and the ids the requests name, read from the seeded database. */
async function prepare(pgPort: number): Promise<Targets> {
  const prisma = createPrismaClient(connectionUrl('postgres', 'postgres', pgPort, 'troop_levels'));
  try {
    const { secret } = await createApiKey(prisma, 'soak test', 'EDITOR');
    const slugs = (await prisma.article.findMany({ select: { slug: true } })).map((a) => a.slug);
    const claims = (await prisma.claim.findMany({ select: { id: true } })).map((c) => toGlobalId('Claim', c.id));
    const places = (await prisma.location.findMany({ select: { name: true } })).map((l) => l.name);
    return { key: secret, slugs, claims, places };
  } finally {
    await closeClient(prisma);
  }
}

interface SoakResult {
  date: string;
  machine: { cpu: string; cores: number; memoryGiB: number; node: string };
  options: { seconds: number; connections: number };
  requests: number;
  reqPerSec: number;
  latencyMs: { p50: number; p99: number; max: number };
  byKind: Record<Kind, { requests: number; serverErrors: number; clientErrors: number }>;
  serverErrors: number;
  clientErrors: number;
  socketErrors: number;
  rssMiB: { baselineSecond: number; baseline: number; end: number; growth: number; samples: number[] };
  passed: boolean;
}

async function soak(baseUrl: string, targets: Targets, pid: number): Promise<SoakResult> {
  const next = mix(targets);
  const kinds = ['article', 'articles', 'timeline', 'search', 'review', 'ingest'] as const;
  const byKind = Object.fromEntries(kinds.map((k) => [k, { requests: 0, serverErrors: 0, clientErrors: 0 }])) as SoakResult['byKind'];
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(rssMiB(pid)), 1_000);
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (request, context: { kind?: Kind }) => {
          const { kind, body, headers } = next();
          context.kind = kind;
          return {
            ...request,
            method: 'POST',
            path: '/graphql',
            body,
            headers: { ...request.headers, 'content-type': 'application/json', ...headers },
          };
        },
        onResponse: (status, body, context: { kind?: Kind }) => {
          const counts = byKind[context.kind ?? 'article'];
          counts.requests += 1;
          if (status >= 500 || body.includes('INTERNAL_SERVER_ERROR')) counts.serverErrors += 1;
          else if (status >= 400 || body.includes('"errors"')) counts.clientErrors += 1;
        },
      },
    ],
  });
  clearInterval(sampler);
  const baseline = samples[baselineSecond - 1] ?? samples[0] ?? 0;
  const end = samples.at(-1) ?? 0;
  const growth = baseline > 0 ? (end - baseline) / baseline : 0;
  const total = (key: 'serverErrors' | 'clientErrors') => kinds.reduce((sum, k) => sum + byKind[k][key], 0);
  const serverErrors = total('serverErrors') + result.errors + result.timeouts;
  return {
    date: new Date().toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    options: { seconds, connections },
    requests: result.requests.total,
    reqPerSec: result.requests.average,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    byKind,
    serverErrors,
    clientErrors: total('clientErrors'),
    socketErrors: result.errors + result.timeouts,
    rssMiB: { baselineSecond, baseline, end, growth, samples },
    passed: serverErrors === 0 && growth < 0.1,
  };
}

function rssMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : 0;
}

function summary(r: SoakResult): string {
  const kinds = Object.entries(r.byKind).map(([kind, c]) => `| ${kind} | ${c.requests} | ${c.serverErrors} | ${c.clientErrors} |`);
  return [
    `Soak: ${r.options.seconds} s at ${r.options.connections} connections, ${r.requests} requests (${Math.round(r.reqPerSec)} req/s), p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, max ${r.latencyMs.max} ms.`,
    '',
    '| request | count | server errors | client errors |',
    '|---|---:|---:|---:|',
    ...kinds,
    '',
    `Server errors: ${r.serverErrors} (socket errors and timeouts: ${r.socketErrors}).`,
    `RSS: ${r.rssMiB.baseline} MiB at second ${r.rssMiB.baselineSecond}, ${r.rssMiB.end} MiB at the end: growth ${(r.rssMiB.growth * 100).toFixed(1)}%.`,
    `Result: ${r.passed ? 'PASS' : 'FAIL'} (0 server errors and growth under 10% required).`,
  ].join('\n');
}

async function save(r: SoakResult): Promise<void> {
  const docs = path.join(projectRoot, 'docs');
  await fs.writeFile(path.join(docs, 'soak.json'), `${JSON.stringify(r, null, 2)}\n`);
  const machine = `${r.machine.cores} × ${r.machine.cpu}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}`;
  const text = [
    `# Soak test: latest result`,
    '',
    `\`npm run soak\` on ${r.date.slice(0, 10)} (${machine}); raw figures and per-second RSS in [soak.json](soak.json).`,
    '',
    summary(r),
    '',
  ];
  await fs.writeFile(path.join(docs, 'soak.md'), text.join('\n'));
}
