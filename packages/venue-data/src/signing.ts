/**
 * Signed (USER_DATA) requests, for the one endpoint that needs them: Binance's leverage
 * brackets. Binance's scheme (developers.binance.com, "SIGNED Endpoint security"): the query
 * gains `timestamp` (ms), `signature` is the hex HMAC-SHA256 of the whole query string keyed
 * with the secret, and the key goes in the X-MBX-APIKEY header.
 */
import { createHmac } from 'node:crypto';

/** The operator's read-only API key of a venue. */
export interface VenueCredentials {
  apiKey: string;
  secret: string;
}

export function binanceSignature(secret: string, query: string): string {
  return createHmac('sha256', secret).update(query).digest('hex');
}

/** Signs `url` in place and returns the header to send with it. */
export function signBinance(
  url: URL,
  credentials: VenueCredentials,
  now: Date,
): Record<string, string> {
  url.searchParams.set('timestamp', String(now.getTime()));
  url.searchParams.set(
    'signature',
    binanceSignature(credentials.secret, url.searchParams.toString()),
  );
  return { 'X-MBX-APIKEY': credentials.apiKey };
}
