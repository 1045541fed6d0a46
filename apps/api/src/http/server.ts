/**
 * The HTTP server: node:http in front of Apollo's executeHTTPGraphQLRequest, so the body
 * size limit, CORS, the PWA safelist, authentication, rate limiting and logging are ours.
 * Serves POST and GET (persisted queries) on /graphql and a health check on /healthz.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import {
  BodyTooLargeError,
  type Charge,
  clientBudget,
  type ComputePool,
  type RateLimiter,
  readBody,
} from '@belowzero/server-kit';
import type { ApiConfig } from '../config.js';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../db/availability.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { findDeviceByToken } from '../services/devices.js';
import { DomainError } from '../services/errors.js';
import { applyCors } from './cors.js';
import { formatError } from './format-error.js';
import { type HttpContext, limitsPlugin } from './limits-plugin.js';
import { logLine, type RequestRecord } from './log.js';
import type { OperationManifest, SafelistDecision } from './persisted-operations.js';
import { selectionLimitsRule } from './query-limits.js';
import { invalidTextPath, mayHoldInvalidText } from './text-check.js';

export interface ApiServer {
  url: string;
  close(): Promise<void>;
}

export interface ServerParts {
  config: ApiConfig;
  schema: GraphQLSchema;
  prisma: PrismaClient;
  limiter: RateLimiter;
  /** One point per device identity created, per IP (config.deviceCreationsPerHour). */
  deviceLimiter: RateLimiter;
  compute: ComputePool;
  manifest: OperationManifest;
}

