/** The public API of @belowzero/risk-core. */
export * from './decimal.js';
export * from './errors.js';
export * from './scenario.js';
export * from './profiles/profile.js';
// Dynamics (H2): price paths, historical crashes, seeded randomness, the deficit waterfall.
export * from './random.js';
export * from './price-paths.js';
export * from './crashes/index.js';
export * from './waterfall.js';
