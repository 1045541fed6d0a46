/**
 * Every sourced figure of a profile (any object carrying `source` and `asOf`), by dotted path:
 * the profile's bibliography, as the API lists it.
 */
import type { SafeguardProfile } from './profile.js';

export interface SourcedField {
  /** Dotted path of the figure in the profile, e.g. "takerFeeRate" or "contracts.0.tiers". */
  field: string;
  source: string;
  asOf: string;
  assumption: boolean;
  note: string | null;
}

export function sourcedFields(profile: SafeguardProfile): SourcedField[] {
  const fields: SourcedField[] = [];
  const visit = (value: unknown, path: string[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, String(index)]));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (path.length > 0 && typeof record.source === 'string' && typeof record.asOf === 'string') {
      fields.push({
        field: path.join('.'),
        source: record.source,
        asOf: record.asOf,
        assumption: record.assumption === true,
        note: typeof record.note === 'string' ? record.note : null,
      });
    }
    for (const [key, child] of Object.entries(record)) visit(child, [...path, key]);
  };
  visit(profile, []);
  return fields;
}
