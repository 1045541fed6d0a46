/** The worked example of README.md, on the product profile: the figures derived by hand there. */
import { assess } from '../src/index.js';
import { findProfile } from '../src/profile-data.js';
import { rounded } from './helpers.js';

it('README example: Binance USD-M 0.1 BTC long at 40,000, 10x isolated, 1,000 USDT free', () => {
  const result = assess(
    {
      schemaVersion: 1,
      exchange: 'binance-usdm',
      account: {
        walletBalance: '1000',
        positions: [
          {
            asset: 'BTC',
            instrument: 'linear',
            side: 'long',
            entryPrice: '40000',
            size: '0.1',
            leverage: '10',
            marginMode: 'isolated',
          },
        ],
      },
    },
    findProfile('binance-usdm'),
  );
  const p = result.positions[0];
  expect(p?.initialMargin).toBe('400');
  expect(p?.maintenanceMargin).toBe('16');
  expect(p?.marginRatio).toBe('0.04');
  expect(rounded(p?.liquidationPrice, 2)).toBe('36144.58');
  expect(rounded(p?.liquidationDistancePercent, 2)).toBe('-9.64');
  expect(p?.bankruptcyPrice).toBe('36000');
  expect(result.worstCase.deficit).toBe('3600');
  expect(result.answer).toBe('PROTECTED');
  expect(result.worstCase.balance).toBe('1000');
  expect(result.maxLossAsDesigned).toBe('400');
});
