/**
 * What a client sees of an error: the typed code and a message meant for it. Domain and
 * validation errors keep their message; anything unexpected becomes "Internal server
 * error" whatever NODE_ENV says (logged in full on the server), and stack traces never leave.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import { ValidationError } from '@belowzero/risk-core';
import { ServiceUnavailableError } from '@belowzero/server-kit';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../db/availability.js';
import { DomainError } from '../services/errors.js';
import { logLine } from './log.js';

/** Longest message sent: past it a message is cut (an echoed 90 KB input helps nobody). */
const MAX_MESSAGE_LENGTH = 500;

function shortened(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { message } = formatted;
  if (message.length <= MAX_MESSAGE_LENGTH) return formatted;
  return { ...formatted, message: `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…` };
}

export function formatError() {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError =>
    shortened(typed(formatted, error));
}

/** The error as the client may see it: a typed code, and nothing internal. */
function typed(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const { path, locations } = formatted;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path,
      locations,
      extensions: { ...original.details, code: original.code },
    };
  }
  if (original instanceof ServiceUnavailableError) {
    const { retryAfterSeconds } = original;
    return {
      message: original.message,
      path,
      locations,
      extensions: {
        code: original.code,
        ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
      },
    };
  }
  if (original instanceof ValidationError) {
    return {
      message: original.message,
      path,
      locations,
      extensions: { code: 'BAD_USER_INPUT', field: original.field, rule: original.rule },
    };
  }
  if (isDatabaseUnavailable(original)) {
    logLine('warn', 'database unavailable', {
      error: original instanceof Error ? original.message : String(original),
    });
    return {
      message: 'The database is unavailable right now; retry shortly.',
      path,
      extensions: {
        code: 'SERVICE_UNAVAILABLE',
        retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
      },
    };
  }
  const code = formatted.extensions?.code;
  if ((code === undefined || code === 'INTERNAL_SERVER_ERROR') && isRequestRefusal(original)) {
    // Apollo's own refusals of a request (e.g. a persisted-query hash that does not match its
    // text) come with an HTTP 4xx status but no code of their own.
    return { message: formatted.message, locations, extensions: { code: 'BAD_REQUEST' } };
  }
  if (code === undefined || code === 'INTERNAL_SERVER_ERROR') {
    logLine('error', 'unexpected error', {
      error: original instanceof Error ? (original.stack ?? original.message) : String(original),
    });
    return {
      message: 'Internal server error',
      path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions };
}

function isRequestRefusal(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.originalError !== undefined) return false;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}
