/**
 * What every resolver receives: the database, the authenticated device (if any) and the
 * rate-limit state of this request's client.
 */
import type { Device, PrismaClient } from '../generated/prisma/client.js';
import type { BucketState } from '../http/rate-limiter.js';
import { DomainError } from '../services/errors.js';

export interface ApiContext {
  prisma: PrismaClient;
  viewer: Device | null;
  /** Filled in once the operation's cost has been charged (before any resolver runs). */
  rate: { cost: number; bucket: BucketState } | null;
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
