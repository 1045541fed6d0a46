import { defineCrash } from './historical-crash.js';

const FXSTREET = 'https://www.fxstreet.com (LUNA collapse coverage, May 2022)';
const COINCODECAP = 'https://coincodecap.com (Terra LUNA crash recap)';
const BINANCE_VIA_COINTELEGRAPH =
  'https://y4l.net (copy of Cointelegraph: Binance delists LUNA perpetuals, 12 May 2022)';

/** Terra/LUNA collapse, May 2022. */
export const luna2022 = defineCrash({
  id: 'luna-2022-05',
  title: 'Terra LUNA collapse, May 2022',
  asset: 'LUNA',
  date: '2022-05-12',
  summary:
    'LUNA $83.04 (6 May) to $9.45 (11 May) to ~$0.004-0.055 (12 May); UST fell to $0.30. Binance cut max leverage to 8x, auto-settled the COIN-M LUNA perp at 08:00 UTC and delisted the USDT-M perp at 15:30 UTC on 12 May.',
  deficitCoverage:
    'How deficits on LUNA perpetuals were covered (insurance fund or ADL) is UNCONFIRMED.',
  waypoints: [
    {
      at: '2022-05-06T00:00:00Z',
      price: '83.04',
      note: '6 May close area, $83.04 (time of day approximate)',
      source: COINCODECAP,
    },
    {
      at: '2022-05-11T00:00:00Z',
      price: '9.45',
      note: '11 May, $9.45 (time of day approximate)',
      source: FXSTREET,
    },
    {
      at: '2022-05-12T08:00:00Z',
      price: '0.055',
      note: 'Binance COIN-M LUNA perp auto-settled 08:00 UTC; upper end of the 12 May range',
      source: BINANCE_VIA_COINTELEGRAPH,
    },
    {
      at: '2022-05-12T15:30:00Z',
      price: '0.004',
      note: 'Binance USDT-M LUNA perp delisted 15:30 UTC; lower end of the 12 May range',
      source: BINANCE_VIA_COINTELEGRAPH,
    },
  ],
  sources: [
    COINCODECAP,
    FXSTREET,
    BINANCE_VIA_COINTELEGRAPH,
    'https://getblock.io (LUNA timeline)',
  ],
});
