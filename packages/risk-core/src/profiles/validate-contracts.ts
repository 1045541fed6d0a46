/**
 * A profile's contract tables: each contract's fields, its brackets (ordered, contiguous,
 * rates that rise with size) or its size-linear rule, named by their exact path.
 */
import { boolean, list, oneOf, onlyKeys, record, text } from '../checks.js';
import { Decimal } from '../decimal.js';
import { ValidationError } from '../errors.js';
import type { InstrumentKind } from '../scenario.js';
import type { BracketUnit, TierRule } from './profile.js';
import { decimal, nonNegativeDecimal, positiveDecimal, sourced } from './profile-checks.js';

type Json = Record<string, unknown>;

const TIER_RULES: readonly TierRule[] = ['deduction', 'whole_position'];
const BRACKET_UNITS: readonly BracketUnit[] = ['notional', 'contracts'];
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

export function validateContract(
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
