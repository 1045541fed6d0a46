/**
 * What a GraphQL request's resolvers get: the database, the viewer, the client's budget and
 * the charges drawn from it (the work a saved scenario turns out to need; a device identity),
 * the compute threads and the signal that the client went away.
 */
import type { ClientBudget, ComputePool, RateLimiter } from '@belowzero/server-kit';
import type { ApiConfig } from '../config.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { DomainError } from '../services/errors.js';
import type { HttpContext } from './limits-plugin.js';
import type { RequestRecord } from './log.js';

export interface RequestContextParts {
  prisma: PrismaClient;
  viewer: HttpContext['viewer'];
  budget: ClientBudget;
  record: RequestRecord;
  compute: ComputePool;
  signal: AbortSignal;
  chargeDeviceCreation: () => Promise<void>;
}

export function requestContext(parts: RequestContextParts): HttpContext {
  const { budget, record } = parts;
  const context: HttpContext = {
    ...parts,
    rate: null,
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
  };
  return context;
}

/** One device identity created by this address: refused past its hourly allowance. */
export async function chargeDeviceCreation(
  deviceLimiter: RateLimiter,
  ipKey: string,
  config: Pick<ApiConfig, 'deviceCreationsPerHour'>,
): Promise<void> {
  const charge = await deviceLimiter.charge(ipKey, 1);
  if (!charge.allowed) {
    throw new DomainError(
      'RATE_LIMITED',
      `This address has created its ${config.deviceCreationsPerHour} device identities for the hour; ` +
        `retry in ${charge.bucket.retryAfterSeconds} s, or keep using the token you have.`,
      { retryAfterSeconds: charge.bucket.retryAfterSeconds },
    );
  }
}
