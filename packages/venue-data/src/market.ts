/** The time a market reading is from, for the venues' market parsers. */
import { VenueFormatError } from './errors.js';
import type { VenueResponse } from './importer.js';

/** The venue's own timestamp (milliseconds since 1970, or an ISO time) when it sends one,
 * else when the answer was read. */
export function quotedAt(path: string, answer: VenueResponse, venueTime?: unknown): string {
  if (typeof venueTime === 'number' || (typeof venueTime === 'string' && /^\d+$/.test(venueTime)))
    return new Date(Number(venueTime)).toISOString();
  if (typeof venueTime === 'string') {
    const parsed = Date.parse(venueTime);
    if (Number.isNaN(parsed)) throw new VenueFormatError(path, venueTime, 'expected a time');
    return new Date(parsed).toISOString();
  }
  if (answer.readAt === undefined)
    throw new VenueFormatError(path, venueTime, 'no time for the figures (the answer has none)');
  return answer.readAt;
}
