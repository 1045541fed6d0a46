/**
 * A small HTTP client for the API processes started by the global setup.
 */
import { readFileSync } from 'node:fs';

export interface RequestOptions {
  token?: string;
  headers?: Record<string, string>;
}

export interface GraphQLResponse {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary GraphQL payloads
  body: any;
}

export interface ApiClient {
  url: string;
  graphql(body: unknown, options?: RequestOptions): Promise<GraphQLResponse>;
  request(init: RequestInit & { path?: string; search?: string }): Promise<Response>;
}

export function apiClient(url: string): ApiClient {
  const request: ApiClient['request'] = ({ path = '/graphql', search = '', ...init }) =>
    fetch(new URL(path + search, url), init);
  return {
    url,
    request,
    async graphql(body, options = {}) {
      const response = await request({
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...options.headers,
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // keep the raw text: the assertion shows it
      }
      return { status: response.status, headers: response.headers, body: parsed };
    },
  };
}

/** The main API, shared by the HTTP suites (see global-setup.ts). */
export function mainApi(): ApiClient {
  return apiClient(required('BZ_API_URL'));
}

/** The two rate-limited APIs (sharing their buckets through Redis when it is reachable). */
export function limitedApis(): { apis: ApiClient[]; sharedThroughRedis: boolean } {
  return {
    apis: required('BZ_LIMITED_URLS').split(' ').map(apiClient),
    sharedThroughRedis: process.env.BZ_LIMITED_SHARED === 'redis',
  };
}

/** Lines of the main API's structured log so far (a line still being written is left out). */
export function mainApiLog(): Record<string, unknown>[] {
  return readFileSync(required('BZ_API_LOG'), 'utf8')
    .split('\n')
    .slice(0, -1)
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

export async function newDevice(api: ApiClient, options: RequestOptions = {}): Promise<string> {
  const { body } = await api.graphql({ query: 'mutation { createDevice { token } }' }, options);
  return body.data.createDevice.token as string;
}

export const errorCodes = (body: { errors?: { extensions?: { code?: string } }[] }) =>
  (body.errors ?? []).map((e) => e.extensions?.code);

function required(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(
      `${name} is not set: run the suite through jest (global-setup.ts starts the APIs)`,
    );
  return value;
}
