export { type ClientBudget, clientBudget } from './client-budget.js';
export { ComputePool, type ComputeSettings, defaultComputeThreads } from './compute/pool.js';
export type { ComputeResults, ComputeTask } from './compute/tasks.js';
export { ServiceUnavailableError } from './errors.js';
export { BodyTooLargeError, readBody } from './request-body.js';
export { integerSetting } from './settings.js';
export {
  type BucketSettings,
  type BucketState,
  type Charge,
  createRateLimiter,
  MemoryRateLimiter,
  type RateLimiter,
  RedisRateLimiter,
} from './rate-limiter.js';
export {
  ASSESS_COST,
  compareCost,
  GUARD_RAILS_COST,
  MAX_SERVER_PATH_STEPS,
  oddsCost,
  pathPointsOf,
  simulateCost,
} from './work-cost.js';
