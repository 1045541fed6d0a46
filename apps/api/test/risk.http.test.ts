/**
 * The computations over real HTTP: assess, simulate, odds, compare, crashEvents and an
 * exchange's protection summary, on a scenario given inline, saved (by id) or shared. The
 * API only maps risk-core's results; the figures checked here are derived by hand.
 */
import { historicalCrashes } from '@belowzero/risk-core';
import { profiles } from '@belowzero/risk-core/profiles';
import Decimal from 'decimal.js';
import { errorCodes as codes, mainApi, newDevice } from './support/client';
import { btcLong, CREATE_SCENARIO } from './support/fixtures';

const api = mainApi();

const ASSESS = `query($scenario: ScenarioSourceInput!) { assess(scenario: $scenario) {
  answer reason settlementAsset methodologyVersion asOf profileSlug profileVersion maxLossAsDesigned
  account { equity maintenanceMargin }
  worstCase { prices { asset price } deficit userOwes balance }
  warnings { code field message }
  positions { index asset instrument side marginMode size entryPrice markPrice leverage notional initialMargin
    maintenanceMargin marginRatio liquidationPrice bankruptcyPrice marginCallPrice liquidationDistancePercent
    tier { index floor cap mmr cum maxLeverage imr } formula { name text } costs { openingFee funding borrowInterest }
    costsImpact { cost liquidationPriceShift } } } }`;

const close = (actual: string, expected: string, digits = 12) =>
  expect(new Decimal(actual).minus(expected).abs().lessThan(new Decimal(10).pow(-digits))).toBe(
    true,
  );

describe('assess', () => {
  test('a Binance BTCUSDT 10x isolated long: the price ladder from the published formula, derived by hand', async () => {
    const { status, body } = await api.graphql({
      query: ASSESS,
      variables: { scenario: { inputs: btcLong } },
    });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const result = body.data.assess;
    const binance = profiles.find((p) => p.slug === 'binance-usdm')!;
    expect(result).toMatchObject({
      profileSlug: 'binance-usdm',
      profileVersion: binance.version,
      asOf: binance.asOf,
      settlementAsset: 'USDT',
    });
    expect(result.methodologyVersion).toMatch(/^\d+\.\d+\.\d+$/);
    const position = result.positions[0];
    // Notional 0.1 x 60,000 = 6,000 USDT: Binance BTCUSDT bracket 1 (0-300,000: 150x, MMR 0.4%,
    // cum 0, the leverageBracket answer recorded on 2026-07-02). Initial margin 6,000 / 10 = 600.
    expect(position.tier).toMatchObject({ index: 0, mmr: '0.004', cum: '0', maxLeverage: '150' });
    close(position.notional, '6000');
    close(position.initialMargin, '600');
    // Maintenance 6,000 x 0.004 = 24.
    close(position.maintenanceMargin, '24');
    // Binance isolated: LP = (WB - size x entry + cum) / (size x MMR - size)
    //   = (600 - 6,000 + 0) / (0.0004 - 0.1) = 5,400 / 0.0996 = 54,216.8674698795...
    close(position.liquidationPrice, '54216.86746987951807228915662650602409638554');
    // Bankruptcy: 600 + 0.1 x (P - 60,000) = 0  ->  P = 54,000.
    close(position.bankruptcyPrice, '54000');
    // (54,216.867... - 60,000) / 60,000 x 100 = -9.6385542168...%
    close(position.liquidationDistancePercent, '-9.638554216867469879518072289156626506024', 10);
    expect(position.instrument).toBe('LINEAR');
    expect(result.reason).toEqual(expect.any(String));
  });

  test('by saved id and by share slug it is the same assessment; ownership still applies', async () => {
    const owner = await newDevice(api);
    const created = await api.graphql(
      { query: CREATE_SCENARIO, variables: { input: { title: 'assess me', inputs: btcLong } } },
      { token: owner },
    );
    const id = created.body.data.createScenario.scenario.id;
    const inline = (
      await api.graphql({ query: ASSESS, variables: { scenario: { inputs: btcLong } } })
    ).body.data.assess;
    const saved = await api.graphql(
      { query: ASSESS, variables: { scenario: { id } } },
      { token: owner },
    );
    expect(saved.body.data.assess).toEqual(inline);

    const slug = (
      await api.graphql(
        {
          query:
            'mutation($id: ID!) { shareScenario(input: { id: $id }) { scenario { share { slug } } } }',
          variables: { id },
        },
        { token: owner },
      )
    ).body.data.shareScenario.scenario.share.slug;
    const shared = await api.graphql({
      query: ASSESS,
      variables: { scenario: { shareSlug: slug } },
    });
    expect(shared.body.data.assess).toEqual(inline);

    const stranger = await newDevice(api);
    expect(
      codes(
        (await api.graphql({ query: ASSESS, variables: { scenario: { id } } }, { token: stranger }))
          .body,
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      codes((await api.graphql({ query: ASSESS, variables: { scenario: { id } } })).body),
    ).toEqual(['UNAUTHENTICATED']);
  });

  test('bad scenarios are BAD_USER_INPUT naming the field; naming zero or two sources too', async () => {
    const tooMuch = structuredClone(btcLong);
    tooMuch.account.positions[0]!.leverage = '500';
    const leverage = await api.graphql({
      query: ASSESS,
      variables: { scenario: { inputs: tooMuch } },
    });
    expect(codes(leverage.body)).toEqual(['BAD_USER_INPUT']);
    expect(leverage.body.errors[0].extensions.field).toBe('account.positions.0.leverage');
    const unknown = await api.graphql({
      query: ASSESS,
      variables: { scenario: { inputs: { ...btcLong, exchange: 'nowhere' } } },
    });
    expect(unknown.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'exchange',
      rule: 'unknown_exchange',
    });
    for (const scenario of [{}, { inputs: btcLong, shareSlug: 'x' }]) {
      const body = (await api.graphql({ query: ASSESS, variables: { scenario } })).body;
      expect(codes(body)).toEqual(['BAD_USER_INPUT']);
      expect(body.errors[0].extensions.field).toBe('scenario');
    }
  });
});

