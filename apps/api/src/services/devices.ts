/**
 * Device identities: created with no sign-up, authenticated by a bearer token that is
 * shown once and stored only as its SHA-256 hash.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Device, PrismaClient } from '../generated/prisma/client.js';

/** Prefix that makes a leaked token recognisable (secret scanners, logs). */
const TOKEN_PREFIX = 'bzd_';
const TOKEN_PATTERN = /^bzd_[A-Za-z0-9_-]{43}$/;

export interface NewDevice {
  device: Device;
  /** The bearer token; never stored, never shown again. */
  token: string;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createDevice(prisma: PrismaClient): Promise<NewDevice> {
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const device = await prisma.device.create({ data: { tokenHash: hashToken(token) } });
  return { device, token };
}

/** The device owning this token, or null when the token is malformed or unknown. */
export async function findDeviceByToken(
  prisma: PrismaClient,
  token: string,
): Promise<Device | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  return prisma.device.findUnique({ where: { tokenHash: hashToken(token) } });
}
