/** The public API of @belowzero/risk-core. */
export * from './decimal.js';
export * from './errors.js';
export * from './scenario.js';
export * from './profiles/profile.js';
// Exchange data: the profiles, their validator and the derived protection summary.
export * from './profiles/registry.js';
export * from './profiles/versions.js';
export * from './profiles/validate-profile.js';
export * from './profiles/protection-summary.js';
export * from './profiles/venue-refresh.js';
export * from './profiles/sourced-fields.js';
export * from './profiles/rule-words.js';
// Dynamics: price paths, historical crashes, seeded randomness, the deficit waterfall.
export * from './random.js';
export * from './price-paths.js';
export * from './crashes/index.js';
export * from './waterfall.js';
export * from './simulate.js';
export * from './odds.js';
export * from './wilson.js';
export type { JumpDiffusionInput } from './jump-diffusion.js';
export * from './compare.js';
export * from './coverage.js';
export * from './margin/position-schedule.js';
export * from './guard-rails.js';
// Point figures: validation, assessment, margin tiers and pools, and the primitives the
// simulator builds on: prepareAccount, accountEquityAt, maintenanceAt, poolStatusAt, deficitAtFill.
export * from './methodology.js';
export * from './validate.js';
export * from './assess.js';
export * from './answer.js';
export * from './costs.js';
export * from './margin/affine.js';
export * from './margin/tiers.js';
export * from './margin/pool.js';
export * from './margin/thresholds.js';
export * from './margin/pool-status.js';
export * from './margin/cross.js';
export * from './margin/account.js';
export * from './instruments/average-entry.js';
export * from './instruments/linear.js';
export * from './instruments/inverse.js';
export * from './instruments/spot.js';
export * from './instruments/spot-margin.js';
