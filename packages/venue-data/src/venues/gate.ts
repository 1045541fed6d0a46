/**
 * Gate USDT-margined perpetuals: GET /api/v4/futures/usdt/risk_limit_tiers?contract=BTC_USDT
 * (public) per contract, and GET /api/v4/futures/usdt/contracts for the listing. Tiers give
 * their cap (risk_limit, USDT of position value), maintenance_rate and leverage_max.
 *
 * Without a tier answer, the contract object still gives the first tier's maintenance rate
 * and max leverage; its risk_limit_base is taken as that tier's cap, a reading the docs do not
 * state (marked as an assumption), so a larger position is refused, not guessed.
 */
import type { ContractTiers } from '@belowzero/risk-core';
import { withTable } from '../contract.js';
import type { VenueImporter, VenueResponses } from '../importer.js';
import { listingFrom } from '../listing.js';
import { fraction, list, positive, record, text, type Json } from '../read.js';
import { bracketsFromCaps } from '../tiers.js';
import { checkDeductions } from './deduction-check.js';
import { gateUsdtMarket } from './gate-market.js';

export const gateUsdt: VenueImporter = {
  profile: 'gate-usdt',
  baseUrl: 'https://api.gateio.ws',
  market: gateUsdtMarket,
  requests: (assets) => [
    { key: 'contracts', method: 'GET', path: '/api/v4/futures/usdt/contracts' },
    ...assets.map((asset) => ({
      key: `tiers:${asset}`,
      method: 'GET' as const,
      path: '/api/v4/futures/usdt/risk_limit_tiers',
      query: { contract: `${asset}_USDT` },
    })),
  ],
  parse(responses: VenueResponses, assets) {
    const listing = responses.contracts;
    const objects = new Map<string, { row: Json; path: string }>();
    if (listing !== undefined) {
      list('contracts', listing.body).forEach((entry, i) => {
        const row = record(`contracts.${i}`, entry);
        objects.set(text(`contracts.${i}.name`, row.name), { row, path: `contracts.${i}` });
      });
    }
    const contracts: ContractTiers[] = [];
    for (const asset of assets) {
      const symbol = `${asset}_USDT`;
      const base = { asset, instrument: 'linear' as const, symbol, tierRule: 'deduction' as const };
      const answer = responses[`tiers:${asset}`];
      const object = objects.get(symbol);
      if (answer !== undefined) {
        const path = `tiers:${asset}`;
        const rows = list(path, answer.body).map((r, i) => record(`${path}.${i}`, r));
        const brackets = bracketsFromCaps(
          rows.map((row, i) => ({
            cap: positive(`${path}.${i}.risk_limit`, row.risk_limit),
            mmr: fraction(`${path}.${i}.maintenance_rate`, row.maintenance_rate),
            imr: fraction(`${path}.${i}.initial_rate`, row.initial_rate),
            maxLeverage: positive(`${path}.${i}.leverage_max`, row.leverage_max),
          })),
        );
        checkDeductions(
          path,
          brackets,
          rows.map((row) => (row.deduction === undefined ? undefined : String(row.deduction))),
        );
        contracts.push(
          withTable(
            base,
            brackets,
            answer,
            `${symbol} risk-limit tiers 1-${brackets.length}, caps in USDT of position value.`,
          ),
        );
      } else if (object !== undefined && listing !== undefined) {
        const { row, path } = object;
        const cap = positive(`${path}.risk_limit_base`, row.risk_limit_base);
        contracts.push(
          withTable(
            base,
            [
              {
                floor: '0',
                cap,
                maxLeverage: positive(`${path}.leverage_max`, row.leverage_max),
                mmr: fraction(`${path}.maintenance_rate`, row.maintenance_rate),
              },
            ],
            listing,
            `${symbol} first tier from the contract object (maintenance_rate, leverage_max); its cap is risk_limit_base (${cap} USDT), taken as the first tier's limit: belowzero's reading, not stated by Gate.`,
            true,
          ),
        );
      }
    }
    return { contracts, listing: listingFrom(listing, responses) };
  },
};
