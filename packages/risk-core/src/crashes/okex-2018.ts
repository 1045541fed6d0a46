import { defineCrash } from './historical-crash.js';

const COINDESK =
  'https://www.coindesk.com/markets/2018/08/03/okex-confirms-9-million-clawback-after-enormous-bitcoin-future-fails (2018-08-03)';
const OMGALTCOIN =
  'https://omgaltcoin.com/okex-maintains-order-in-the-futures-market-by-injecting-2500-btc/33';
const BITCOINNEWS =
  'https://bitcoinnews.com/traders-bear-btc-1200-losses-in-okex-insurance-fund-clawback/';
const STANDARD_KEPLER =
  'https://www.standardkepler.com/btc-slumps-following-okex-forced-liquidation-incident/ (weekly recap 07/30-08/05)';
const TOSHITIMES =
  'https://toshitimes.com/okex-forced-to-initiate-clawback-after-massive-bitcoin-futures-bet-fails/';

/** OKEx BTC0928 clawback (socialized loss), 31 July 2018. */
export const okex2018 = defineCrash({
  id: 'okex-clawback-2018-07',
  title: 'OKEx BTC0928 clawback (socialized loss)',
  asset: 'BTC',
  date: '2018-07-31',
  summary:
    'User 2051247 held 4,168,515 BTC0928 contracts ($100 each, over $400M); force-liquidated at 20:17:14 HKT on 31 July 2018. BTC had fallen more than 10% that week.',
  deficitCoverage:
    'Insurance fund reportedly only ~10 BTC; OKEx injected 2,500 BTC (~$18M); the remaining ~1,200 BTC (~$8.8M) was socialized pro rata on profitable traders (clawback ~17%, up to 40% without the injection).',
  waypoints: [
    {
      at: '2018-07-31T12:17:14Z',
      price: '8020',
      note: 'forced liquidation (20:17:14 HKT); position rebased from $8,020',
      source: OMGALTCOIN,
    },
    {
      at: '2018-08-01T00:00:00Z',
      price: '7300',
      note: 'market pushed from ~$8,000 to ~$7,300 by the liquidation (time of day approximate)',
      source: BITCOINNEWS,
    },
    {
      at: '2018-08-03T08:00:00Z',
      price: '7483',
      note: 'settlement (4pm HKT, 3 Aug): rebased position at $7,483',
      source: OMGALTCOIN,
    },
    {
      at: '2018-08-05T00:00:00Z',
      price: '6930',
      note: 'week low of $6,930 (day approximate); BTC down more than 10% on the week',
      source: STANDARD_KEPLER,
    },
  ],
  sources: [COINDESK, OMGALTCOIN, BITCOINNEWS, STANDARD_KEPLER, TOSHITIMES],
});
