/**
 * Kraken Futures perpetuals: GET /derivatives/api/v3/instruments (public). Each instrument's
 * marginLevels list each level's LOWER bound with its initial and maintenance rate: in USD
 * value (numNonContractUnits) for the multi-collateral PF_ contracts, in CONTRACTS for the
 * inverse PI_ contracts (1 USD each, contractSize). The last level is open-ended (in a trimmed
 * recording, the table stops at the last level shown).
 */
import type { ContractTiers } from '@belowzero/risk-core';
import { assetName, withTable } from '../contract.js';
import type { VenueImporter, VenueResponses } from '../importer.js';
import { listingFrom } from '../listing.js';
import { decimal, fraction, leverageOf, list, positive, record, text } from '../read.js';
import { bracketsFromFloors } from '../tiers.js';

export const krakenFutures: VenueImporter = {
  profile: 'kraken-futures',
  baseUrl: 'https://futures.kraken.com',
  requests: () => [{ key: 'instruments', method: 'GET', path: '/derivatives/api/v3/instruments' }],
  parse(responses: VenueResponses, assets) {
    const answer = responses.instruments;
    const contracts: ContractTiers[] = [];
    if (answer !== undefined) {
      const rows = list('instruments.instruments', record('instruments', answer.body).instruments);
      rows.forEach((entry, i) => {
        const path = `instruments.instruments.${i}`;
        const row = record(path, entry);
        const symbol = text(`${path}.symbol`, row.symbol);
        const match = /^(PF|PI)_([A-Z0-9]+)USD$/.exec(symbol);
        if (match === null || row.tradeable === false) return;
        const inverse = match[1] === 'PI';
        const asset = assetName(match[2] ?? '');
        if (!assets.includes(asset)) return;
        const bound = inverse ? 'contracts' : 'numNonContractUnits';
        const levels = list(`${path}.marginLevels`, row.marginLevels).map((l, j) => {
          const level = record(`${path}.marginLevels.${j}`, l);
          const imr = fraction(`${path}.marginLevels.${j}.initialMargin`, level.initialMargin);
          return {
            floor: decimal(`${path}.marginLevels.${j}.${bound}`, level[bound]),
            imr,
            maxLeverage: leverageOf(imr),
            mmr: fraction(`${path}.marginLevels.${j}.maintenanceMargin`, level.maintenanceMargin),
          };
        });
        const base = inverse
          ? {
              asset,
              instrument: 'inverse' as const,
              symbol,
              bracketUnit: 'contracts' as const,
              contractValueUsd: positive(`${path}.contractSize`, row.contractSize),
            }
          : { asset, instrument: 'linear' as const, symbol };
        // A recording trimmed to the first levels ends at the last floor it shows.
        const last = levels[levels.length - 1];
        const brackets =
          answer.complete === false && levels.length > 1 && last !== undefined
            ? bracketsFromFloors(levels.slice(0, -1), last.floor)
            : bracketsFromFloors(levels);
        contracts.push(
          withTable(
            base,
            brackets,
            answer,
            `${symbol} margin levels (${brackets.length}${answer.complete === false ? ', as far as recorded' : ''}), lower bounds in ${inverse ? 'contracts of 1 USD' : 'USD of position value'}.`,
          ),
        );
      });
    }
    return { contracts, listing: listingFrom(answer, responses) };
  },
};
