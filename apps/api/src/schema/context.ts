/**
 * What every resolver receives: the database, the authenticated device (if any), the
 * rate-limit state of this request's client, the compute threads and the request's signal.
 */
import type { BucketState, ComputePool } from '@belowzero/server-kit';
import type { Device, PrismaClient } from '../generated/prisma/client.js';
import { DomainError } from '../services/errors.js';

export interface ApiContext {
  prisma: PrismaClient;
  viewer: Device | null;
  /** Filled in once the operation's cost has been charged (before any resolver runs). */
  rate: { cost: number; bucket: BucketState } | null;
  /** Worker threads for the heavy computations (odds, simulate, compare, guard rails). */
  compute: ComputePool;
  /** Aborted when the client goes away before its answer is sent. */
  signal: AbortSignal;
  /** Takes more points from the client's bucket (work known only once the scenario is loaded);
   * throws RATE_LIMITED when it does not hold them. */
  chargeWork(points: number): Promise<void>;
  /** Counts a device identity against its IP's hourly allowance; throws RATE_LIMITED past it. */
  chargeDeviceCreation(): Promise<void>;
}

export function requireViewer(context: ApiContext): Device {
  if (!context.viewer) {
    throw new DomainError(
      'UNAUTHENTICATED',
      'Send the device token as "Authorization: Bearer <token>" (create one with the createDevice mutation).',
    );
  }
  return context.viewer;
}
