import { defineCrash } from './historical-crash.js';

const BITMEX_BLOG = 'https://blog.bitmex.com (insurance fund Q&A on 12-13 March 2020)';
const COINTELEGRAPH = 'https://cointelegraph.com (12 March 2020 coverage)';
const CURRENCY_COM = 'https://currency.com (Black Thursday 2020 recap)';

/** "Black Thursday": BTC on 12-13 March 2020, with the BitMEX outage. */
export const btc2020 = defineCrash({
  id: 'btc-2020-03-12',
  title: 'BTC "Black Thursday", 12-13 March 2020',
  asset: 'BTC',
  date: '2020-03-12',
  summary:
    'BTC fell ~40% on 12 March (largest daily fall since 2013), ~$7.3k to $5.6k, then below $4k (lows ~$3,600-3,800) on 13 March; BitMEX outage 02:16-02:40 UTC; liquidations up to ~$863M.',
  deficitCoverage:
    'BitMEX: "ADL was completely prevented" on 12 and 13 March; the insurance fund grew.',
  waypoints: [
    {
      at: '2020-03-12T00:00:00Z',
      price: '7300',
      note: 'start of 12 March, ~$7.3k',
      source: COINTELEGRAPH,
    },
    {
      at: '2020-03-12T23:59:00Z',
      price: '5600',
      note: 'end of 12 March, ~$5.6k (-~23% on the day so far)',
      source: CURRENCY_COM,
    },
    {
      at: '2020-03-13T02:16:00Z',
      price: '4000',
      note: 'BitMEX outage begins 02:16 UTC; BTC below $4k (stylized)',
      source: BITMEX_BLOG,
    },
    {
      at: '2020-03-13T02:30:00Z',
      price: '3600',
      note: 'low of ~$3,600 (lows reported $3,600-3,800; time stylized)',
      source: CURRENCY_COM,
    },
    {
      at: '2020-03-13T02:40:00Z',
      price: '3800',
      note: 'BitMEX back at 02:40 UTC; upper end of the reported lows',
      source: BITMEX_BLOG,
    },
  ],
  sources: [BITMEX_BLOG, COINTELEGRAPH, CURRENCY_COM],
});