describe("assess with the user's own maintenance rate", () => {
  const ethOnBybit = structuredClone(btcLong);
  Object.assign(ethOnBybit, { exchange: 'bybit-linear' });
  Object.assign(ethOnBybit.account.positions[0]!, {
    asset: 'ETH',
    entryPrice: '3000',
    size: '1',
    leverage: '5',
  });

  test('a listed contract without a table is refused with the way forward, then answers with the rate', async () => {
    const refused = await api.graphql({
      query: ASSESS,
      variables: { scenario: { inputs: ethOnBybit } },
    });
    expect(refused.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'account.positions.0.asset',
      rule: 'needs_margin_figure',
    });
    expect(refused.body.errors[0].message).toContain('enter the maintenance margin rate');

    const withRate = structuredClone(ethOnBybit);
    Object.assign(withRate.account.positions[0]!, { maintenanceMarginRate: '0.005' });
    const { body } = await api.graphql({
      query: ASSESS,
      variables: { scenario: { inputs: withRate } },
    });
    expect(body.errors).toBeUndefined();
    // Bybit values maintenance on the entry notional: MM = 3,000 x 0.5% = 15, margin 600:
    // P = 3,000 - (600 - 15) = 2,415.
    close(body.data.assess.positions[0].liquidationPrice, '2415');
    expect(body.data.assess.warnings.map((w: { code: string }) => w.code)).toContain(
      'USER_MARGIN_FIGURE',
    );
  });
});

