import { defineCrash } from './historical-crash.js';

const COINDESK_COPY =
  'https://infonesia.xyz/ftxs-ftt-token-crashes-78-in-24-hours-bitcoin-hits-yearly-low/ (copy of CoinDesk, CoinGecko data)';
const DIGESTWIRE = 'https://digestwire.com/?p=258306';
const NERDSMAGAZINE = 'https://nerdsmagazine.com/why-did-ftx-cryptocurrency-fall/';

/** FTX / FTT, November 2022. */
export const ftt2022 = defineCrash({
  id: 'ftt-2022-11',
  title: 'FTX / FTT collapse, November 2022',
  asset: 'FTT',
  date: '2022-11-08',
  summary:
    'CoinDesk Alameda report on 2 November; Binance sells its FTT; FTT fell 78% in 24 hours from ~$22 to $4.87 with a low of $3.12 on 8 November; withdrawals frozen; bankruptcy on 11 November.',
  deficitCoverage:
    'Not a margin deficit: a custodial failure, customers became creditors. On-exchange negative-balance handling of FTT perps is UNCONFIRMED.',
  waypoints: [
    {
      at: '2022-11-07T00:00:00Z',
      price: '22',
      note: '~$22, the level many saw as a floor (time of day approximate)',
      source: COINDESK_COPY,
    },
    {
      at: '2022-11-08T20:00:00Z',
      price: '3.12',
      note: 'low of $3.12 on Tuesday 8 November (time of day approximate)',
      source: COINDESK_COPY,
    },
    {
      at: '2022-11-09T12:00:00Z',
      price: '4.87',
      note: '$4.87, -78% in 24 hours (CoinGecko; time approximate)',
      source: COINDESK_COPY,
    },
    {
      at: '2022-11-14T00:00:00Z',
      price: '2',
      note: 'cycle low of $2 (day approximate)',
      source: DIGESTWIRE,
    },
    {
      at: '2022-12-01T00:00:00Z',
      price: '1.33',
      note: '$1.33 on 1 December',
      source: NERDSMAGAZINE,
    },
  ],
  sources: [
    COINDESK_COPY,
    DIGESTWIRE,
    NERDSMAGAZINE,
    'https://ondora.xyz (Wikipedia text on FTX bankruptcy)',
  ],
});
