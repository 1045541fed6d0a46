/**
 * The parts of a GraphQL request as the server checks them before Apollo: a POST body (one
 * JSON object), a GET request's search parameters, text that is not well-formed Unicode, and
 * what the PWA's safelist decided.
 */
import type { SafelistDecision } from './persisted-operations.js';
import { invalidTextPath } from './text-check.js';

import { type IncomingMessage } from 'node:http';
import { BodyTooLargeError, readBody } from '@belowzero/server-kit';
import type { GraphQLRequestFields } from './persisted-operations.js';
import { RequestRejection } from './request-rejection.js';
import { mayHoldInvalidText } from './text-check.js';

/** Refuses a request part holding NUL or a lone surrogate, naming where (text-check.ts). */
export function refuseInvalidText(fields: Record<string, unknown>): void {
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

/** The query text to run (undefined: as sent), or the safelist's refusal. */
export function safelist(decision: SafelistDecision): string | undefined {
  if (decision.kind === 'refuse') throw new RequestRejection(403, 'FORBIDDEN', decision.message);
  if (decision.kind === 'unknown_hash') {
    // Apollo's own answer for an unknown hash, so the client retries with the text.
    throw new RequestRejection(200, 'PERSISTED_QUERY_NOT_FOUND', 'PersistedQueryNotFound');
  }
  return decision.query;
}

export function parseJsonBody(text: string): Record<string, unknown> {
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
export function searchFields(params: URLSearchParams): {
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

/**
 * The GraphQL request Apollo is to run: a POST's JSON body (content type and size checked) or a
 * GET's search string, text checked for NUL and lone surrogates, the query put in from the
 * safelist when the client sent its hash alone.
 */
export async function graphqlRequestParts(
  request: IncomingMessage,
  url: URL,
  maxBodyBytes: number,
  listed: (fields: GraphQLRequestFields) => string | undefined,
): Promise<{ body: Record<string, unknown> | undefined; search: string }> {
  if (request.method === 'POST') {
    const contentType = request.headers['content-type'] ?? '';
    if (!/^application\/(graphql-response\+)?json\s*(;|$)/i.test(contentType)) {
      throw new RequestRejection(
        415,
        'BAD_REQUEST',
        'Send the request as JSON with "content-type: application/json".',
      );
    }
    const text = await readBody(request, maxBodyBytes);
    const body = parseJsonBody(text);
    if (mayHoldInvalidText(text)) refuseInvalidText(body);
    const query = listed(body);
    return { body: query === undefined ? body : { ...body, query }, search: url.search };
  }
  if (url.search.length > maxBodyBytes) throw new BodyTooLargeError(maxBodyBytes);
  const fields = searchFields(url.searchParams);
  refuseInvalidText(fields);
  const query = listed(fields);
  if (query === undefined || url.searchParams.has('query'))
    return { body: undefined, search: url.search };
  const params = new URLSearchParams(url.searchParams);
  params.set('query', query);
  return { body: undefined, search: `?${params.toString()}` };
}
