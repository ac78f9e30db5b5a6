/**
 * A deadline per GraphQL request: an answer that is not ready in time becomes a 503 the
 * client can retry, instead of a socket left hanging. Fastify's own `handlerTimeout` clears
 * its timer when Node closes the request stream, which Node 20 does as soon as the body is
 * read, so it never fires for a POST; the race below does not depend on the stream.
 *
 * The deadline grows with the request body: a query fits in one step, while ingesting a
 * 1 MB article (extraction and ~40,000 rows) is bulk work that gets one step per 256 KB.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Any route handler, whatever its route's type parameters. */
type Handler = (this: FastifyInstance, request: never, reply: never) => unknown;

/** The body size one deadline step covers. */
const DEADLINE_STEP_BYTES = 262_144;

/** The deadline of a request with a body of `bytes`: `ms` per started 256 KB, at least `ms`. */
export const deadlineFor = (ms: number, bytes: number): number => ms * Math.max(1, Math.ceil(bytes / DEADLINE_STEP_BYTES));

export function withDeadline<H extends Handler>(handler: H, ms: number): H {
  const guarded = async function (this: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
    let timer: NodeJS.Timeout | undefined;
    const bytes = Number(request.headers['content-length'] ?? 0) || 0;
    const expired = new Promise<typeof EXPIRED>((resolve) => {
      timer = setTimeout(() => resolve(EXPIRED), deadlineFor(ms, bytes));
    });
    const answer = Promise.resolve(handler.call(this, request as never, reply as never));
    let first: unknown;
    try {
      first = await Promise.race([answer, expired]);
    } finally {
      clearTimeout(timer);
    }
    if (first !== EXPIRED) return first;
    // The work goes on and its result is dropped; the writes it may make are idempotent.
    answer.catch((error: unknown) => request.log.warn({ err: error }, 'request failed after its deadline'));
    return reply
      .code(503)
      .send({ errors: [{ message: 'The request took too long; try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
  };
  return guarded as unknown as H;
}

const EXPIRED = Symbol('expired');
