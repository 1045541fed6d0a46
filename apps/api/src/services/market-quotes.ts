/**
 * The venues' latest mark price, index price and funding rate per contract, as the venue
 * refresh last stored them (one row per contract). Read per request, one query per exchange.
 */
import type { MarketQuote, PrismaClient } from '../generated/prisma/client.js';

export type StoredQuote = MarketQuote;

/** The stored quotes of one profile, keyed "asset:instrument". */
export async function quotesOf(
  prisma: PrismaClient,
  slug: string,
): Promise<Map<string, StoredQuote>> {
  const rows = await prisma.marketQuote.findMany({ where: { slug } });
  return new Map(rows.map((row) => [`${row.asset}:${row.instrument}`, row]));
}
