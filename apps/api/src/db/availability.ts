/**
 * Recognises "the database cannot be reached right now" among the errors Prisma, its pg
 * adapter and pg raise, so the API can answer 503 SERVICE_UNAVAILABLE with retry-after
 * (the client should retry) rather than a 500 (something is wrong with the request or code).
 */

/** Seconds a client is told to wait before retrying while the database is down. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
/** PostgreSQL SQLSTATEs: connection exceptions (08*), too many connections (53300),
 * operator intervention (57P01-57P03). */
const SQLSTATE = /^(08\d{3}|53300|57P0[1-3])$/;
const ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
  'DatabaseDoesNotExist',
]);
const MESSAGE =
  /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|Connection terminated|terminating connection|database system is (starting up|shutting down|in recovery mode)|Can't reach database|Server has closed the connection|Connection refused|timeout exceeded when trying to connect|not currently accepting connections|too many clients|remaining connection slots|Code: `(08\d{3}|53300|57P0[1-3])`/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current !== null && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const record = current as {
      name?: unknown;
      code?: unknown;
      kind?: unknown;
      message?: unknown;
      cause?: unknown;
    };
    if (record.name === 'PrismaClientInitializationError') return true;
    if (
      typeof record.code === 'string' &&
      (PRISMA_CODES.has(record.code) || SQLSTATE.test(record.code) || MESSAGE.test(record.code))
    ) {
      return true;
    }
    if (typeof record.kind === 'string' && ADAPTER_KINDS.has(record.kind)) return true;
    if (typeof record.message === 'string' && MESSAGE.test(record.message)) return true;
    current = record.cause;
  }
  return false;
}
