/**
 * Margin tiers (brackets): which maintenance rate applies to a position of a given size,
 * and the maintenance amount (cum) that keeps tiered maintenance continuous.
 *
 * Binance, Bybit ("MM deduction"): MM = notional * mmr_i - cum_i with
 *   cum_i = cum_{i-1} + floor_i * (mmr_i - mmr_{i-1})   (cum_0 = 0)
 * BitMEX, OKX (`tierRule: 'whole_position'`): MM = notional * mmr_i, cum = 0.
 * Deribit (`sizeLinearMargin`): one rate that grows with size, rate = base + size * perUnit.
 */
import { Decimal, ONE, ZERO, parseDecimal } from '../decimal.js';
import { ValidationError } from '../errors.js';
import type {
  ContractTiers,
  MarginTierInput,
  SafeguardProfile,
  SizeLinearMargin,
  TierRule,
} from '../profiles/profile.js';
import type { InstrumentKind } from '../scenario.js';
import { perObject } from '../memo.js';

export interface MarginTier {
  /** 0-based position in the table (the venue's "level 1" is index 0). */
  index: number;
  floor: Decimal;
  /** Exclusive upper bound; null for an open-ended last bracket. */
  cap: Decimal | null;
  maxLeverage: Decimal;
  /** Maintenance margin rate (fraction). */
  mmr: Decimal;
  /** Maintenance amount (deduction). */
  cum: Decimal;
  /** Initial margin rate (fraction): the published imr, else 1 / maxLeverage; for a
   * size-linear table the initial rate at the position's size. */
  imr: Decimal;
}

/**
 * What the bracket bounds measure: `notional` (quote for linear, coin for inverse; follows
 * the mark price or the entry price per the profile's maintenance basis), `contracts` (a
 * count, fixed by the size) or `size` (the one computed tier of a size-linear table).
 */
export type BracketMeasure = 'notional' | 'contracts' | 'size';

export interface MarginSchedule {
  tiers: MarginTier[];
  measure: BracketMeasure;
  rule: TierRule | 'size_linear';
  /** A non-null cap on the last bracket: the published table ends there. */
  bounded: boolean;
  /** Contract face value in USD (inverse, bracket measure `contracts`). */
  contractValueUsd: Decimal | null;
  /** Base-coin amount of one linear contract (bracket measure `contracts`). */
  contractSize: Decimal | null;
  source: string;
  /** ISO date of the venue figures (null for the user's own figure). */
  asOf: string | null;
}

/** cum_i = cum_{i-1} + floor_i * (mmr_i - mmr_{i-1}) (the published recurrence). */
export function nextMaintenanceAmount(
  previousCum: Decimal,
  floor: Decimal,
  mmr: Decimal,
  previousMmr: Decimal,
): Decimal {
  return previousCum.plus(floor.times(mmr.minus(previousMmr)));
}

/** Parses a published bracket table and derives each bracket's maintenance amount. */
export function deriveTiers(
  brackets: readonly MarginTierInput[],
  rule: TierRule = 'deduction',
  field = 'tiers',
): MarginTier[] {
  const tiers: MarginTier[] = [];
  brackets.forEach((bracket, index) => {
    const at = `${field}.${index}`;
    const floor = parseDecimal(`${at}.floor`, bracket.floor);
    const cap = bracket.cap === null ? null : parseDecimal(`${at}.cap`, bracket.cap);
    const maxLeverage = parseDecimal(`${at}.maxLeverage`, bracket.maxLeverage);
    const mmr = parseDecimal(`${at}.mmr`, bracket.mmr);
    if (!maxLeverage.greaterThan(0))
      throw new ValidationError(`${at}.maxLeverage`, bracket.maxLeverage, 'positive');
    if (mmr.isNegative()) throw new ValidationError(`${at}.mmr`, bracket.mmr, 'non_negative');
    const previous = tiers[index - 1];
    if (previous !== undefined && !floor.equals(previous.cap ?? floor.minus(1))) {
      throw new ValidationError(
        `${at}.floor`,
        bracket.floor,
        'consistent',
        "must equal the previous bracket's cap",
      );
    }
    const cum =
      rule === 'whole_position' || previous === undefined
        ? ZERO
        : nextMaintenanceAmount(previous.cum, floor, mmr, previous.mmr);
    // A published initial rate is exact where the leverage is rounded (BitMEX 66.66x = 1.5%).
    const imr =
      bracket.imr === undefined ? ONE.div(maxLeverage) : parseDecimal(`${at}.imr`, bracket.imr);
    tiers.push({ index, floor, cap, maxLeverage, mmr, cum, imr });
  });
  if (tiers.length === 0) throw new ValidationError(field, brackets, 'non_empty');
  return tiers;
}

/**
 * Index of the bracket holding `measure` (floor <= measure < cap). A measure past a bounded
 * table's last cap returns -1 (no published tier); below the first floor returns 0.
 */
