/**
 * Who is asking: the client's address (behind a trusted proxy, the one it saw) and the
 * device a bearer token names; a wrong token costs its address points.
 */
import { type IncomingMessage } from 'node:http';
import {
  type Charge,
  type ClientBudget,
  clientBudget,
  type RateLimiter,
} from '@belowzero/server-kit';
import type { PrismaClient } from '../generated/prisma/client.js';
import { findDeviceByToken } from '../services/devices.js';

import { RequestRejection } from './request-rejection.js';

/** The client's IP: the socket's peer, or, behind a trusted proxy, the address it saw. */
export function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = request.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') {
    // The last entry is the one our own proxy appended; earlier ones are client-supplied.
    const last = forwarded.split(',').pop()?.trim();
    if (last) return last;
  }
  return request.socket.remoteAddress ?? 'unknown';
}

/** Points a wrong token costs its IP's bucket, so tokens cannot be guessed at full speed. */
export const FAILED_AUTHENTICATION_COST = 20;

export async function authenticate(
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

/**
 * Lets a request in, or refuses it: who is asking (the device of a valid token, else anonymous),
 * the budget its charges are drawn from (its address's, and its device's too), and a refusal when
 * that budget holds less than a point.
 */
export async function admit(
  request: IncomingMessage,
  prisma: PrismaClient,
  limiter: RateLimiter,
  trustProxy: boolean,
): Promise<{
  viewer: Awaited<ReturnType<typeof authenticate>>;
  budget: ClientBudget;
  ipKey: string;
}> {
  const ipKey = `ip:${clientAddress(request, trustProxy)}`;
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
      {
        'retry-after': retryAfter,
      },
    );
  }
  return { viewer, budget, ipKey };
}
