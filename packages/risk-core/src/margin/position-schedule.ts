/**
 * Which margin schedule a derivative position uses, and, when there is none, a refusal that
 * says why and what to do: the venue does not list the contract (with what it does list), the
 * venue does not publish a table, or belowzero does not hold one yet. In the last two cases the
 * user's own figure (the maintenance margin rate their exchange shows) answers instead.
 */
import { type Decimal, ONE, ZERO } from '../decimal.js';
import { ValidationError } from '../errors.js';
import type { ContractTiers, SafeguardProfile } from '../profiles/profile.js';
import { findContract, marginScheduleFor, type MarginSchedule } from './tiers.js';

export const USER_FIGURE_SOURCE = "your exchange's own figure (entered by you)";

export interface UserMarginFigure {
  rate: Decimal;
  amount: Decimal;
}

/**
 * A one-tier schedule from the user's figure: MM = notional x rate - amount, at any size. Its
 * max leverage is the venue's highest (its table's first tier) where belowzero holds the table;
 * otherwise it is not known and the position's own leverage stands in, so nothing is refused.
 */
function userSchedule(
  figure: UserMarginFigure,
  leverage: Decimal,
  contract: ContractTiers | undefined,
  venueMaxLeverage: Decimal | null,
): MarginSchedule {
  return {
    tiers: [
      {
        index: 0,
        floor: ZERO,
        cap: null,
        maxLeverage: venueMaxLeverage ?? leverage,
        mmr: figure.rate,
        cum: figure.amount,
        imr: ONE.div(leverage),
      },
    ],
    measure: 'notional',
    rule: 'deduction',
    bounded: false,
    contractValueUsd: null,
    contractSize: null,
    asOf: null,
    source:
      contract === undefined
        ? USER_FIGURE_SOURCE
        : `${USER_FIGURE_SOURCE}; in place of ${contract.tiers.source}`,
  };
}

const FIGURE_HINT = 'enter the maintenance margin rate your exchange shows for this position';

/** What belowzero holds for a contract, before any figure of the user's. */
export type ContractCoverage =
  | { kind: 'table'; contract: ContractTiers }
  /** The venue's complete listing has no such contract; `listed` is what it does list. */
  | { kind: 'not_listed'; listed: string[] }
  /** No record of the contract, and the listing belowzero holds is partial. */
  | { kind: 'no_record' }
  /** Listed, but belowzero holds no table (yet). */
  | { kind: 'no_table'; contract: ContractTiers }
  /** Listed, and the venue publishes no table for it. */
  | { kind: 'unpublished'; contract: ContractTiers };

export function contractCoverage(
  profile: SafeguardProfile,
  asset: string,
  instrument: 'linear' | 'inverse',
): ContractCoverage {
  const contract = findContract(profile, asset, instrument);
  if (contract === undefined) {
    if (profile.contractListing?.value !== 'complete') return { kind: 'no_record' };
    const listed = profile.contracts.filter((c) => c.instrument === instrument).map((c) => c.asset);
    return { kind: 'not_listed', listed };
  }
  if (contract.tiers.value !== 'unknown' || contract.sizeLinearMargin !== undefined)
    return { kind: 'table', contract };
  return contract.tablePublished === false
    ? { kind: 'unpublished', contract }
    : { kind: 'no_table', contract };
}

export function positionSchedule(
  profile: SafeguardProfile,
  position: {
    field: string;
    asset: string;
    instrument: 'linear' | 'inverse';
    leverage: Decimal;
    sizeInBaseUnits: Decimal;
    figure: UserMarginFigure | null;
  },
): MarginSchedule {
  const { field, asset, instrument, figure } = position;
  const coverage = contractCoverage(profile, asset, instrument);
  if (figure !== null) {
    const venueMax =
      coverage.kind === 'table'
        ? (marginScheduleFor(coverage.contract, position.sizeInBaseUnits, `${field}.asset`).tiers[0]
            ?.maxLeverage ?? null)
        : null;
    return userSchedule(
      figure,
      position.leverage,
      'contract' in coverage ? coverage.contract : undefined,
      venueMax,
    );
  }
  if (coverage.kind === 'table')
    return marginScheduleFor(coverage.contract, position.sizeInBaseUnits, `${field}.asset`);
  const refuse = (rule: 'not_listed' | 'needs_margin_figure', detail: string) =>
    new ValidationError(`${field}.asset`, asset, rule, detail);
  switch (coverage.kind) {
    case 'not_listed':
      throw refuse(
        'not_listed',
        coverage.listed.length === 0
          ? `${profile.exchange} ${profile.product} lists no ${instrument} contract`
          : `${profile.exchange} ${profile.product} does not list a ${asset} ${instrument} contract; it lists ${coverage.listed.join(', ')}`,
      );
    case 'no_record':
      throw refuse(
        'needs_margin_figure',
        `belowzero has no record of a ${asset} ${instrument} contract on ${profile.exchange}; if your exchange lists it, ${FIGURE_HINT}`,
      );
    case 'unpublished':
      throw refuse(
        'needs_margin_figure',
        `${profile.exchange} does not publish a margin tier table for ${asset}; ${FIGURE_HINT}`,
      );
    case 'no_table':
      throw refuse(
        'needs_margin_figure',
        `belowzero has no margin tier table for ${asset} on ${profile.exchange} yet; ${FIGURE_HINT}`,
      );
  }
}
