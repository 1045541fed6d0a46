/**
 * Phemex USDT-M perpetuals: GET /public/products (public). The full tier tables are the
 * top-level leverageMargins ([{index_id, items: [{notionalValueRv, maxLeverage,
 * maintenanceMarginRateRr, maintenanceAmountRv}]}]), which each perpetualProductsV2 entry names
 * by its leverageMargin id. Older answers (and market caches) carry only riskLimits
 * ([{limit, initialMarginRr, maintenanceMarginRr}]): then just those rows, capped at limit.
 */
import type { ContractTiers, MarginTierInput } from '@belowzero/risk-core';
import { withTable } from '../contract.js';
import type { VenueImporter, VenueResponses } from '../importer.js';
import { listingFrom } from '../listing.js';
import { fraction, leverageOf, list, positive, record, text, type Json } from '../read.js';
import { bracketsFromCaps } from '../tiers.js';

export const phemexUsdtm: VenueImporter = {
  profile: 'phemex-usdtm',
  baseUrl: 'https://api.phemex.com',
  requests: () => [{ key: 'products', method: 'GET', path: '/public/products' }],
  parse(responses: VenueResponses, assets) {
    const answer = responses.products;
    const contracts: ContractTiers[] = [];
    if (answer !== undefined) {
      const data = record('products.data', record('products', answer.body).data);
      const tables = leverageMargins(data.leverageMargins);
      list('products.data.perpProductsV2', data.perpProductsV2).forEach((entry, i) => {
        const path = `products.data.perpProductsV2.${i}`;
        const row = record(path, entry);
        const symbol = text(`${path}.symbol`, row.symbol);
        const asset = symbol.replace(/USDT$/, '');
        if (row.settleCurrency !== 'USDT' || row.status !== 'Listed' || !assets.includes(asset))
          return;
        const full = tables.get(String(row.leverageMargin));
        const brackets = full ?? riskLimits(path, row);
        contracts.push(
          withTable(
            { asset, instrument: 'linear', symbol, tierRule: 'deduction' },
            brackets,
            answer,
            full === undefined
              ? `${symbol}: the first risk limit only (riskLimits), caps in USDT.`
              : `${symbol}: leverage-margin table ${String(row.leverageMargin)} (${brackets.length} tiers), caps in USDT.`,
          ),
        );
      });
    }
    return { contracts, listing: listingFrom(answer, responses) };
  },
};

function riskLimits(path: string, row: Json): MarginTierInput[] {
  return bracketsFromCaps(
    list(`${path}.riskLimits`, row.riskLimits).map((r, j) => {
      const limit = record(`${path}.riskLimits.${j}`, r);
      const imr = fraction(`${path}.riskLimits.${j}.initialMarginRr`, limit.initialMarginRr);
      return {
        cap: positive(`${path}.riskLimits.${j}.limit`, limit.limit),
        imr,
        maxLeverage: leverageOf(imr),
        mmr: fraction(`${path}.riskLimits.${j}.maintenanceMarginRr`, limit.maintenanceMarginRr),
      };
    }),
  );
}

function leverageMargins(input: unknown): Map<string, MarginTierInput[]> {
  const tables = new Map<string, MarginTierInput[]>();
  if (input === undefined) return tables;
  list('products.data.leverageMargins', input).forEach((entry, i) => {
    const path = `products.data.leverageMargins.${i}`;
    const table = record(path, entry);
    const items = list(`${path}.items`, table.items).map((it, j) => {
      const item = record(`${path}.items.${j}`, it);
      return {
        cap: positive(`${path}.items.${j}.notionalValueRv`, item.notionalValueRv),
        maxLeverage: positive(`${path}.items.${j}.maxLeverage`, item.maxLeverage),
        mmr: fraction(`${path}.items.${j}.maintenanceMarginRateRr`, item.maintenanceMarginRateRr),
      };
    });
    tables.set(String(table.index_id), bracketsFromCaps(items));
  });
  return tables;
}