describe('simulate', () => {
  const SIMULATE = `query($scenario: ScenarioSourceInput!, $path: PricePathInput!) { simulate(scenario: $scenario, path: $path) {
    liquidated deficit userOwes finalBalance startingBalance currency methodologyVersion profileSlug
    deficitPaidBy { payer amount } events { timeMs kind price size amount description } points { timeMs equity prices { asset price } } } }`;

  test('a 50% gap through the liquidation price: liquidated, and the deficit is fully attributed', async () => {
    const { body } = await api.graphql({
      query: SIMULATE,
      variables: {
        scenario: { inputs: btcLong },
        path: { kind: 'SHOCK', dropPercent: '50', durationMs: 60000, steps: 1 },
      },
    });
    expect(body.errors).toBeUndefined();
    const run = body.data.simulate;
    expect(run.liquidated).toBe(true);
    // Equity at the start is the initial margin: 600 USDT.
    close(run.startingBalance, '600');
    // The gap lands at 30,000, far below the bankruptcy price (54,000, derived above); the
    // engine fills the whole 0.1 BTC at its fill price, so the deficit is 0.1 x (54,000 - fill).
    const fill = run.events.find((e: { kind: string }) => e.kind === 'liquidation').price;
    expect(new Decimal(fill).lessThanOrEqualTo(30000)).toBe(true);
    close(run.deficit, new Decimal(54000).minus(fill).times('0.1').toFixed());
    const paid = run.deficitPaidBy.reduce(
      (sum: Decimal, part: { amount: string }) => sum.plus(part.amount),
      new Decimal(0),
    );
    expect(paid.equals(run.deficit)).toBe(true);
    expect(run.events.map((e: { kind: string }) => e.kind)).toContain('liquidation');
    expect(run.points[0].prices).toEqual([{ asset: 'BTC', price: '60000' }]);
  });

  test.each([
    // Binance: the insurance fund takes the position over at the bankruptcy price (clearance fee).
    ['binance-usdm', 'kept'],
    // Gate does not publish it (the material checked says nothing of the margin left).
    ['gate-usdt', 'unknown'],
  ])(
    'a fall between the liquidation and the bankruptcy price on %s: the margin left is %s',
    async (exchange, fate) => {
      const scenario = { inputs: { ...btcLong, exchange } };
      const prices = await api.graphql({
        query: `query($scenario: ScenarioSourceInput!) { assess(scenario: $scenario) { positions { liquidationPrice bankruptcyPrice } } }`,
        variables: { scenario },
      });
      const { liquidationPrice, bankruptcyPrice } = prices.body.data.assess.positions[0];
      // Halfway between the two prices, where a fill leaves some margin: 0.1 x (fill - BP) = 600 - 0.1 x (60,000 - fill).
      const halfway = new Decimal(liquidationPrice).plus(bankruptcyPrice).div(2);
      const dropPercent = new Decimal(1).minus(halfway.div(60000)).times(100).toFixed();
      const { body } = await api.graphql({
        query: `query($scenario: ScenarioSourceInput!, $path: PricePathInput!) { simulate(scenario: $scenario, path: $path) {
          liquidated finalBalance residualAtStake notes events { kind price amount } } }`,
        variables: { scenario, path: { kind: 'SHOCK', dropPercent, durationMs: 1000, steps: 1 } },
      });
      expect(body.errors).toBeUndefined();
      const run = body.data.simulate;
      expect(run.liquidated).toBe(true);
      const liquidation = run.events.find((e: { kind: string }) => e.kind === 'liquidation');
      const left = new Decimal(liquidation.price).minus(bankruptcyPrice).times('0.1');
      expect(left.greaterThan(0)).toBe(true);
      expect(run.finalBalance).toBe('0');
      if (fate === 'kept') {
        expect(run.residualAtStake).toBe('0');
        close(liquidation.amount, left.toFixed());
      } else {
        close(run.residualAtStake, left.toFixed());
        expect(run.notes.join(' ')).toContain('margin left after a liquidation');
      }
    },
  );

  test('a replay of every documented crash runs; an unknown crash id is BAD_USER_INPUT', async () => {
    const crashes = (
      await api.graphql({
        query: '{ crashEvents { id title asset date waypoints { timeMs price source } sources } }',
      })
    ).body.data.crashEvents;
    expect(crashes.map((c: { id: string }) => c.id)).toEqual(historicalCrashes.map((c) => c.id));
    expect(crashes[0].waypoints[0]).toMatchObject({
      timeMs: 0,
      price: historicalCrashes[0]!.waypoints[0]!.price,
    });
    for (const crash of crashes) {
      const { body } = await api.graphql({
        query: SIMULATE,
        variables: { scenario: { inputs: btcLong }, path: { kind: 'REPLAY', crashId: crash.id } },
      });
      expect(body.errors).toBeUndefined();
    }
    const bad = await api.graphql({
      query: SIMULATE,
      variables: {
        scenario: { inputs: btcLong },
        path: { kind: 'REPLAY', crashId: 'no-such-crash' },
      },
    });
    expect(codes(bad.body)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('odds', () => {
  const ODDS = `query($scenario: ScenarioSourceInput!, $options: OddsInput!) { odds(scenario: $scenario, options: $options) {
    liquidation { probability paths interval { level low high } } deficit { probability } userOwes { probability }
    expectedDeficit paths steps seed asset currency methodologyVersion } }`;
  const options = { seed: 7, paths: 400, steps: 48, horizonHours: '24', volatility: '0.8' };

  test('a seeded run is reproducible and its probabilities are consistent', async () => {
    const first = await api.graphql({
      query: ODDS,
      variables: { scenario: { inputs: btcLong }, options },
    });
    expect(first.body.errors).toBeUndefined();
    const second = await api.graphql({
      query: ODDS,
      variables: { scenario: { inputs: btcLong }, options },
    });
    expect(second.body.data).toEqual(first.body.data);
    const odds = first.body.data.odds;
    expect(odds).toMatchObject({ paths: 400, steps: 48, seed: 7, asset: 'BTC' });
    const p = new Decimal(odds.liquidation.probability);
    // The share of paths, and a deficit (past bankruptcy) needs a liquidation first.
    expect(p.times(400).equals(odds.liquidation.paths)).toBe(true);
    expect(new Decimal(odds.deficit.probability).lessThanOrEqualTo(p)).toBe(true);
    expect(new Decimal(odds.liquidation.interval.low).lessThanOrEqualTo(p)).toBe(true);
    expect(new Decimal(odds.liquidation.interval.high).greaterThanOrEqualTo(p)).toBe(true);
  });

  test('runs too big for the server are BAD_USER_INPUT; bad model figures name their field', async () => {
    const big = await api.graphql({
      query: ODDS,
      variables: {
        scenario: { inputs: btcLong },
        options: { ...options, paths: 100000, steps: 100 },
      },
    });
    expect(codes(big.body)).toEqual(['BAD_USER_INPUT']);
    expect(big.body.errors[0].extensions.field).toBe('options.paths');
    const negative = await api.graphql({
      query: ODDS,
      variables: { scenario: { inputs: btcLong }, options: { ...options, horizonHours: '-1' } },
    });
    expect(negative.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'options.horizonHours',
    });
  });
});

describe('guardRails', () => {
  test('a 20% gap: the leverage that leaves no deficit, derived by hand', async () => {
    const { body } = await api.graphql({
      query: `query($scenario: ScenarioSourceInput!) { guardRails(scenario: $scenario, gapPercent: "20") {
        gapPercent maxLeverageWithoutDeficit maxSafeLeverage venueMaxLeverage userLiable profileSlug
        stops { index asset side safeStopPrice beyondLiquidation currentStopSafe reason } } }`,
      variables: { scenario: { inputs: btcLong } },
    });
    expect(body.errors).toBeUndefined();
    const rails = body.data.guardRails;
    // Isolated long, no costs: bankruptcy = entry x (1 - 1/L). A 20% gap fills at about
    // 60,000 x 0.8 = 48,000 (a little lower after slippage), so no deficit needs
    // 60,000 x (1 - 1/L) <= 48,000, i.e. L <= 5; slippage only lowers the bound.
    const leverage = new Decimal(rails.maxLeverageWithoutDeficit);
    expect(leverage.lessThanOrEqualTo(5)).toBe(true);
    expect(leverage.greaterThan('4.9')).toBe(true);
    // Binance BTCUSDT bracket 1 allows 150x (recorded 2026-07-02); Binance's terms never leave a deficit to the user.
    expect(rails).toMatchObject({
      gapPercent: '20',
      venueMaxLeverage: '150',
      userLiable: false,
      maxSafeLeverage: '150',
    });
    expect(rails.stops).toHaveLength(1);
    const bad = await api.graphql({
      query: `query($scenario: ScenarioSourceInput!) { guardRails(scenario: $scenario, gapPercent: "100") { gapPercent } }`,
      variables: { scenario: { inputs: btcLong } },
    });
    expect(bad.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'gapPercent',
    });
  });
});

describe('compare and protection', () => {
  test('every exchange is either ranked or skipped with a reason, ranks 1..n', async () => {
    const { body } = await api.graphql({
      query: `query($scenario: ScenarioSourceInput!) { compare(scenario: $scenario) { methodologyVersion
        ranked { rank profileSlug answer outcomeBalance worstCaseBalance asOf } skipped { profileSlug field rule reason } } }`,
      variables: { scenario: { inputs: btcLong } },
    });
    expect(body.errors).toBeUndefined();
    const { ranked, skipped } = body.data.compare;
    const slugs = [...ranked, ...skipped]
      .map((entry: { profileSlug: string }) => entry.profileSlug)
      .sort();
    expect(slugs).toEqual(profiles.map((p) => p.slug).sort());
    expect(ranked.map((entry: { rank: number }) => entry.rank)).toEqual(
      ranked.map((_: unknown, i: number) => i + 1),
    );
    // A spot-only venue cannot hold a linear perpetual.
    for (const profile of profiles.filter((p) => !p.instruments.includes('linear'))) {
      expect(skipped.map((s: { profileSlug: string }) => s.profileSlug)).toContain(profile.slug);
    }
    expect(ranked.map((entry: { profileSlug: string }) => entry.profileSlug)).toContain(
      'binance-usdm',
    );
  });

  test("an exchange's protection summary follows its sourced data", async () => {
    for (const profile of profiles) {
      const { body } = await api.graphql({
        query: `query($slug: String!) { exchange(slug: $slug) { protection {
          canUserOwe { value text source asOf } deficitCoverage { value } negativeBalancePromise { known value } } } }`,
        variables: { slug: profile.slug },
      });
      const protection = body.data.exchange.protection;
      const liable = profile.userLiableForDeficit.value;
      expect(protection.canUserOwe.value).toBe(
        liable === 'unknown' ? 'UNKNOWN' : liable ? 'YES' : 'NO',
      );
      const waterfall = profile.deficitWaterfall.value;
      expect(protection.deficitCoverage.value).toEqual(
        waterfall === 'unknown' ? null : waterfall.map((payer) => payer.toUpperCase()),
      );
      expect(protection.negativeBalancePromise.known).toBe(
        profile.negativeBalancePromise.value !== 'unknown',
      );
    }
  });
});
