import { defineCrash } from './historical-crash.js';

const PANEWS = 'https://binance.bh (Binance Square posts, PANews / Wu Blockchain, October 2025)';
const BLOCKWORKS = 'https://empire-blockworks (10 October 2025 liquidations recap)';
const SIGNALPLUS = 'https://signalplus (10-11 October 2025 market note)';

/** The 10-11 October 2025 crash and its ADL waves. */
export const october2025 = defineCrash({
  id: 'crash-2025-10-10',
  title: '10-11 October 2025 crash and ADL waves',
  asset: 'BTC',
  date: '2025-10-10',
  summary:
    'After tariff news, BTC fell from ~$117,000 to ~$104,000 in ~20 minutes (-15%); over $19bn liquidated in 24 hours across ~1.6M accounts; alts -80% in 5 minutes; ATOM -99.99% on one venue.',
  deficitCoverage:
    'Hyperliquid: first cross-margin ADL in over 2 years, zero bad debt claimed. Binance: ADL hit shorts; ~$283M compensation for USDe/BNSOL/WBETH collateral liquidated 21:36-22:16 UTC.',
  waypoints: [
    {
      at: '2025-10-10T21:00:00Z',
      price: '117000',
      note: '~$117,000 before the fall (time approximate)',
      source: SIGNALPLUS,
    },
    {
      at: '2025-10-10T21:20:00Z',
      price: '104000',
      note: '~$104,000 about 20 minutes later (-15%)',
      source: BLOCKWORKS,
    },
    {
      at: '2025-10-10T22:16:00Z',
      price: '104000',
      note: 'end of the window of Binance collateral liquidations (21:36-22:16 UTC); level held (stylized)',
      source: PANEWS,
    },
  ],
  sources: [PANEWS, BLOCKWORKS, SIGNALPLUS, 'https://cryptonewsnavigator (liquidation totals)'],
});
