/** How a venue refresh run reads the venues (from the API's config, or a test's). */
import type { VenueCredentials, VenueImporter } from '@belowzero/venue-data';

export interface RefreshSettings {
  importers: readonly VenueImporter[];
  /** Base URL per profile; undefined for the venue's own. */
  baseUrlOf(profile: string): string | undefined;
  /** Assets read on every venue; undefined for the six tracked ones. */
  assets: readonly string[] | undefined;
  timeoutMs: number;
  credentials: VenueCredentials | undefined;
  /** A venue's tables are read again once their last check is this old. */
  tablesEveryMs: number;
  /** A venue's market figures are read again once they are this old. */
  marketEveryMs: number;
  now(): Date;
}
