/**
 * The tools' inputs as JSON schemas (zod, which the MCP SDK publishes as JSON Schema): the
 * structure of risk-core's ScenarioInput, PricePathInput and Monte Carlo options, nothing more.
 * Values (decimals, ranges, what a venue offers) are checked by risk-core itself, which names
 * the field of any problem. test/shapes.test.ts fails to compile when these drift from
 * risk-core's types, so a field added there cannot be forgotten here.
 */
import {
  INSTRUMENT_KINDS,
  MARGIN_MODES,
  SCENARIO_SCHEMA_VERSION,
  SIDES,
  STOP_LOSS_TYPES,
} from '@belowzero/risk-core';
import { z } from 'zod';

const decimal = (what: string) => z.string().describe(`${what}, a decimal written as a string`);

const stopLoss = z.object({
  type: z.enum(STOP_LOSS_TYPES),
  triggerPrice: decimal('Price at which the stop triggers'),
  limitPrice: decimal('Worst acceptable fill of a limit stop').optional(),
});

const position = z.object({
  asset: z.string().describe('Asset symbol, e.g. "BTC"'),
  instrument: z.enum(INSTRUMENT_KINDS),
  side: z.enum(SIDES),
  entryPrice: decimal('Entry price'),
  size: decimal('Size: coins for spot, spot margin and linear; USD for inverse').optional(),
  amount: decimal("The user's own money put in (quote currency; coin for inverse)").optional(),
  leverage: decimal('Leverage; "1" for spot'),
  marginMode: z.enum(MARGIN_MODES),
  markPrice: decimal('Current (mark) price; default the entry price').optional(),
  extraMargin: decimal('Margin added to an isolated position').optional(),
  stopLoss: stopLoss.optional(),
  adds: z
    .array(z.object({ price: decimal('Price of the added fill'), size: decimal('Size added') }))
    .optional(),
  maintenanceMarginRate: decimal(
    "The maintenance rate the user's exchange shows, as a fraction; replaces the tier table",
  ).optional(),
  maintenanceAmount: decimal('The maintenance amount shown beside that rate').optional(),
});

export const scenarioInput = z
  .object({
    schemaVersion: z.number().int().describe(`Scenario format version: ${SCENARIO_SCHEMA_VERSION}`),
    exchange: z.string().describe('Exchange profile slug, e.g. "bybit-linear" (list_exchanges)'),
    account: z.object({
      walletBalance: decimal("Cash in the margin wallet beyond the positions' margin").optional(),
      holdings: z
        .array(
          z.object({
            asset: z.string(),
            quantity: decimal('Quantity held'),
            price: decimal('Price in the quote currency; "1" for the quote currency'),
          }),
        )
        .optional(),
      positions: z.array(position),
      costs: z
        .object({
          tradingFees: z.boolean(),
          fundingRatePerInterval: decimal(
            'Funding paid per interval, fraction of notional',
          ).optional(),
          fundingIntervalHours: decimal('Hours between funding payments').optional(),
          holdingHours: decimal('Holding period over which funding and interest accrue').optional(),
          borrowInterest: z.boolean().optional(),
        })
        .optional(),
    }),
  })
  .describe('A position or account on one exchange (belowzero ScenarioInput)');

const pathCommon = {
  asset: z
    .string()
    .describe("Asset that moves; default every asset (or the first position's)")
    .optional(),
};

export const pricePathInput = z
  .discriminatedUnion('kind', [
    z.object({
      ...pathCommon,
      kind: z.literal('shock'),
      dropPercent: decimal('Fall in % of the starting price (negative: a rise), at most 100'),
      durationMs: z.number().int().describe('Time the move takes, in milliseconds'),
      steps: z.number().int().describe('Equal moves; 1 is a gap. Default 60').optional(),
    }),
    z.object({
      ...pathCommon,
      kind: z.literal('to_zero'),
      durationMs: z.number().int(),
      steps: z.number().int().optional(),
    }),
    z.object({
      ...pathCommon,
      kind: z.literal('replay'),
      crashId: z.string().describe('A historical crash id (list_crashes)'),
    }),
    z.object({
      ...pathCommon,
      kind: z.literal('points'),
      points: z.array(z.object({ timeMs: z.number().int(), price: decimal('Price') })),
    }),
  ])
  .describe('How the price moves: a shock, a fall to zero, a historical replay, or drawn points');

export const oddsOptionsInput = z.object({
  seed: z
    .number()
    .int()
    .describe('Seed of the pseudo-random numbers: the same seed, the same result'),
  paths: z.number().int().describe('Simulated paths; paths x steps at most 2,000,000 here'),
  steps: z.number().int().describe('Steps per path'),
  horizonHours: decimal('Horizon in hours, e.g. "24"'),
  volatility: decimal('Annualized volatility as a fraction, e.g. "0.8"'),
  drift: decimal('Annual drift, default "0"').optional(),
  jumpIntensityPerYear: decimal('Expected jumps per year, default "0"').optional(),
  jumpMean: decimal('Mean log jump size, e.g. "-0.2"').optional(),
  jumpStdDev: decimal('Standard deviation of the log jump size').optional(),
  asset: z.string().describe("Asset whose price moves; default the first position's").optional(),
  insuranceFundScale: decimal(
    'Multiplies the insurance fund, e.g. "0" for an empty one',
  ).optional(),
});
