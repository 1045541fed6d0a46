/**
 * Checks a safeguard profile (a data file, a database row, an API payload) before anything
 * computes with it. A malformed profile is rejected with a ValidationError whose field is
 * the exact dotted path, e.g. `contracts.0.tiers.value.2.mmr`.
 */
import { boolean, enumList, isoDate, list, oneOf, onlyKeys, record, text } from '../checks.js';
import { ValidationError } from '../errors.js';
import {
  INSTRUMENT_KINDS as INSTRUMENTS,
  MARGIN_MODES,
  STOP_LOSS_TYPES as STOP_TYPES,
} from '../scenario.js';
import {
  BANKRUPTCY_PRICE_RULES,
  LIQUIDATION_RESIDUALS,
  USED_MARGIN_CURRENCIES,
  type ContractListing,
  type DeficitPayer,
  type MaintenanceBasis,
  type SafeguardProfile,
} from './profile.js';
import {
  decimal,
  fractionUpToOne,
  nonNegativeDecimal,
  nonNegativeInteger,
  positiveDecimal,
  positiveInteger,
  rate,
  sourced,
} from './profile-checks.js';
import { validateContract } from './validate-contracts.js';

const BASES: readonly MaintenanceBasis[] = ['mark_notional', 'entry_notional'];
const LISTINGS: readonly ContractListing[] = ['complete', 'partial'];
export const DEFICIT_PAYERS: readonly DeficitPayer[] = [
  'remaining_margin',
  'insurance_fund',
  'backstop_vault',
  'auto_deleveraging',
  'socialized_loss',
  'user',
  'venue',
];

const TOP_LEVEL_KEYS = new Set([
  'slug',
  'exchange',
  'product',
  'version',
  'asOf',
  'settlementCurrency',
  'instruments',
  'marginModes',
  'contracts',
  'contractListing',
  'maintenanceBasis',
  'closeFeeInMaintenance',
  'bankruptcyPrice',
  'isolatedCloseFeeReserve',
  'liquidationResidual',
  'takerFeeRate',
  'makerFeeRate',
  'liquidationFeeRate',
  'liquidation',
  'liquidationLatencyMs',
  'depthNotionalPerPercent',
  'marginCallRatio',
  'spotMargin',
  'insuranceFundCapacity',
  'autoDeleveraging',
  'socializedLoss',
  'deficitWaterfall',
  'userLiableForDeficit',
  'negativeBalancePromise',
  'stopLossTypes',
]);

const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

type Json = Record<string, unknown>;

/** Returns the input, typed, when it is a well-formed profile; throws ValidationError otherwise. */
export function validateProfile(input: unknown): SafeguardProfile {
  const profile = record('', input, 'profile');
  onlyKeys('', profile, TOP_LEVEL_KEYS);
  const slug = text('slug', profile.slug);
  if (!SLUG_PATTERN.test(slug))
    throw new ValidationError('slug', slug, 'one_of', 'must be lower-case words joined by "-"');
  text('exchange', profile.exchange);
  text('product', profile.product);
  positiveInteger('version', profile.version);
  isoDate('asOf', profile.asOf);
  text('settlementCurrency', profile.settlementCurrency);
  const instruments = enumList('instruments', profile.instruments, INSTRUMENTS);
  enumList('marginModes', profile.marginModes, MARGIN_MODES);

  const contracts = list('contracts', profile.contracts);
  contracts.forEach((contract, index) =>
    validateContract(`contracts.${index}`, contract, instruments),
  );
  if (profile.contractListing !== undefined) {
    sourced('contractListing', profile.contractListing, (field, value) =>
      oneOf(field, value, LISTINGS),
    );
  }

  sourced('maintenanceBasis', profile.maintenanceBasis, (field, value) =>
    oneOf(field, value, BASES),
  );
  sourced('closeFeeInMaintenance', profile.closeFeeInMaintenance, boolean);
  if (profile.bankruptcyPrice !== undefined) {
    sourced('bankruptcyPrice', profile.bankruptcyPrice, (field, value) =>
      oneOf(field, value, BANKRUPTCY_PRICE_RULES),
    );
  }
  if (profile.isolatedCloseFeeReserve !== undefined)
    sourced('isolatedCloseFeeReserve', profile.isolatedCloseFeeReserve, boolean);
  if (profile.liquidationResidual !== undefined) {
    sourced('liquidationResidual', profile.liquidationResidual, (field, value) =>
      oneOf(field, value, LIQUIDATION_RESIDUALS),
    );
  }
  sourced('takerFeeRate', profile.takerFeeRate, (field, value) => rate(field, value, '-1'));
  sourced('makerFeeRate', profile.makerFeeRate, (field, value) => rate(field, value, '-1'));
  sourced('liquidationFeeRate', profile.liquidationFeeRate, (field, value) =>
    rate(field, value, '0'),
  );
  sourced('liquidation', profile.liquidation, validateLiquidation);
  sourced('liquidationLatencyMs', profile.liquidationLatencyMs, nonNegativeInteger);
  sourced('depthNotionalPerPercent', profile.depthNotionalPerPercent, positiveDecimal);
  sourced('marginCallRatio', profile.marginCallRatio, fractionUpToOne);
  if (profile.spotMargin !== undefined) validateSpotMargin('spotMargin', profile.spotMargin);
  else if (instruments.includes('spot_margin')) {
    throw new ValidationError(
      'spotMargin',
      undefined,
      'required',
      'is required when instruments include spot_margin',
    );
  }
  sourced('insuranceFundCapacity', profile.insuranceFundCapacity, nonNegativeDecimal);
  const adl = sourced('autoDeleveraging', profile.autoDeleveraging, boolean);
  const socialized = sourced('socializedLoss', profile.socializedLoss, boolean);
  const waterfall = sourced('deficitWaterfall', profile.deficitWaterfall, validateWaterfall);
  const userLiable = sourced('userLiableForDeficit', profile.userLiableForDeficit, boolean);
  sourced('negativeBalancePromise', profile.negativeBalancePromise, (field, value) =>
    value === null ? null : text(field, value),
  );
  sourced('stopLossTypes', profile.stopLossTypes, validateStopLossTypes);

  // The flags and the waterfall describe the same process; they must not contradict. A venue
  // may run ADL for other reasons than deficits (GMX), so only user liability is two-way.
  if (waterfall !== 'unknown') {
    notDenied('autoDeleveraging.value', adl, waterfall.includes('auto_deleveraging'));
    notDenied('socializedLoss.value', socialized, waterfall.includes('socialized_loss'));
    notDenied('userLiableForDeficit.value', userLiable, waterfall.includes('user'));
    if (userLiable === true && !waterfall.includes('user')) {
      throw new ValidationError(
        'deficitWaterfall.value',
        waterfall,
        'consistent',
        "must end with 'user' when the user is liable",
      );
    }
  }
  return input as SafeguardProfile;
}

