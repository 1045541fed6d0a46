/** A venue answered with something that is not its documented shape or unit. */
export class VenueFormatError extends Error {
  constructor(
    /** Dotted path inside the answer, e.g. "tiers:BTC.result.list.0.maintenanceMargin". */
    readonly field: string,
    readonly value: unknown,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'VenueFormatError';
  }
}
