/**
 * CORS for the PWA's origins only: browsers on other sites cannot call the API with a
 * user's token. Server-side clients (third parties) are not subject to CORS at all.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Sets the CORS headers when the request comes from the PWA; returns whether it does. */
export function applyCors(
  request: IncomingMessage,
  response: ServerResponse,
  webOrigins: readonly string[],
): boolean {
  response.setHeader('vary', 'origin');
  const origin = request.headers.origin;
  if (origin === undefined || !webOrigins.includes(origin)) return false;
  response.setHeader('access-control-allow-origin', origin);
  response.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  response.setHeader(
    'access-control-allow-headers',
    'content-type, authorization, apollo-require-preflight, x-apollo-operation-name',
  );
  response.setHeader('access-control-expose-headers', 'retry-after');
  response.setHeader('access-control-max-age', '600');
  return true;
}
