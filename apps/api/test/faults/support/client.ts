/**
 * A GraphQL client for the fault tests: one POST, bounded in time (a hang is a failure, not
 * a stuck test), the answer parsed, and the checks every answer must pass.
 */
export interface Answer {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers to arbitrary fuzzed operations
  body: any;
  text: string;
}

export interface PostOptions {
  token?: string;
  /** Raw Authorization header (overrides `token`). */
  authorization?: string;
  timeoutMs?: number;
  /** More request headers, e.g. X-Forwarded-For to act as a client of another address. */
  headers?: Record<string, string>;
}

export async function post(
  url: string,
  payload: unknown,
  options: PostOptions = {},
): Promise<Answer> {
  const authorization =
    options.authorization ?? (options.token ? `Bearer ${options.token}` : undefined);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(authorization ? { authorization } : {}),
      ...options.headers,
    },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
    signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, body, text };
}

/** The `extensions.code` values a client may be given (docs/design/product.md, "Errors", plus GraphQL's own). */
export const TYPED_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'RATE_LIMITED',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Words that give the server's insides away: its ORM, its files, its database's codes. */
export const INTERNAL_TEXT =
  /prisma|invocation|node_modules|\/work\/|\.(ts|js):\d|SQLSTATE|\bP2\d{3}\b|\b22P05\b/i;

/**
 * What is wrong with an answer that should be a typed error or a result, or undefined when
 * nothing is: a 5xx, a body that is not a GraphQL response, an error without a known code,
 * or a stack trace or internal details in a message.
 */
export function answerProblem(answer: Answer): string | undefined {
  if (answer.status >= 500) return `HTTP ${answer.status}: ${answer.text.slice(0, 500)}`;
  const body = answer.body as
    | { data?: unknown; errors?: { message?: unknown; extensions?: { code?: unknown } }[] }
    | undefined;
  if (body === undefined || body === null || typeof body !== 'object')
    return `not JSON: ${answer.text.slice(0, 500)}`;
  if (!('data' in body) && !Array.isArray(body.errors))
    return `neither data nor errors: ${answer.text.slice(0, 500)}`;
  for (const error of body.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== 'string' || !TYPED_ERROR_CODES.has(code))
      return `error without a typed code: ${JSON.stringify(error).slice(0, 500)}`;
    if (typeof error.message !== 'string' || /\n\s+at /.test(error.message))
      return `bad message: ${JSON.stringify(error).slice(0, 500)}`;
    if (INTERNAL_TEXT.test(error.message))
      return `internal details in a message: ${JSON.stringify(error).slice(0, 500)}`;
  }
  if (answer.status >= 400 && !(body.errors && body.errors.length > 0))
    return `HTTP ${answer.status} without an error`;
  return undefined;
}

/** The codes of an answer's top-level errors and of its payload's userErrors. */
export function errorCodes(answer: Answer, payloadField?: string): string[] {
  const body = answer.body as {
    data?: Record<string, { userErrors?: { code: string }[] } | null>;
    errors?: { extensions?: { code?: string } }[];
  };
  const top = (body?.errors ?? []).map((error) => String(error.extensions?.code));
  const user = payloadField
    ? (body?.data?.[payloadField]?.userErrors ?? []).map((error) => error.code)
    : [];
  return [...top, ...user];
}
