// A cheap query's latency while the worst-case odds keep the compute threads busy: the point
// of running odds, simulate and compare off the event loop (apps/api/src/compute/pool.ts).
import { measure } from './load.mjs';

/* global fetch */

/**
 * Every path crosses a threshold (a 125x long beside a 2x short): each run takes the exact
 * Decimal walk on all 20 paths x 20,000 steps, about 1.7 s of one core.
 */
const worstCaseOdds = JSON.stringify({
  query:
    'query($s: ScenarioSourceInput!, $o: OddsInput!) { odds(scenario: $s, options: $o) { liquidation { probability } } }',
  variables: {
    s: {
      inputs: {
        schemaVersion: 1,
        exchange: 'binance-usdm',
        account: {
          positions: [
            {
              asset: 'BTC',
              instrument: 'LINEAR',
              side: 'LONG',
              entryPrice: '60000',
              size: '0.1',
              leverage: '125',
              marginMode: 'ISOLATED',
            },
            {
              asset: 'BTC',
              instrument: 'LINEAR',
              side: 'SHORT',
              entryPrice: '60000',
              size: '0.1',
              leverage: '2',
              marginMode: 'ISOLATED',
            },
          ],
        },
      },
    },
    o: { seed: 7, paths: 20, steps: 20_000, horizonHours: '24', volatility: '0.8' },
  },
});

/**
 * Keeps `inFlight` worst-case odds requests running against `url` while autocannon measures
 * `{ __typename }` over one connection for `seconds`; returns its figures and the odds tally.
 */
export async function measureUnderHeavyOdds(url, seconds, inFlight = 8) {
  let running = true;
  const tally = { answered: 0, refused: 0 };
  const loop = async () => {
    while (running) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: worstCaseOdds,
      });
      await response.text();
      if (response.status === 200) tally.answered += 1;
      else tally.refused += 1;
    }
  };
  const loops = Array.from({ length: inFlight }, loop);
  await new Promise((resolve) => setTimeout(resolve, 1000)); // every thread busy, a queue formed
  const cheap = await measure(
    {
      url,
      body: JSON.stringify({ query: '{ __typename }' }),
      verify: (body) => body.startsWith('{"data":{"__typename":"Query"}'),
    },
    1,
    seconds,
  );
  running = false;
  await Promise.all(loops);
  return { ...cheap, inFlight, odds: tally };
}
