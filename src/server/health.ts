/**
 * /healthz: the process is alive. /readyz: the primary database answers (503 otherwise), so a
 * load balancer stops sending traffic while Postgres is away. With read replicas it lists each
 * (state and lag, as the lag monitor last saw them); a process whose replicas are all down or
 * lagging is still ready: its reads go to the primary.
 */
import type { FastifyInstance } from 'fastify';
import type { ReadRouting } from '../db/replicas.ts';

const READY_TIMEOUT_MS = 2_000;

export function registerHealthRoutes(app: FastifyInstance, routing: ReadRouting): void {
  const replicas = () => (routing.replicas().length > 0 ? { replicas: routing.replicas() } : {});
  app.get('/healthz', () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    try {
      await withTimeout(routing.primary.$queryRaw`SELECT 1`, READY_TIMEOUT_MS);
      return { status: 'ready', ...replicas() };
    } catch {
      return reply.code(503).send({ status: 'unavailable', reason: 'database unreachable', ...replicas() });
    }
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
