/**
 * The public entry of @belowzero/risk-core: what the apps use, by name. The exchange profiles
 * themselves are their own entry, @belowzero/risk-core/profiles (profile-data.ts); everything else
 * stays inside the package.
 */
export { ANSWERS, type Answer } from './answer.js';
export { assess } from './assess.js';
export {
  type Assessment,
  type AssessmentWarning,
  type PositionFigures,
  type WorstCase,
} from './assessment.js';
export { compare, type Comparison, type ComparisonEntry, type SkippedProfile } from './compare.js';
export { type CrashWaypoint, type HistoricalCrash } from './crashes/historical-crash.js';
export { historicalCrashes } from './crashes/index.js';
export { Decimal, parseDecimal } from './decimal.js';
export { CancelledError, ValidationError, type ValidationRule } from './errors.js';
export { guardRails, type GuardRails } from './guard-rails.js';
export { accountEquityAt, prepareAccount } from './account/account.js';
export { withPrice } from './account/pool-status.js';
export { type UserMarginFigure } from './margin/position-schedule.js';
export { deriveTiers } from './margin/tiers.js';
export { MAX_POSITIONS, METHODOLOGY_VERSION, NOT_MODELLED } from './methodology.js';
export { type OddsResult, type Probability } from './odds-result.js';
export { type JumpDiffusionInput } from './jump-diffusion.js';
export { estimateOdds, type OddsHooks, type OddsOptions } from './odds.js';
export { fractionFromPercent, percentFromFraction } from './percent.js';
export { type PricePathInput } from './price-paths.js';
export {
  type BankruptcyPriceRule,
  type BracketUnit,
  type ContractListing,
  type ContractTiers,
  type DeficitPayer,
  type LiquidationResidual,
  type MaintenanceBasis,
  type MarginTierInput,
  type PartialLiquidation,
  type Provenance,
  type SafeguardProfile,
  type SizeLinearMargin,
  type Sourced,
  type SpotMarginRules,
  type StopLossOffer,
  type TierRule,
  type UsedMarginCurrency,
  type VenueContracts,
} from './profiles/profile.js';
export {
  PAYER_LABELS,
  protectionSummary,
  type ProtectionSummary,
  type SummaryItem,
} from './profiles/protection-summary.js';
export {
  bankruptcyPriceWords,
  liquidationResidualWords,
  maintenanceBasisWords,
  RULE_NOT_STATED,
  usedMarginWords,
} from './profiles/rule-words.js';
export { sourcedFields, type SourcedField } from './profiles/sourced-fields.js';
export { validateProfile } from './profiles/validate-profile.js';
export { refreshedProfile } from './profiles/venue-refresh.js';
export {
  INSTRUMENT_KINDS,
  MARGIN_MODES,
  SCENARIO_SCHEMA_VERSION,
  SIDES,
  STOP_LOSS_TYPES,
  type AccountInput,
  type AddInput,
  type CostsInput,
  type HoldingInput,
  type InstrumentKind,
  type MarginMode,
  type PositionInput,
  type ScenarioInput,
  type Side,
  type StopLossInput,
  type StopLossType,
} from './scenario.js';
export {
  simulate,
  type Simulation,
  type SimulationOptions,
  type SimulationPoint,
} from './simulate.js';
export { convertedSizing } from './sizing.js';
export { validateScenario } from './validate.js';
export { type SimulationEvent, type SimulationEventKind } from './walk-events.js';
export { type DeficitWaterfall, type WaterfallPart } from './waterfall.js';
