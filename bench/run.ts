/**
 * `npm run bench` / `npm run bench:quick`: corpus per size → the three servers on it →
 * equivalence check → warm-up → rounds in which the servers take turns per shape → results
 * JSON in bench/results and the tables on stdout (BENCHMARKS.md quotes a full run).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { projectRoot } from '../src/config.ts';
import { createApiKey } from '../src/db/apiKeys.ts';
import { createPrismaClient } from '../src/db/client.ts';
import { corpusDatabase, samplesOf, startBenchCluster } from './database.ts';
import { checkEquivalence, measure, type Measurement } from './load.ts';
import { auth, SHAPES, type ServerName } from './queries.ts';
import { pairedRatiosOfRun, ratioTable, resultTable, summarize, type Summary } from './report.ts';
import { NODE22, PEERS_DIR, startServer, type RunningServer } from './servers.ts';
import { statementsByPageSize } from './pageSize.ts';

const USAGE = `Usage: npm run bench [-- options]     (npm run bench:quick for a 1k, short-round run)
  --sizes 1000,20000   corpus sizes (articles)      --rounds 3     rounds per size
  --seconds 10         length of one measurement    --warmup 3     warm-up seconds per server and shape
  --connections 32     concurrent connections       --pool 10      database pool size of every server
  --servers ours,postgraphile,raw                   --shapes Q1,Q2,Q3,Q4,M1
  --seed 1             corpus seed                  --label text   recorded with the results
  --ours-env K=V,...   extra environment for our server (levers under measurement)
  --profile            CPU profile of our server (bench/results/profiles/*.cpuprofile)
  --no-save            print only; do not write bench/results`;

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    rounds: { type: 'string' },
    seconds: { type: 'string' },
    warmup: { type: 'string' },
    connections: { type: 'string', default: '32' },
    pool: { type: 'string', default: '10' },
    servers: { type: 'string', default: 'ours,postgraphile,raw' },
    shapes: { type: 'string', default: 'Q1,Q2,Q3,Q4,M1' },
    seed: { type: 'string', default: '1' },
    label: { type: 'string', default: '' },
    'ours-env': { type: 'string', default: '' },
    'pg-port': { type: 'string', default: '5434' },
    'no-save': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const quick = values.quick;
const config = {
  sizes: (values.sizes ?? (quick ? '1000' : '1000,20000')).split(',').map(Number),
  rounds: Number(values.rounds ?? (quick ? 1 : 3)),
  seconds: Number(values.seconds ?? (quick ? 3 : 10)),
  warmup: Number(values.warmup ?? (quick ? 1 : 3)),
  connections: Number(values.connections),
  pool: Number(values.pool),
  servers: values.servers.split(',') as ServerName[],
  shapes: SHAPES.filter((s) => values.shapes.split(',').includes(s.name)),
  seed: Number(values.seed),
  label: values.label,
  oursEnv: Object.fromEntries(
    values['ours-env']
      .split(',')
      .filter(Boolean)
      .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
  ),
};
const log = (line: string) => console.error(`[bench] ${line}`);

function ensurePeers(): void {
  if (existsSync(NODE22) && existsSync(path.join(PEERS_DIR, 'node_modules', 'postgraphile'))) return;
  log('installing the peers (PostGraphile 5, Node 22) into bench/peers');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: PEERS_DIR, stdio: 'inherit' });
}

/** Our server runs compiled, from this checkout's code: built afresh for every run. */
function buildOurs(): void {
  log('building our server (npm run build)');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function benchSize(
  cluster: Awaited<ReturnType<typeof startBenchCluster>>,
  articles: number,
): Promise<{ summaries: Summary[]; measurements: Measurement[]; pageSizes: Record<string, number> }> {
  const url = await corpusDatabase(cluster, articles, config.seed, log);
  const samples = await samplesOf(url);
  const prisma = createPrismaClient(url);
  auth.ours = (await createApiKey(prisma, 'bench', 'EDITOR')).secret;
  await prisma.$disconnect();

  const servers: RunningServer[] = [];
  const stats = new pg.Client({ connectionString: url });
  await stats.connect();
  try {
    for (const [i, name] of config.servers.entries()) {
      servers.push(
        await startServer(name, {
          databaseUrl: url,
          port: 5200 + i,
          poolSize: config.pool,
          env: config.oursEnv,
          nodeArgs: values.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.join(projectRoot, 'bench', 'results', 'profiles')}`] : [],
        }),
      );
    }
    for (const shape of config.shapes) await checkEquivalence(servers, shape, samples);
    log(`${articles} articles: the servers agree on ${config.shapes.map((s) => s.name).join(', ')}; warming up`);
    for (const shape of config.shapes)
      for (const server of servers)
        await measure(server, shape, samples, stats, { connections: config.connections, seconds: config.warmup }, -1);

    const measurements: Measurement[] = [];
    for (let round = 0; round < config.rounds; round += 1) {
      for (const shape of config.shapes) {
        // Take turns: a different server goes first each round, so drift in the machine is shared.
        const order = servers.map((_, i) => servers[(i + round) % servers.length] as RunningServer);
        for (const server of order) {
          const m = await measure(server, shape, samples, stats, { connections: config.connections, seconds: config.seconds }, round);
          measurements.push(m);
          log(
            `${articles} r${round} ${shape.name} ${server.name}: ${Math.round(m.reqPerSec)} req/s p99 ${m.p99} ms, ${m.errors} errors, ${m.sqlPerRequest.toFixed(2)} SQL/req, CPU/req server ${m.serverCpuMs.toFixed(2)} ms + postgres ${m.postgresCpuMs.toFixed(2)} ms`,
          );
        }
      }
    }
    const ours = servers.find((s) => s.name === 'ours');
    const pageSizes = ours ? await statementsByPageSize(ours, stats) : {};
    return { summaries: summarize(articles, measurements), measurements, pageSizes };
  } finally {
    await stats.end();
    for (const server of servers) await server.stop();
  }
}

function machine() {
  const node22 = execFileSync(NODE22, ['--version']).toString().trim();
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    kernel: os.release(),
    harnessNode: process.version,
    serverNode: node22,
  };
}

async function main(): Promise<void> {
  ensurePeers();
  if (config.servers.includes('ours')) buildOurs();
  const cluster = await startBenchCluster(Number(values['pg-port']));
  const started = new Date();
  const results: Summary[] = [];
  const raw: Record<number, { measurements: Measurement[]; pageSizes: Record<string, number> }> = {};
  try {
    for (const articles of config.sizes) {
      const { summaries, measurements, pageSizes } = await benchSize(cluster, articles);
      results.push(...summaries);
      raw[articles] = { measurements, pageSizes };
    }
  } finally {
    await cluster.stop();
  }
  const paired = pairedRatiosOfRun(raw);
  const report = `${resultTable(results)}\n\n${ratioTable(results, paired)}\n\nSQL statements per request of ours by page size (articles(first: N) with authors and counts): ${JSON.stringify(Object.values(raw).map((r) => r.pageSizes))}`;
  console.log(report);
  if (values['no-save']) return;
  const dir = path.join(projectRoot, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${started.toISOString().slice(0, 19).replace(/:/g, '-')}${quick ? '-quick' : ''}.json`);
  const { shapes, ...settings } = config;
  writeFileSync(
    file,
    `${JSON.stringify({ date: started.toISOString(), machine: machine(), settings: { ...settings, shapes: shapes.map((s) => s.name) }, summaries: results, ratios: paired, runs: raw }, null, 2)}\n`,
  );
  log(`wrote ${path.relative(projectRoot, file)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
