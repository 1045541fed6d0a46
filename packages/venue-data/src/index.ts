/** The public API of @belowzero/venue-data. */
export type {
  ImportedContracts,
  MarketImporter,
  MarketReading,
  VenueImporter,
  VenueRequest,
  VenueResponse,
  VenueResponses,
} from './importer.js';
export { TRACKED_ASSETS } from './importer.js';
export { VenueFormatError } from './errors.js';
export { importers, importerFor } from './importers.js';
export {
  canFetch,
  fetchMarket,
  fetchVenue,
  VenueUnreachableError,
  type FetchOptions,
} from './fetch-venue.js';
export { binanceSignature, type VenueCredentials } from './signing.js';
export { recordedResponses, type ReadRecording } from './recorded.js';
export { buildSnapshot, importFrom, renderSnapshot } from './snapshot.js';
export {
  answersFrom,
  startStandIn,
  type StandIn,
  type StandInAnswers,
  type StandInBehaviour,
} from './stand-in.js';
