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
import { BodyTooLargeError, type ComputePool, type RateLimiter } from '@belowzero/server-kit';
import type { ApiConfig } from '../config.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { applyCors } from './cors.js';
import { formatError } from './format-error.js';
import { type HttpContext, limitsPlugin } from './limits-plugin.js';
import { logLine, type RequestRecord } from './log.js';
import type { OperationManifest } from './persisted-operations.js';
import { selectionLimitsRule } from './query-limits.js';

import { admit } from './authentication.js';
import { chargeDeviceCreation, requestContext } from './request-context.js';
import { graphqlRequestParts, safelist } from './request-parts.js';
import { RequestRejection, sendJson, sendRejection, unexpected } from './request-rejection.js';
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
      sendRejection(response, rejection);
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

    const { viewer, budget, ipKey } = await admit(request, prisma, limiter, config.trustProxy);

    const { body, search } = await graphqlRequestParts(
      request,
      url,
      config.maxBodyBytes,
      (fields) => safelist(manifest.decide(fields, fromPwa)),
    );

    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    // A client that hangs up stops its computation (compute/pool.ts).
    const gone = new AbortController();
    response.once('close', () => {
      if (!response.writableFinished) gone.abort();
    });
    const context = requestContext({
      prisma,
      viewer,
      budget,
      record,
      compute,
      signal: gone.signal,
      chargeDeviceCreation: () => chargeDeviceCreation(deviceLimiter, ipKey, config),
    });
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
