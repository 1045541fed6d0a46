/**
 * The engine's formula version and the few modelling constants every result depends on.
 * Bump METHODOLOGY_VERSION whenever a formula or one of these constants changes, so a
 * stored result can be told apart from one computed under different rules.
 */
/** 1.1.0: the venue rules of profile fields bankruptcyPrice, isolatedCloseFeeReserve,
 * spotMargin.usedMarginCurrency and liquidationResidual (absent residual = unknown: the margin
 * left after a liquidation counts as lost, where 1.0.0 returned it less the liquidation fee). */
export const METHODOLOGY_VERSION = '1.1.0';

/** Limits on one scenario, so a hostile input cannot cost unbounded time. */
export const MAX_POSITIONS = 20;
export const MAX_ADDS_PER_POSITION = 20;
export const MAX_HOLDINGS = 50;

/** Leverage at or above this fraction of the tier's maximum earns a warning. */
export const LEVERAGE_NEAR_MAX_FRACTION = '0.9';

/**
 * The gap behind `worstCase`: an asset the account is long of opens at zero; an asset the
 * account is short of opens at three times its price (+200%). A short's loss has no ceiling,
 * so some finite jump must be chosen; +200% is past the bankruptcy price of every short of
 * 1x or more (a 1x linear short is bankrupt at +100%), so every short shows its deficit.
 * An inverse long's loss in coin is unbounded as the price nears zero, so its gap is -99%.
 */
export const WORST_CASE_GAP = {
  longPriceFactor: '0',
  inverseLongPriceFactor: '0.01',
  shortPriceFactor: '3',
} as const;

/** Assets treated as cash (their value does not move in a gap), besides the profile's
 * settlement currency. */
export const CASH_ASSETS: readonly string[] = ['USD', 'USDT', 'USDC'];

/** Venue tier figures older than this many days are flagged in the answer as possibly stale. */
export const STALE_VENUE_DATA_DAYS = 30;

/**
 * What the engine does not model, said with every answer that leaves the app (the MCP tools):
 * each is a way the real outcome can differ from belowzero's figure.
 */
export const NOT_MODELLED: readonly string[] = [
  'the venue itself failing: insolvency, a hack or frozen withdrawals (custody risk, not margin risk)',
  'portfolio margin and multi-collateral haircuts: each account is margined in one settlement currency',
  'funding and borrow interest other than the rates the scenario gives',
  'the order book: a liquidation or stop fills with slippage from an assumed depth per venue',
  'a mark price apart from the path: the path price is taken as the mark price',
  "fee discounts and VIP tiers: the profile's published taker fee is used",
  'which traders auto-deleveraging closes: only that it covers the rest of a deficit',
];
