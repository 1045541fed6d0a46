/** The public API of @belowzero/risk-core. */
export * from './decimal.js';
export * from './errors.js';
export * from './scenario.js';
export * from './profiles/profile.js';
