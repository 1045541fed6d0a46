/**
 * belowzero's MCP server over Streamable HTTP, for hosted use: POST /mcp, stateless (a fresh
 * server and transport per request, JSON answers). Each client (its IP) has the API's budget of
 * cost points (server-kit): a request costs a point, a tool its work cost; an empty budget is
 * refused with 429 and Retry-After, or the tool with an error saying when to retry.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { profiles } from '@belowzero/risk-core/profiles';
import {
  BodyTooLargeError,
  clientBudget,
  ComputePool,
  createRateLimiter,
  type RateLimiter,
  readBody,
} from '@belowzero/server-kit';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { ToolRefusal } from './errors.js';
import { belowzeroServer } from './server.js';
import { type McpSettings, readSettings } from './settings.js';

/** What every request costs before any tool runs. */
const REQUEST_COST = 1;

export interface RunningMcpHttp {
  server: Server;
  url: string;
  close(): Promise<void>;
}

export async function startMcpHttp(settings: McpSettings): Promise<RunningMcpHttp> {
  const limiter = createRateLimiter(settings.redisUrl, settings.bucket, settings.rateLimitPrefix);
  const pool = new ComputePool(settings.compute);
  const server = createServer((request, response) => {
    handle(request, response, settings, limiter, pool).catch((error: unknown) => {
      process.stderr.write(
        `belowzero-mcp: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      if (!response.headersSent) reply(response, 500, rpcError(-32603, 'Internal error'));
    });
  });
  await new Promise<void>((resolve) => server.listen(settings.port, settings.host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : settings.port;
  return {
    server,
    url: `http://${settings.host}:${port}/mcp`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([pool.close(), limiter.close()]);
    },
  };
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  settings: McpSettings,
  limiter: RateLimiter,
  pool: ComputePool,
): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path === '/health') return reply(response, 200, { status: 'ok' });
  if (path !== '/mcp')
    return reply(response, 404, rpcError(-32601, 'Not found: the MCP endpoint is /mcp'));
  if (request.method !== 'POST') {
    response.setHeader('Allow', 'POST');
    return reply(
      response,
      405,
      rpcError(-32000, 'Method not allowed: this stateless server takes POST only'),
    );
  }
  const budget = clientBudget(limiter, [`ip:${clientAddress(request, settings.trustProxy)}`]);
  const admitted = await budget.charge(REQUEST_COST);
  if (!admitted.allowed) {
    response.setHeader('Retry-After', String(Math.max(1, admitted.bucket.retryAfterSeconds)));
    return reply(
      response,
      429,
      rpcError(-32000, `Rate limited: retry in ${admitted.bucket.retryAfterSeconds} s.`),
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(await readBody(request, settings.maxBodyBytes));
  } catch (error) {
    if (error instanceof BodyTooLargeError)
      return reply(response, 413, rpcError(-32600, error.message));
    return reply(response, 400, rpcError(-32700, 'Parse error: the body is not JSON'));
  }
  const mcp = belowzeroServer({
    profiles,
    compute: (task, signal) => pool.run(task, signal),
    charge: async (cost) => {
      const charge = await budget.charge(cost);
      if (!charge.allowed) {
        throw new ToolRefusal(
          `Rate limited: this call costs ${cost} points and ${charge.bucket.remaining} are left; retry in ${charge.bucket.retryAfterSeconds} s.`,
        );
      }
    },
  });
  const transport = new StreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
  });
  response.on('close', () => {
    void transport.close();
    void mcp.close();
  });
  await mcp.connect(transport);
  await transport.handleRequest(request, response, body);
}

function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = request.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string')
    return forwarded.split(',')[0]?.trim() ?? 'unknown';
  return request.socket.remoteAddress ?? 'unknown';
}

function rpcError(code: number, message: string) {
  return { jsonrpc: '2.0', error: { code, message }, id: null };
}

function reply(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json');
  response.end(JSON.stringify(body));
}

if (require.main === module) {
  startMcpHttp(readSettings())
    .then((running) => {
      process.stderr.write(`belowzero MCP (Streamable HTTP) on ${running.url}\n`);
      const stop = () => void running.close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    })
    .catch((error: unknown) => {
      process.stderr.write(
        `belowzero-mcp: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exit(1);
    });
}
