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

/** A one-tier schedule from the user's figure: MM = notional x rate - amount, at any size. */
function userSchedule(
  figure: UserMarginFigure,
  leverage: Decimal,
  contract: ContractTiers | undefined,
): MarginSchedule {
  return {
    tiers: [
      {
        index: 0,
        floor: ZERO,
        cap: null,
        maxLeverage: leverage,
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
  const contract = findContract(profile, asset, instrument);
  if (figure !== null) return userSchedule(figure, position.leverage, contract);
  if (contract === undefined) {
    if (profile.contractListing?.value === 'complete') {
      const listed = profile.contracts
        .filter((c) => c.instrument === instrument)
        .map((c) => c.asset);
      throw new ValidationError(
        `${field}.asset`,
        asset,
        'not_listed',
        listed.length === 0
          ? `${profile.exchange} ${profile.product} lists no ${instrument} contract`
          : `${profile.exchange} ${profile.product} does not list a ${asset} ${instrument} contract; it lists ${listed.join(', ')}`,
      );
    }
    throw new ValidationError(
      `${field}.asset`,
      asset,
      'needs_margin_figure',
      `belowzero has no record of a ${asset} ${instrument} contract on ${profile.exchange}; if your exchange lists it, ${FIGURE_HINT}`,
    );
  }
  if (contract.tiers.value === 'unknown' && contract.sizeLinearMargin === undefined) {
    throw new ValidationError(
      `${field}.asset`,
      asset,
      'needs_margin_figure',
      contract.tablePublished === false
        ? `${profile.exchange} does not publish a margin tier table for ${asset}; ${FIGURE_HINT}`
        : `belowzero has no margin tier table for ${asset} on ${profile.exchange} yet; ${FIGURE_HINT}`,
    );
  }
  return marginScheduleFor(contract, position.sizeInBaseUnits, `${field}.asset`);
}
