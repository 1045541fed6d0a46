/**
 * Checks a safeguard profile (a data file, a database row, an API payload) before anything
 * computes with it. A malformed profile is rejected with a ValidationError whose field is
 * the exact dotted path, e.g. `contracts.0.tiers.value.2.mmr`.
 */
import { Decimal, parseDecimal } from '../decimal.js';
import { ValidationError } from '../errors.js';
import {
  INSTRUMENT_KINDS as INSTRUMENTS,
  MARGIN_MODES,
  STOP_LOSS_TYPES as STOP_TYPES,
  type InstrumentKind,
} from '../scenario.js';
import {
  BANKRUPTCY_PRICE_RULES,
  LIQUIDATION_RESIDUALS,
  USED_MARGIN_CURRENCIES,
  type BracketUnit,
  type ContractListing,
  type DeficitPayer,
  type MaintenanceBasis,
  type SafeguardProfile,
  type TierRule,
} from './profile.js';

const BASES: readonly MaintenanceBasis[] = ['mark_notional', 'entry_notional'];
const TIER_RULES: readonly TierRule[] = ['deduction', 'whole_position'];
const BRACKET_UNITS: readonly BracketUnit[] = ['notional', 'contracts'];
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

const CONTRACT_KEYS = new Set([
  'asset',
  'instrument',
  'symbol',
  'contractValueUsd',
  'contractSize',
  'tablePublished',
  'tierRule',
  'bracketUnit',
  'tiers',
  'sizeLinearMargin',
]);
const TIER_KEYS = new Set(['floor', 'cap', 'maxLeverage', 'mmr', 'imr']);
const SOURCED_KEYS = new Set(['value', 'source', 'asOf', 'assumption', 'note']);

const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

type Json = Record<string, unknown>;

