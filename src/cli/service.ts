/**
 * A long-running command (the API, the ingest worker) until SIGINT or SIGTERM, then its own
 * graceful stop and exit.
 */
import { logger } from '../logger.ts';

/** `stopTracing` flushes the spans still buffered at the end. */
export async function runService(start: () => Promise<{ stop: () => Promise<void> }>, stopTracing?: () => Promise<void>): Promise<void> {
  // Listening before the service is up: a signal that comes while it starts (or the moment it
  // prints that it is ready) stops it once started, instead of killing it mid-way.
  const service: { stop?: () => Promise<void> } = {};
  let signalled: NodeJS.Signals | undefined;
  const shutdown = (signal: NodeJS.Signals) => {
    if (signalled) return;
    signalled = signal;
    if (service.stop) finish(service.stop, signal);
  };
  const finish = (stopService: () => Promise<void>, signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    stopService().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  const started = await start();
  service.stop = async () => {
    await started.stop();
    await stopTracing?.();
  };
  if (signalled) finish(service.stop, signalled);
}