/** An error answered before GraphQL runs, in the GraphQL response shape. */
class RequestRejection extends Error {
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

/** Refuses a request part holding NUL or a lone surrogate, naming where (text-check.ts). */
function refuseInvalidText(fields: Record<string, unknown>): void {
  for (const name of ['query', 'operationName', 'variables', 'extensions']) {
    const found = invalidTextPath(fields[name], name);
    if (found === null) continue;
    const field = found.length > 200 ? `${found.slice(0, 200)}…` : found;
    throw new RequestRejection(
      400,
      'BAD_USER_INPUT',
      `${field} holds a NUL character or a lone UTF-16 surrogate; send well-formed Unicode text.`,
      {},
      { field },
    );
  }
}

export async function startApiServer(parts: ServerParts): Promise<ApiServer> {
  const { config, schema, prisma, limiter, deviceLimiter, compute, manifest } = parts;
  const apollo = new ApolloServer<HttpContext>({
    schema,
    introspection: true, // the API is public; cost limits and the safelist protect it
    // Authentication is a bearer token only (no cookies), so a cross-site request carries
    // no ambient credential; CSRF prevention would only block plain GET persisted queries.
    csrfPrevention: false,
    includeStacktraceInErrorResponses: false,
    formatError: formatError(),
    parseOptions: { maxTokens: config.maxTokens },
    validationRules: [selectionLimitsRule(config.maxDepth, config.maxFields)],
    plugins: [limitsPlugin(config.maxCost), ApolloServerPluginLandingPageDisabled()],
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const started = process.hrtime.bigint();
    const record: RequestRecord = { operationName: null, cost: null, errorCodes: [] };
    const url = new URL(request.url ?? '/', 'http://localhost');
    let status = 500;
    try {
      status = await route(request, response, url, record);
    } catch (error) {
      const rejection =
        error instanceof RequestRejection
          ? error
          : error instanceof BodyTooLargeError
            ? // The rest of the body is not read: close the connection rather than drain it.
              new RequestRejection(413, 'PAYLOAD_TOO_LARGE', error.message, { connection: 'close' })
            : unexpected(error);
      record.errorCodes.push(rejection.code);
      status = rejection.status;
      if (!response.headersSent) {
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
      } else response.end();
    }
    logLine('info', 'request', {
      method: request.method,
      path: url.pathname,
      status,
      operation: record.operationName,
      cost: record.cost,
      outcome: status < 400 && record.errorCodes.length === 0 ? 'ok' : 'error',
      errorCodes: record.errorCodes,
      durationMs: Number(process.hrtime.bigint() - started) / 1e6,
    });
  };

  const route = async (
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    record: RequestRecord,
  ): Promise<number> => {
    if (url.pathname === '/healthz') return sendJson(response, 200, { status: 'ok' });
    if (url.pathname !== '/graphql')
      throw new RequestRejection(404, 'NOT_FOUND', 'Nothing here: the API is at /graphql.');
    const fromPwa = applyCors(request, response, config.webOrigins);
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
      return 204;
    }
    if (request.method !== 'GET' && request.method !== 'POST') {
      throw new RequestRejection(405, 'BAD_REQUEST', 'Use POST, or GET for queries.', {
        allow: 'GET, POST, OPTIONS',
      });
    }

    const ipKey = `ip:${clientAddress(request, config.trustProxy)}`;
    const viewer = await authenticate(prisma, request.headers.authorization, () =>
      limiter.charge(ipKey, FAILED_AUTHENTICATION_COST),
    );
    const budget = clientBudget(limiter, viewer ? [ipKey, `device:${viewer.id}`] : [ipKey]);
    const bucket = await budget.charge(0);
    if (bucket.bucket.remaining < 1) {
      const retryAfter = String(Math.max(1, Math.ceil(1 / bucket.bucket.restoreRate)));
      throw new RequestRejection(
        429,
        'RATE_LIMITED',
        `Rate limit reached; retry in ${retryAfter} s.`,
        { 'retry-after': retryAfter },
      );
    }

    let body: Record<string, unknown> | undefined;
    let search = url.search;
    if (request.method === 'POST') {
      const contentType = request.headers['content-type'] ?? '';
      if (!/^application\/(graphql-response\+)?json\s*(;|$)/i.test(contentType)) {
        throw new RequestRejection(
          415,
          'BAD_REQUEST',
          'Send the request as JSON with "content-type: application/json".',
        );
      }
      const text = await readBody(request, config.maxBodyBytes);
      body = parseJsonBody(text);
      if (mayHoldInvalidText(text)) refuseInvalidText(body);
      const decision = safelist(manifest.decide(body, fromPwa));
      if (decision !== undefined) body = { ...body, query: decision };
    } else {
      if (url.search.length > config.maxBodyBytes) throw new BodyTooLargeError(config.maxBodyBytes);
      const fields = searchFields(url.searchParams);
      refuseInvalidText(fields);
      const decision = safelist(manifest.decide(fields, fromPwa));
      if (decision !== undefined && !url.searchParams.has('query')) {
        const params = new URLSearchParams(url.searchParams);
        params.set('query', decision);
        search = `?${params.toString()}`;
      }
    }

    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    // A client that hangs up stops its computation (compute/pool.ts).
    const gone = new AbortController();
    response.once('close', () => {
      if (!response.writableFinished) gone.abort();
    });
    const context: HttpContext = {
      prisma,
      viewer,
      rate: null,
      budget,
      record,
      compute,
      signal: gone.signal,
      chargeWork: async (points) => {
        const charge = await budget.charge(points);
        if (!charge.allowed) {
          throw new DomainError(
            'RATE_LIMITED',
            `Rate limit reached: this scenario's work costs ${points} more points and ` +
              `${charge.bucket.remaining} are left; retry in ${charge.bucket.retryAfterSeconds} s.`,
            { retryAfterSeconds: charge.bucket.retryAfterSeconds },
          );
        }
        const cost = (context.rate?.cost ?? 0) + points;
        context.rate = { cost, bucket: charge.bucket };
        record.cost = cost;
      },
      chargeDeviceCreation: async () => {
        const charge = await deviceLimiter.charge(ipKey, 1);
        if (!charge.allowed) {
          throw new DomainError(
            'RATE_LIMITED',
            `This address has created its ${config.deviceCreationsPerHour} device identities for the hour; ` +
              `retry in ${charge.bucket.retryAfterSeconds} s, or keep using the token you have.`,
            { retryAfterSeconds: charge.bucket.retryAfterSeconds },
          );
        }
      },
    };
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method, headers, search, body },
      context: async () => context,
    });
    const status = result.status ?? 200;
    for (const [name, value] of result.headers) response.setHeader(name, value);
    response.statusCode = status;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) response.write(chunk);
      response.end();
    }
    return status;
  };

  const server: Server = createServer((request, response) => {
    void handle(request, response);
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}/graphql`,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const grace = setTimeout(
        () => server.closeAllConnections(),
        config.shutdownGraceSeconds * 1000,
      );
      await closed;
      clearTimeout(grace);
      await apollo.stop();
    },
  };
}

/** The client's IP: the socket's peer, or, behind a trusted proxy, the address it saw. */
function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = request.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') {
    // The last entry is the one our own proxy appended; earlier ones are client-supplied.
    const last = forwarded.split(',').pop()?.trim();
    if (last) return last;
  }
  return request.socket.remoteAddress ?? 'unknown';
}

/** Points a wrong token costs its IP's bucket, so tokens cannot be guessed at full speed. */
const FAILED_AUTHENTICATION_COST = 20;

async function authenticate(
  prisma: PrismaClient,
  header: string | undefined,
  chargeFailure: () => Promise<Charge>,
) {
  if (header === undefined) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  const device = match?.[1] ? await findDeviceByToken(prisma, match[1]) : null;
  if (!device) {
    const charge = await chargeFailure();
    if (!charge.allowed) {
      const retryAfter = String(Math.max(1, charge.bucket.retryAfterSeconds));
      throw new RequestRejection(
        429,
        'RATE_LIMITED',
        `Too many failed attempts; retry in ${retryAfter} s.`,
        {
          'retry-after': retryAfter,
        },
      );
    }
    throw new RequestRejection(
      401,
      'UNAUTHENTICATED',
      'The Authorization header must be "Bearer <token>" with a token from createDevice.',
      { 'www-authenticate': 'Bearer' },
    );
  }
  return device;
}

/** The query text to run (undefined: as sent), or the safelist's refusal. */
function safelist(decision: SafelistDecision): string | undefined {
  if (decision.kind === 'refuse') throw new RequestRejection(403, 'FORBIDDEN', decision.message);
  if (decision.kind === 'unknown_hash') {
    // Apollo's own answer for an unknown hash, so the client retries with the text.
    throw new RequestRejection(200, 'PERSISTED_QUERY_NOT_FOUND', 'PersistedQueryNotFound');
  }
  return decision.query;
}

function parseJsonBody(text: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new RequestRejection(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new RequestRejection(
      400,
      'BAD_REQUEST',
      'The request body must be one JSON object ({"query": ...}); batches are not accepted.',
    );
  }
  return parsed as Record<string, unknown>;
}

/**
 * A GET request's parts, decoded once for the text checks and the safelist: `extensions` must
 * be JSON; `variables` is decoded when it is (Apollo answers a malformed one), else checked raw.
 */
function searchFields(params: URLSearchParams): {
  query?: string;
  operationName?: string;
  variables?: unknown;
  extensions?: unknown;
} {
  const extensions = params.get('extensions');
  let parsed: unknown;
  try {
    parsed = extensions === null ? undefined : JSON.parse(extensions);
  } catch {
    throw new RequestRejection(400, 'BAD_REQUEST', 'The `extensions` parameter is not valid JSON.');
  }
  const variables = params.get('variables');
  let decodedVariables: unknown = variables ?? undefined;
  try {
    if (variables !== null) decodedVariables = JSON.parse(variables);
  } catch {
    // kept as text: Apollo refuses it, and the text check still reads it
  }
  return {
    query: params.get('query') ?? undefined,
    operationName: params.get('operationName') ?? undefined,
    variables: decodedVariables,
    extensions: parsed,
  };
}

function unexpected(error: unknown): RequestRejection {
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

function sendJson(
  response: ServerResponse,
  status: number,
  payload: unknown,
  headers: Record<string, string> = {},
): number {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(payload));
  return status;
}
