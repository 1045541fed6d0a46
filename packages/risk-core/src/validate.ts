/**
 * validateScenario: every field of a ScenarioInput checked against the rules and against the
 * exchange profile, before any arithmetic. Returns parsed Decimals, or throws a
 * ValidationError naming the field by its dotted path (e.g. "account.positions.0.leverage"),
 * the value and the rule. Whatever `input` is, nothing else is ever thrown.
 */
import { absent, assetSymbol, list, optionalDecimal, record, requiredDecimal } from './checks.js';
import { type ParsedPosition, validatePosition } from './validate-position.js';
import { Decimal, ZERO } from './decimal.js';
import { ValidationError } from './errors.js';
import { CASH_ASSETS, MAX_HOLDINGS, MAX_POSITIONS } from './methodology.js';
import type { SafeguardProfile } from './profiles/profile.js';
import type {
  ValidatedCosts,
  ValidatedHolding,
  ValidatedPosition,
  ValidatedScenario,
} from './validated-scenario.js';
import { SCENARIO_SCHEMA_VERSION } from './scenario.js';

export type {
  ValidatedCosts,
  ValidatedHolding,
  ValidatedPosition,
  ValidatedScenario,
  ValidatedStopLoss,
} from './validated-scenario.js';

const DEFAULT_FUNDING_INTERVAL_HOURS = new Decimal(8);

/** Checks a scenario against the rules and the profile; see the module comment. */
export function validateScenario(input: unknown, profile: SafeguardProfile): ValidatedScenario {
  const root = record('', input, 'scenario');
  const schemaVersion = root.schemaVersion;
  if (schemaVersion !== SCENARIO_SCHEMA_VERSION)
    throw new ValidationError('schemaVersion', schemaVersion, 'schema_version');
  const exchange = root.exchange;
  if (typeof exchange !== 'string' || exchange.trim() === '')
    throw new ValidationError('exchange', exchange, 'required');
  const account = record('account', root.account);

  const walletBalance =
    optionalDecimal('account.walletBalance', account.walletBalance, 'non_negative') ?? ZERO;
  const holdingInputs = list(
    'account.holdings',
    absent(account.holdings) ? [] : account.holdings,
    MAX_HOLDINGS,
  );
  const positionInputs = list('account.positions', account.positions, MAX_POSITIONS);
  if (positionInputs.length === 0 && holdingInputs.length === 0) {
    throw new ValidationError(
      'account.positions',
      account.positions,
      'non_empty',
      'give at least one position or holding',
    );
  }
  const costs = validateCosts(account.costs);
  const parsed = positionInputs.map((p, i) => validatePosition(p, i, profile));
  const positions = parsed.map((p) => p.position);
  const holdings = holdingInputs.map((h, i) => validateHolding(h, i, profile));

  checkSettlement(positions, holdings);
  checkCrossPool(positions);
  const prices = currentPrices(parsed, holdings);
  for (const position of positions)
    position.markPrice = prices.get(position.asset) ?? position.entryPrice;
  const inverse = positions.find((p) => p.instrument === 'inverse');

  return {
    schemaVersion,
    exchange,
    walletBalance,
    holdings,
    positions,
    costs,
    prices,
    settlementAsset: inverse === undefined ? profile.settlementCurrency : inverse.asset,
  };
}

function validateHolding(
  input: unknown,
  index: number,
  profile: SafeguardProfile,
): ValidatedHolding {
  const field = `account.holdings.${index}`;
  const h = record(field, input);
  const asset = assetSymbol(`${field}.asset`, h.asset);
  return {
    asset,
    quantity: requiredDecimal(`${field}.quantity`, h.quantity, 'non_negative'),
    price: requiredDecimal(`${field}.price`, h.price, 'non_negative'),
    cash: asset === profile.settlementCurrency.toUpperCase() || CASH_ASSETS.includes(asset),
  };
}