function notDenied(field: string, flag: unknown, inWaterfall: boolean): void {
  if (inWaterfall && flag === false) {
    throw new ValidationError(field, flag, 'consistent', 'is false but deficitWaterfall lists it');
  }
}

function validateLiquidation(path: string, input: unknown): void {
  const liquidation = record(path, input);
  const kind = oneOf(`${path}.kind`, liquidation.kind, ['full', 'partial'] as const);
  if (liquidation.stepFraction !== undefined) {
    const step = positiveDecimal(`${path}.stepFraction`, liquidation.stepFraction);
    if (step.greaterThan(1))
      throw new ValidationError(
        `${path}.stepFraction`,
        liquidation.stepFraction,
        'within_range',
        'must be at most 1',
      );
  }
  if (liquidation.tiersPerStep !== undefined)
    positiveInteger(`${path}.tiersPerStep`, liquidation.tiersPerStep);
  if (liquidation.stepIntervalMs !== undefined)
    nonNegativeInteger(`${path}.stepIntervalMs`, liquidation.stepIntervalMs);
  if (
    kind === 'full' &&
    (liquidation.stepFraction ?? liquidation.tiersPerStep ?? liquidation.stepIntervalMs) !==
      undefined
  ) {
    throw new ValidationError(
      `${path}.kind`,
      kind,
      'consistent',
      'a full liquidation has no partial steps',
    );
  }
}

function validateSpotMargin(path: string, input: unknown): void {
  const rules = record(path, input);
  oneOf(`${path}.levelDefinition`, rules.levelDefinition, [
    'assets_over_liabilities',
    'equity_over_used_margin',
  ] as const);
  const call = sourced(`${path}.marginCallLevel`, rules.marginCallLevel, positiveDecimal);
  const liquidation = sourced(`${path}.liquidationLevel`, rules.liquidationLevel, positiveDecimal);
  sourced(`${path}.maxLeverage`, rules.maxLeverage, (field, value) => {
    const leverage = decimal(field, value);
    if (leverage.lessThan(1))
      throw new ValidationError(field, value, 'within_range', 'must be at least 1');
    return leverage;
  });
  sourced(`${path}.hourlyInterestRate`, rules.hourlyInterestRate, (field, value) =>
    rate(field, value, '0'),
  );
  if (rules.usedMarginCurrency !== undefined) {
    sourced(`${path}.usedMarginCurrency`, rules.usedMarginCurrency, (field, value) =>
      oneOf(field, value, USED_MARGIN_CURRENCIES),
    );
  }
  if (call !== 'unknown' && liquidation !== 'unknown' && !call.greaterThan(liquidation)) {
    throw new ValidationError(
      `${path}.marginCallLevel.value`,
      (rules.marginCallLevel as Json).value,
      'consistent',
      'must be above the liquidation level',
    );
  }
}

function validateWaterfall(path: string, input: unknown): DeficitPayer[] {
  const payers = list(path, input);
  if (payers.length === 0) throw new ValidationError(path, input, 'non_empty');
  const seen = new Set<DeficitPayer>();
  return payers.map((payer, index) => {
    const known = oneOf(`${path}.${index}`, payer, DEFICIT_PAYERS);
    if (seen.has(known))
      throw new ValidationError(`${path}.${index}`, payer, 'consistent', 'is listed twice');
    seen.add(known);
    return known;
  });
}

function validateStopLossTypes(path: string, input: unknown): void {
  list(path, input).forEach((entry, index) => {
    const offer = record(`${path}.${index}`, entry);
    const type = oneOf(`${path}.${index}.type`, offer.type, STOP_TYPES);
    if (offer.premiumRate === undefined) return;
    rate(`${path}.${index}.premiumRate`, offer.premiumRate, '0');
    if (type !== 'guaranteed') {
      throw new ValidationError(
        `${path}.${index}.premiumRate`,
        offer.premiumRate,
        'consistent',
        'only a guaranteed stop has a premium',
      );
    }
  });
}
