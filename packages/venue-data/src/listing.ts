/** The listing part of an import: complete only when the venue's whole instrument list was read. */
import type { ContractListing, Sourced } from '@belowzero/risk-core';
import { VenueFormatError } from './errors.js';
import type { VenueResponse, VenueResponses } from './importer.js';

/**
 * @param listing the answer holding the venue's instrument list, if it was read
 * @param responses every answer, for the source of a partial listing
 */
export function listingFrom(
  listing: VenueResponse | undefined,
  responses: VenueResponses,
): Sourced<ContractListing> {
  if (listing !== undefined && listing.complete !== false) {
    return {
      value: 'complete',
      source: listing.source,
      asOf: listing.asOf,
      note: 'The venue’s whole instrument list: an asset missing here is not listed.',
    };
  }
  const from = listing ?? Object.values(responses)[0];
  if (from === undefined)
    throw new VenueFormatError('responses', responses, 'no venue answer to import');
  return {
    value: 'partial',
    source: from.source,
    asOf: from.asOf,
    note: 'Only part of the venue’s instrument list was read: an asset missing here may still be listed.',
  };
}