function validateCosts(input: unknown): ValidatedCosts {
  if (absent(input)) {
    return {
      tradingFees: false,
      fundingRatePerInterval: ZERO,
      fundingIntervalHours: DEFAULT_FUNDING_INTERVAL_HOURS,
      holdingHours: ZERO,
      borrowInterest: false,
    };
  }
  const c = record('account.costs', input);
  if (typeof c.tradingFees !== 'boolean')
    throw new ValidationError(
      'account.costs.tradingFees',
      c.tradingFees,
      'required',
      'must be true or false',
    );
  if (!absent(c.borrowInterest) && typeof c.borrowInterest !== 'boolean') {
    throw new ValidationError(
      'account.costs.borrowInterest',
      c.borrowInterest,
      'one_of',
      'must be true or false',
    );
  }
  return {
    tradingFees: c.tradingFees,
    fundingRatePerInterval:
      optionalDecimal('account.costs.fundingRatePerInterval', c.fundingRatePerInterval, null) ??
      ZERO,
    fundingIntervalHours:
      optionalDecimal('account.costs.fundingIntervalHours', c.fundingIntervalHours, 'positive') ??
      DEFAULT_FUNDING_INTERVAL_HOURS,
    holdingHours:
      optionalDecimal('account.costs.holdingHours', c.holdingHours, 'non_negative') ?? ZERO,
    borrowInterest: c.borrowInterest === true,
  };
}

/** Money figures share one currency: an inverse scenario is one coin's inverse contracts only. */
function checkSettlement(positions: ValidatedPosition[], holdings: ValidatedHolding[]): void {
  const inverse = positions.find((p) => p.instrument === 'inverse');
  if (inverse === undefined) return;
  for (const p of positions) {
    if (p.instrument !== 'inverse') {
      throw new ValidationError(
        `${p.field}.instrument`,
        p.instrument,
        'consistent',
        'inverse (coin-margined) positions cannot be mixed with other instruments',
      );
    }
    if (p.asset !== inverse.asset) {
      throw new ValidationError(
        `${p.field}.asset`,
        p.asset,
        'consistent',
        `inverse positions must all settle in ${inverse.asset}`,
      );
    }
  }
  if (holdings.length > 0) {
    throw new ValidationError(
      'account.holdings',
      holdings.length,
      'consistent',
      'an inverse account holds its coin as wallet balance, not as holdings',
    );
  }
}

/** One cross balance backs either derivatives or a spot-margin account, not both. */
function checkCrossPool(positions: ValidatedPosition[]): void {
  const cross = positions.filter((p) => p.marginMode === 'cross' && p.instrument !== 'spot');
  const first = cross[0];
  if (first === undefined) return;
  const spotMargin = first.instrument === 'spot_margin';
  for (const p of cross) {
    if ((p.instrument === 'spot_margin') !== spotMargin) {
      throw new ValidationError(
        `${p.field}.marginMode`,
        p.marginMode,
        'consistent',
        'one cross balance cannot back both spot margin and derivatives',
      );
    }
  }
}

/** One current price per asset: the positions' mark price (all given ones must agree), else
 * the first position's average entry, else a holding's price (which must agree as well). */
function currentPrices(
  parsed: ParsedPosition[],
  holdings: ValidatedHolding[],
): Map<string, Decimal> {
  const prices = new Map<string, Decimal>();
  for (const { position, givenMark } of parsed) {
    if (givenMark === null) continue;
    const previous = prices.get(position.asset);
    if (previous !== undefined && !previous.equals(givenMark)) {
      throw new ValidationError(
        `${position.field}.markPrice`,
        givenMark.toFixed(),
        'consistent',
        `another position gives ${position.asset} the price ${previous.toFixed()}`,
      );
    }
    prices.set(position.asset, givenMark);
  }
  for (const { position } of parsed)
    if (!prices.has(position.asset)) prices.set(position.asset, position.entryPrice);
  holdings.forEach((h, i) => {
    if (h.cash) return;
    const known = prices.get(h.asset);
    if (known === undefined) prices.set(h.asset, h.price);
    else if (!known.equals(h.price)) {
      throw new ValidationError(
        `account.holdings.${i}.price`,
        h.price.toFixed(),
        'consistent',
        `the positions give ${h.asset} the price ${known.toFixed()}`,
      );
    }
  });
  return prices;
}
