/**
 * Whether the belowzero server answered the last time the app asked, apart from whether the
 * phone has a network (navigator.onLine says nothing of a server that is down or unreachable).
 * Every API request goes through timedFetch: a request the server does not answer within
 * API_TIMEOUT_MS fails with ServerUnreachableError instead of hanging, and marks the server
 * unreachable until the next answer. React-free, so the header can read it on every screen.
 */

/** Longest the app waits for the server before saying it cannot be reached. */
export const API_TIMEOUT_MS = 10_000;

export class ServerUnreachableError extends Error {
  constructor() {
    super('The belowzero server cannot be reached right now.');
    this.name = 'ServerUnreachableError';
  }
}

/** null until the app has asked the server anything. */
let reachable: boolean | null = null;
const listeners = new Set<() => void>();

function setReachable(next: boolean): void {
  if (reachable === next) return;
  reachable = next;
  for (const listener of listeners) listener();
}

export function serverReachable(): boolean | null {
  return reachable;
}

export function subscribeServerReach(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** fetch with the server's time limit; any HTTP answer counts as reached. */
export async function timedFetch(
  input: RequestInfo | URL,
  init: RequestInit = {},
): Promise<Response> {
  const timeout = AbortSignal.timeout(API_TIMEOUT_MS);
  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
  try {
    const response = await fetch(input, { ...init, signal });
    setReachable(true);
    return response;
  } catch (error) {
    // A request the caller cancelled says nothing about the server.
    if (init.signal?.aborted) throw error;
    setReachable(false);
    throw new ServerUnreachableError();
  }
}
