/**
 * BitMEX perpetuals: GET /api/v1/instrument/active (public). No tier list: each instrument
 * has base initMargin / maintMargin up to riskLimit, and every further riskStep raises both by
 * the BASE maintenance margin (BitMEX "Risk Limits Examples": XBTUSD 0.5%/1% below 200 XBT,
 * 1.0%/1.5% below 350, 1.5%/2.0% below 500). The step's rate applies to the whole position.
 *
 * Units: riskLimit / riskStep are in the settlement currency's smallest unit: XBt (satoshi,
 * 1e8 per XBT) for XBTUSD, USDt (1e6 per USDT) for the USDT-settled linear contracts.
 * The table is written out until the initial margin reaches 100% (1x), where it stops.
 */
import { Decimal, type ContractTiers, type MarginTierInput } from '@belowzero/risk-core';
import { withTable } from '../contract.js';
import { VenueFormatError } from '../errors.js';
import type { VenueImporter, VenueResponses } from '../importer.js';
import { listingFrom } from '../listing.js';
import { bitmexMarket } from './bitmex-market.js';
import { bitmexPerpetuals } from './bitmex-perpetuals.js';
import { fraction, positive, text, type Json } from '../read.js';

/** Smallest units per whole coin of each settlement currency. */
const MINOR_UNITS: Record<string, string> = { XBt: '100000000', USDt: '1000000' };

function bitmex(instrument: 'inverse' | 'linear'): VenueImporter {
  return {
    profile: instrument === 'inverse' ? 'bitmex' : 'bitmex-linear',
    baseUrl: 'https://www.bitmex.com',
    market: bitmexMarket(instrument),
    requests: () => [{ key: 'instruments', method: 'GET', path: '/api/v1/instrument/active' }],
    parse(responses: VenueResponses, assets) {
      const answer = responses.instruments;
      const contracts: ContractTiers[] = [];
      if (answer !== undefined) {
        for (const { row, path, asset, symbol } of bitmexPerpetuals(
          answer.body,
          instrument,
          assets,
        )) {
          const inverse = instrument === 'inverse';
          const brackets = steppedTable(path, row);
          contracts.push(
            withTable(
              {
                asset,
                instrument,
                symbol,
                tierRule: 'whole_position',
                ...(inverse ? { contractValueUsd: '1' } : {}),
              },
              brackets,
              answer,
              `${symbol}: base MM ${brackets[0]?.mmr} / IM ${brackets[0]?.imr} up to ${brackets[0]?.cap} ${inverse ? 'XBT' : 'USDT'}, then +${brackets[0]?.mmr} to both every ${stepOf(brackets)} (BitMEX risk-limit steps), to 1x.`,
            ),
          );
        }
      }
      return { contracts, listing: listingFrom(answer, responses) };
    },
  };
}

export const bitmexInverse = bitmex('inverse');
export const bitmexLinear = bitmex('linear');

function steppedTable(path: string, row: Json): MarginTierInput[] {
  const settle = text(`${path}.settlCurrency`, row.settlCurrency);
  const unit = MINOR_UNITS[settle];
  if (unit === undefined)
    throw new VenueFormatError(`${path}.settlCurrency`, settle, 'expected XBt or USDt');
  const riskLimit = new Decimal(positive(`${path}.riskLimit`, row.riskLimit)).div(unit);
  const riskStep = new Decimal(positive(`${path}.riskStep`, row.riskStep)).div(unit);
  const baseMaintenance = new Decimal(fraction(`${path}.maintMargin`, row.maintMargin));
  const baseInitial = new Decimal(fraction(`${path}.initMargin`, row.initMargin));
  const brackets: MarginTierInput[] = [];
  for (let step = 0; ; step += 1) {
    const imr = baseInitial.plus(baseMaintenance.times(step));
    if (imr.greaterThan(1)) break;
    const floor = step === 0 ? new Decimal(0) : riskLimit.plus(riskStep.times(step - 1));
    brackets.push({
      floor: floor.toFixed(),
      cap: riskLimit.plus(riskStep.times(step)).toFixed(),
      maxLeverage: new Decimal(1).div(imr).toDecimalPlaces(2, Decimal.ROUND_DOWN).toFixed(),
      mmr: baseMaintenance.times(step + 1).toFixed(),
      imr: imr.toFixed(),
    });
  }
  return brackets;
}

function stepOf(brackets: readonly MarginTierInput[]): string {
  const second = brackets[1];
  return second === undefined || second.cap === null
    ? 'step'
    : new Decimal(second.cap).minus(second.floor).toFixed();
}
