/** The public API of @belowzero/venue-data. */
export type {
  ImportedContracts,
  VenueImporter,
  VenueRequest,
  VenueResponse,
  VenueResponses,
} from './importer.js';
export { TRACKED_ASSETS } from './importer.js';
export { VenueFormatError } from './errors.js';
export { importers, importerFor } from './importers.js';
export { fetchVenue, VenueUnreachableError, type FetchOptions } from './fetch-venue.js';
export { recordedResponses, type ReadRecording } from './recorded.js';
export { buildSnapshot, importFrom, renderSnapshot } from './snapshot.js';
