/**
 * One pino logger for the process: pretty on a terminal, JSON lines otherwise (for log
 * shippers). Secrets never reach it: the Authorization header is redacted.
 */
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info', destination?: DestinationStream): Logger {
  const options = { level, redact: ['req.headers.authorization', 'headers.authorization', 'authorization'] };
  if (destination) return pino(options, destination);
  const pretty = process.stdout.isTTY && process.env.NODE_ENV !== 'production';
  return pino({
    ...options,
    ...(pretty ? { transport: { target: 'pino-pretty', options: { colorize: true, ignore: 'pid,hostname' } } } : {}),
  });
}

export const logger: Logger = createLogger();
