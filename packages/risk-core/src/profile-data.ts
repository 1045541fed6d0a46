/**
 * @belowzero/risk-core/profiles: every exchange safeguard profile, current (registry.ts) and
 * superseded (versions.ts), as its own entry point, apart from the engine (like a currency list
 * beside a money library): what computes does not carry the data, and the data can be read alone.
 */
export { findProfile, profiles } from './profiles/registry.js';
export { findProfileVersion, profileVersions } from './profiles/versions.js';