/** Returns the input, typed, when it is a well-formed profile; throws ValidationError otherwise. */
export function validateProfile(input: unknown): SafeguardProfile {
  const profile = record('', input);
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

function validateContract(
  path: string,
  input: unknown,
  instruments: readonly InstrumentKind[],
): void {
  const contract = record(path, input);
  onlyKeys(path, contract, CONTRACT_KEYS);
  text(`${path}.asset`, contract.asset);
  const instrument = oneOf(`${path}.instrument`, contract.instrument, [
    'linear',
    'inverse',
  ] as const);
  if (!instruments.includes(instrument)) {
    throw new ValidationError(
      `${path}.instrument`,
      instrument,
      'consistent',
      'is not listed in the profile instruments',
    );
  }
  if (contract.symbol !== undefined) text(`${path}.symbol`, contract.symbol);
  if (contract.contractValueUsd !== undefined)
    positiveDecimal(`${path}.contractValueUsd`, contract.contractValueUsd);
  if (contract.contractSize !== undefined)
    positiveDecimal(`${path}.contractSize`, contract.contractSize);
  if (contract.tablePublished !== undefined)
    boolean(`${path}.tablePublished`, contract.tablePublished);
  if (contract.tierRule !== undefined) oneOf(`${path}.tierRule`, contract.tierRule, TIER_RULES);
  if (contract.bracketUnit !== undefined)
    oneOf(`${path}.bracketUnit`, contract.bracketUnit, BRACKET_UNITS);
  sourced(`${path}.tiers`, contract.tiers, validateTiers);
  if (contract.sizeLinearMargin !== undefined) {
    sourced(`${path}.sizeLinearMargin`, contract.sizeLinearMargin, validateSizeLinear);
    if ((contract.tiers as Json).value !== 'unknown') {
      throw new ValidationError(
        `${path}.tiers.value`,
        (contract.tiers as Json).value,
        'consistent',
        "must be 'unknown' when sizeLinearMargin is given",
      );
    }
  }
}

/** Brackets start at 0, join without gaps, grow, and get stricter: mmr rises, leverage falls,
 * and maintenance stays below initial margin (mmr < 1 / maxLeverage). */
function validateTiers(path: string, input: unknown): void {
  const tiers = list(path, input);
  if (tiers.length === 0) throw new ValidationError(path, input, 'non_empty');
  let previous: { cap: Decimal | null; mmr: Decimal; maxLeverage: Decimal } | undefined;
  tiers.forEach((entry, index) => {
    const at = `${path}.${index}`;
    const tier = record(at, entry);
    onlyKeys(at, tier, TIER_KEYS);
    const floor = nonNegativeDecimal(`${at}.floor`, tier.floor);
    const cap = tier.cap === null ? null : positiveDecimal(`${at}.cap`, tier.cap);
    const maxLeverage = decimal(`${at}.maxLeverage`, tier.maxLeverage);
    if (maxLeverage.lessThan(1))
      throw new ValidationError(
        `${at}.maxLeverage`,
        tier.maxLeverage,
        'within_range',
        'must be at least 1',
      );
    const mmr = decimal(`${at}.mmr`, tier.mmr);
    if (mmr.lessThanOrEqualTo(0) || mmr.greaterThanOrEqualTo(1)) {
      throw new ValidationError(
        `${at}.mmr`,
        tier.mmr,
        'within_range',
        'must be a fraction in (0, 1), e.g. "0.004" for 0.4%',
      );
    }
    if (mmr.greaterThanOrEqualTo(new Decimal(1).dividedBy(maxLeverage))) {
      throw new ValidationError(
        `${at}.mmr`,
        tier.mmr,
        'consistent',
        'must be below the initial margin rate 1 / maxLeverage',
      );
    }
    if (tier.imr !== undefined) {
      const imr = decimal(`${at}.imr`, tier.imr);
      if (imr.lessThanOrEqualTo(mmr) || imr.greaterThan(1)) {
        throw new ValidationError(
          `${at}.imr`,
          tier.imr,
          'consistent',
          'must be above mmr and at most 1',
        );
      }
      // Venues round one or the other (OKX: 75x <-> 1.33%), so they agree within 1%.
      if (maxLeverage.times(imr).minus(1).abs().greaterThan('0.01')) {
        throw new ValidationError(
          `${at}.imr`,
          tier.imr,
          'consistent',
          'must be 1 / maxLeverage (within rounding)',
        );
      }
    }
    if (cap !== null && cap.lessThanOrEqualTo(floor)) {
      throw new ValidationError(`${at}.cap`, tier.cap, 'consistent', 'must be above the floor');
    }
    if (previous === undefined) {
      if (!floor.isZero())
        throw new ValidationError(
          `${at}.floor`,
          tier.floor,
          'consistent',
          'the first bracket must start at 0',
        );
    } else {
      if (previous.cap === null) {
        throw new ValidationError(
          `${path}.${index - 1}.cap`,
          null,
          'consistent',
          'only the last bracket may be open-ended',
        );
      }
      if (!floor.equals(previous.cap)) {
        throw new ValidationError(
          `${at}.floor`,
          tier.floor,
          'consistent',
          "must equal the previous bracket's cap",
        );
      }
      if (mmr.lessThan(previous.mmr)) {
        throw new ValidationError(
          `${at}.mmr`,
          tier.mmr,
          'consistent',
          "must not be below the previous bracket's mmr",
        );
      }
      if (maxLeverage.greaterThan(previous.maxLeverage)) {
        throw new ValidationError(
          `${at}.maxLeverage`,
          tier.maxLeverage,
          'consistent',
          "must not exceed the previous bracket's maxLeverage",
        );
      }
    }
    previous = { cap, mmr, maxLeverage };
  });
}

function validateSizeLinear(path: string, input: unknown): void {
  const rule = record(path, input);
  text(`${path}.sizeUnit`, rule.sizeUnit);
  const initialBase = positiveDecimal(`${path}.initialBase`, rule.initialBase);
  nonNegativeDecimal(`${path}.initialPerUnit`, rule.initialPerUnit);
  const maintenanceBase = positiveDecimal(`${path}.maintenanceBase`, rule.maintenanceBase);
  nonNegativeDecimal(`${path}.maintenancePerUnit`, rule.maintenancePerUnit);
  if (maintenanceBase.greaterThanOrEqualTo(initialBase)) {
    throw new ValidationError(
      `${path}.maintenanceBase`,
      rule.maintenanceBase,
      'consistent',
      'must be below initialBase',
    );
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

/** A Sourced<T>: provenance checked, then the value ('unknown' or checked by `check`). */
function sourced<T>(
  path: string,
  input: unknown,
  check: (field: string, value: unknown) => T,
): T | 'unknown' {
  const field = record(path, input);
  onlyKeys(path, field, SOURCED_KEYS);
  text(`${path}.source`, field.source);
  isoDate(`${path}.asOf`, field.asOf);
  if (field.assumption !== undefined) boolean(`${path}.assumption`, field.assumption);
  if (field.note !== undefined) text(`${path}.note`, field.note);
  if (!('value' in field)) throw new ValidationError(`${path}.value`, undefined, 'required');
  if (field.value === 'unknown') return 'unknown';
  return check(`${path}.value`, field.value);
}

/** A misspelt key would otherwise be silently ignored (and its intended value lost). */
function onlyKeys(path: string, input: Json, allowed: ReadonlySet<string>): void {
  for (const key of Object.keys(input)) {
    if (!allowed.has(key)) {
      throw new ValidationError(
        path === '' ? key : `${path}.${key}`,
        input[key],
        'one_of',
        'is not a known field here',
      );
    }
  }
}

function record(path: string, input: unknown): Json {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new ValidationError(
      path === '' ? 'profile' : path,
      input,
      'required',
      'must be an object',
    );
  }
  return input as Json;
}

function list(path: string, input: unknown): unknown[] {
  if (!Array.isArray(input)) throw new ValidationError(path, input, 'required', 'must be a list');
  return input;
}

function text(path: string, input: unknown): string {
  if (typeof input !== 'string') throw new ValidationError(path, input, 'required', 'must be text');
  if (input.trim().length === 0) throw new ValidationError(path, input, 'non_empty');
  return input;
}

function boolean(path: string, input: unknown): boolean {
  if (typeof input !== 'boolean')
    throw new ValidationError(path, input, 'one_of', 'must be true or false');
  return input;
}

function oneOf<T extends string>(path: string, input: unknown, allowed: readonly T[]): T {
  if (typeof input !== 'string' || !(allowed as readonly string[]).includes(input)) {
    throw new ValidationError(path, input, 'one_of', `must be one of ${allowed.join(', ')}`);
  }
  return input as T;
}

function enumList<T extends string>(path: string, input: unknown, allowed: readonly T[]): T[] {
  const items = list(path, input);
  if (items.length === 0) throw new ValidationError(path, input, 'non_empty');
  return items.map((item, index) => oneOf(`${path}.${index}`, item, allowed));
}

/** Profiles store decimals as strings only (a JS number would already have lost digits). */
function decimal(path: string, input: unknown): Decimal {
  if (typeof input !== 'string') throw new ValidationError(path, input, 'decimal_string');
  return parseDecimal(path, input);
}

function positiveDecimal(path: string, input: unknown): Decimal {
  const value = decimal(path, input);
  if (value.lessThanOrEqualTo(0)) throw new ValidationError(path, input, 'positive');
  return value;
}

function nonNegativeDecimal(path: string, input: unknown): Decimal {
  const value = decimal(path, input);
  if (value.isNegative()) throw new ValidationError(path, input, 'non_negative');
  return value;
}

/** A rate as a fraction below 1; `min` is -1 for fees (maker rebates are negative). */
function rate(path: string, input: unknown, min: '0' | '-1'): Decimal {
  const value = decimal(path, input);
  if (value.lessThan(min) || value.greaterThanOrEqualTo(1)) {
    throw new ValidationError(path, input, 'within_range', `must be a fraction in [${min}, 1)`);
  }
  return value;
}

function fractionUpToOne(path: string, input: unknown): Decimal {
  const value = positiveDecimal(path, input);
  if (value.greaterThan(1))
    throw new ValidationError(path, input, 'within_range', 'must be a fraction in (0, 1]');
  return value;
}

function positiveInteger(path: string, input: unknown): number {
  if (typeof input !== 'number' || !Number.isInteger(input))
    throw new ValidationError(path, input, 'integer');
  if (input < 1) throw new ValidationError(path, input, 'positive');
  return input;
}

function nonNegativeInteger(path: string, input: unknown): number {
  if (typeof input !== 'number' || !Number.isInteger(input))
    throw new ValidationError(path, input, 'integer');
  if (input < 0) throw new ValidationError(path, input, 'non_negative');
  return input;
}

/** YYYY-MM-DD naming a real calendar day. */
function isoDate(path: string, input: unknown): string {
  const match = typeof input === 'string' ? ISO_DATE_PATTERN.exec(input) : null;
  if (match === null) throw new ValidationError(path, input, 'iso_date');
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    throw new ValidationError(path, input, 'iso_date');
  }
  return input as string;
}
