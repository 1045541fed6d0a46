/**
 * A request refused before GraphQL runs (with its HTTP status, code and headers), what an
 * unexpected failure becomes, and how an answer is written.
 */
import { type ServerResponse } from 'node:http';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../db/availability.js';
import { logLine } from './log.js';

/** An error answered before GraphQL runs, in the GraphQL response shape. */
export class RequestRejection extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function unexpected(error: unknown): RequestRejection {
  if (isDatabaseUnavailable(error)) {
    logLine('warn', 'database unavailable', {
      error: error instanceof Error ? error.message : String(error),
    });
    return new RequestRejection(
      503,
      'SERVICE_UNAVAILABLE',
      'The database is unavailable right now; retry shortly.',
      {
        'retry-after': String(DATABASE_RETRY_AFTER_SECONDS),
      },
    );
  }
  logLine('error', 'unexpected error', {
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
  return new RequestRejection(500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
}

export function sendJson(
  response: ServerResponse,
  status: number,
  payload: unknown,
  headers: Record<string, string> = {},
): number {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(payload));
  return status;
}

/** Answers a refusal in GraphQL's response shape (or just ends a response already begun). */
export function sendRejection(response: ServerResponse, rejection: RequestRejection): void {
  if (response.headersSent) {
    response.end();
    return;
  }
  sendJson(
    response,
    rejection.status,
    {
      errors: [
        {
          message: rejection.message,
          extensions: { ...rejection.extensions, code: rejection.code },
        },
      ],
    },
    rejection.headers,
  );
}