export function tierIndexFor(schedule: MarginSchedule, measure: Decimal): number {
  const { tiers } = schedule;
  for (const tier of tiers) {
    if (tier.cap === null || measure.lessThan(tier.cap)) return tier.index;
  }
  return -1;
}

/** Like tierIndexFor, but a measure past the table uses its last bracket. */
export function tierFor(schedule: MarginSchedule, measure: Decimal): MarginTier {
  const index = tierIndexFor(schedule, measure);
  const tiers = schedule.tiers;
  return (index < 0 ? tiers[tiers.length - 1] : tiers[index]) as MarginTier;
}

/** MM = notional * mmr - cum (cum = 0 for whole-position tables). */
export function maintenanceMargin(notional: Decimal, tier: MarginTier): Decimal {
  return notional.times(tier.mmr).minus(tier.cum);
}

/** The profile's tier table for an asset, falling back to its '*' table. */
export function findContract(
  profile: SafeguardProfile,
  asset: string,
  instrument: Extract<InstrumentKind, 'linear' | 'inverse'>,
): ContractTiers | undefined {
  const candidates = profile.contracts.filter((c) => c.instrument === instrument);
  return (
    candidates.find((c) => c.asset.toUpperCase() === asset.toUpperCase()) ??
    candidates.find((c) => c.asset === '*')
  );
}

/**
 * The margin schedule of one position: the contract's brackets, or for a size-linear
 * (Deribit) contract the single tier its size gives. Throws a ValidationError on `field`
 * when the venue publishes no usable table.
 *
 * @param sizeInBaseUnits the position size in the asset's base units (for size-linear rates).
 */
export function marginScheduleFor(
  contract: ContractTiers,
  sizeInBaseUnits: Decimal,
  field: string,
): MarginSchedule {
  const contractValueUsd = contractValueOf(contract);
  const sizeLinear = contract.sizeLinearMargin;
  if (sizeLinear !== undefined && sizeLinear.value !== 'unknown') {
    const rates = sizeLinearRates(sizeLinear.value);
    const imr = rates.initialBase.plus(sizeInBaseUnits.times(rates.initialPerUnit));
    const mmr = rates.maintenanceBase.plus(sizeInBaseUnits.times(rates.maintenancePerUnit));
    const tier: MarginTier = {
      index: 0,
      floor: ZERO,
      cap: null,
      maxLeverage: ONE.div(imr),
      mmr,
      cum: ZERO,
      imr,
    };
    return {
      tiers: [tier],
      measure: 'size',
      rule: 'size_linear',
      bounded: false,
      contractValueUsd,
      contractSize: contractSizeOf(contract),
      source: sizeLinear.source,
      asOf: sizeLinear.asOf,
    };
  }
  if (contract.tiers.value === 'unknown') {
    throw new ValidationError(field, contract.asset, 'needs_margin_figure');
  }
  if (
    contract.bracketUnit === 'contracts' &&
    contractValueUsd === null &&
    contract.contractSize === undefined
  ) {
    throw new ValidationError(
      field,
      contract.asset,
      'unsupported_instrument',
      'its tiers count contracts of an unpublished size',
    );
  }
  return bracketSchedule(contract);
}

/** A size-linear contract's four published rates, parsed once per rates object. */
const sizeLinearRates = perObject((rates: SizeLinearMargin) => ({
  initialBase: parseDecimal('initialBase', rates.initialBase),
  initialPerUnit: parseDecimal('initialPerUnit', rates.initialPerUnit),
  maintenanceBase: parseDecimal('maintenanceBase', rates.maintenanceBase),
  maintenancePerUnit: parseDecimal('maintenancePerUnit', rates.maintenancePerUnit),
}));

function contractValueOf(contract: ContractTiers): Decimal | null {
  return contract.contractValueUsd === undefined
    ? null
    : parseDecimal('contractValueUsd', contract.contractValueUsd);
}

function contractSizeOf(contract: ContractTiers): Decimal | null {
  return contract.contractSize === undefined
    ? null
    : parseDecimal('contractSize', contract.contractSize);
}

/** A contract's published bracket table, parsed and with its maintenance amounts derived once
 * per contract object (every position on the contract shares it; it is frozen). Called only
 * once marginScheduleFor has checked that the table is published and measurable. */
const bracketSchedule = perObject((contract: ContractTiers): MarginSchedule => {
  const brackets = contract.tiers.value === 'unknown' ? [] : contract.tiers.value;
  const tiers = deriveTiers(
    brackets,
    contract.tierRule ?? 'deduction',
    `contracts.${contract.asset}.tiers`,
  ).map((tier) => Object.freeze(tier));
  const last = tiers[tiers.length - 1] as MarginTier;
  return Object.freeze({
    tiers: Object.freeze(tiers) as MarginTier[],
    measure: contract.bracketUnit === 'contracts' ? 'contracts' : 'notional',
    rule: contract.tierRule ?? 'deduction',
    bounded: last.cap !== null,
    contractValueUsd: contractValueOf(contract),
    contractSize: contractSizeOf(contract),
    source: contract.tiers.source,
    asOf: contract.tiers.asOf,
  });
});
