/**
 * Exchange profiles over real HTTP: the list (a Relay connection, filterable by instrument),
 * one profile with its tiers and sources, and `node(id:)`. Expected figures are compared
 * with risk-core's published profile data (the seed's source), not with API output.
 */
import { profileVersions, profiles } from '@belowzero/risk-core/profiles';
import { type ApiClient, errorCodes as codes, mainApi } from './support/client';

const api: ApiClient = mainApi();

const latest = [...new Map(profiles.map((p) => [p.slug, p])).values()].sort((a, b) =>
  a.slug < b.slug ? -1 : 1,
);

test('exchanges lists every profile by slug, one page after another', async () => {
  const query = `query($after: String) { exchanges(first: 2, after: $after) {
    edges { cursor node { id slug version asOf } } pageInfo { hasNextPage endCursor } } }`;
  const slugs: string[] = [];
  let after: string | null = null;
  for (;;) {
    const { body } = await api.graphql({ query, variables: { after } });
    const connection = body.data.exchanges;
    slugs.push(...connection.edges.map((e: { node: { slug: string } }) => e.node.slug));
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  expect(slugs).toEqual(latest.map((p) => p.slug));
});

test('the instrument filter keeps exactly the profiles offering it', async () => {
  for (const [gql, kind] of [
    ['LINEAR', 'linear'],
    ['INVERSE', 'inverse'],
    ['SPOT_MARGIN', 'spot_margin'],
  ] as const) {
    const { body } = await api.graphql({
      query: `{ exchanges(first: 100, instrument: ${gql}) { edges { node { slug instruments } } } }`,
    });
    const slugs = body.data.exchanges.edges.map((e: { node: { slug: string } }) => e.node.slug);
    expect(slugs).toEqual(latest.filter((p) => p.instruments.includes(kind)).map((p) => p.slug));
  }
});

test('exchange(slug) returns the full profile with tiers, sourced figures and sources', async () => {
  const profile = latest.find((p) => p.slug === 'binance-usdm');
  expect(profile).toBeDefined();
  const { body } = await api.graphql({
    query: `{ exchange(slug: "binance-usdm") {
      id slug exchange version asOf settlementCurrency instruments marginModes
      contracts(first: 100) { edges { node { asset instrument symbol tiers { index floor cap maxLeverage mmr } table { source asOf known } } } }
      takerFeeRate { value known source asOf assumption }
      deficitWaterfall { value known }
      userLiableForDeficit { value known }
      negativeBalancePromise { value known }
      sources { field source asOf assumption }
      profile
    } }`,
  });
  expect(body.errors).toBeUndefined();
  const exchange = body.data.exchange;
  expect(exchange).toMatchObject({
    slug: 'binance-usdm',
    exchange: profile!.exchange,
    version: profile!.version,
    asOf: profile!.asOf,
  });
  expect(exchange.profile).toEqual(JSON.parse(JSON.stringify(profile)));
  const btc = exchange.contracts.edges
    .map((e: { node: unknown }) => e.node)
    .find((c: { asset: string }) => c.asset === 'BTC');
  expect(btc.symbol).toBe('BTCUSDT');
  expect(btc.table.asOf).toBe('2026-07-02');
  // Binance BTCUSDT brackets 1 and 3 as recorded on 2026-07-02 (leverageBracket answer in
  // packages/venue-data/recorded/binance-usdm.json): 0-300,000 at 150x, MMR 0.4%;
  // 800,000-3,000,000 at 75x, MMR 0.65%.
  expect(btc.tiers[0]).toEqual({
    index: 0,
    floor: '0',
    cap: '300000',
    maxLeverage: '150',
    mmr: '0.004',
  });
  expect(btc.tiers[2]).toEqual({
    index: 2,
    floor: '800000',
    cap: '3000000',
    maxLeverage: '75',
    mmr: '0.0065',
  });
  expect(exchange.takerFeeRate.source).toBe(profile!.takerFeeRate.source);
  expect(exchange.sources.map((s: { field: string }) => s.field)).toEqual(
    expect.arrayContaining(['takerFeeRate', 'contracts.0.tiers']),
  );

  const node = await api.graphql({
    query: `query($id: ID!) { node(id: $id) { id ... on Exchange { slug } } }`,
    variables: { id: exchange.id },
  });
  expect(node.body.data.node).toEqual({ id: exchange.id, slug: 'binance-usdm' });
});

test('each venue formula rule comes with its source, and null where the profile does not state it', async () => {
  const rules = `bankruptcyPrice { value known source } isolatedCloseFeeReserve { value source }
    liquidationResidual { value source } spotMargin { usedMarginCurrency { value source } }
    sources { field }`;
  const { body } = await api.graphql({
    query: `{ bybit: exchange(slug: "bybit-inverse") { ${rules} }
      phemex: exchange(slug: "phemex-usdtm") { ${rules} }
      kraken: exchange(slug: "kraken-margin") { ${rules} }
      hyperliquid: exchange(slug: "hyperliquid") { ${rules} } }`,
  });
  expect(body.errors).toBeUndefined();
  const { bybit, phemex, kraken, hyperliquid } = body.data;
  const profile = (slug: string) => latest.find((p) => p.slug === slug)!;
  // Bybit's inverse liquidation article prices the fee to close into the bankruptcy price.
  expect(bybit.bankruptcyPrice).toEqual({
    value: 'includes_close_fee',
    known: true,
    source: profile('bybit-inverse').bankruptcyPrice!.source,
  });
  expect(bybit.liquidationResidual.value).toBe('to_venue');
  expect(bybit.sources.map((s: { field: string }) => s.field)).toEqual(
    expect.arrayContaining(['bankruptcyPrice', 'liquidationResidual']),
  );
  expect(phemex.isolatedCloseFeeReserve).toEqual({
    value: true,
    source: 'phemex.com/help-center/liq-price-for-USDTM',
  });
  expect(kraken.spotMargin.usedMarginCurrency.value).toBe('borrowed_asset');
  expect(hyperliquid).toMatchObject({
    bankruptcyPrice: null,
    isolatedCloseFeeReserve: null,
    liquidationResidual: null,
    spotMargin: null,
  });
});

test('an unknown slug is NOT_FOUND', async () => {
  const { body } = await api.graphql({ query: '{ exchange(slug: "nope") { slug } }' });
  expect(codes(body)).toEqual(['NOT_FOUND']);
});

test('superseded profile versions stay readable by version; the slug alone gives the current one', async () => {
  const superseded = profileVersions.filter((p) => !profiles.includes(p));
  for (const old of superseded) {
    const current = profiles.find((p) => p.slug === old.slug)!;
    const query = `query($slug: String!, $version: Int) { exchange(slug: $slug, version: $version) { version asOf profile } }`;
    const latest = await api.graphql({ query, variables: { slug: old.slug } });
    expect(latest.body.data.exchange.version).toBe(current.version);
    const past = await api.graphql({ query, variables: { slug: old.slug, version: old.version } });
    expect(past.body.data.exchange).toMatchObject({ version: old.version, asOf: old.asOf });
    expect(past.body.data.exchange.profile).toEqual(JSON.parse(JSON.stringify(old)));
  }
  const missing = await api.graphql({
    query: '{ exchange(slug: "binance-usdm", version: 999) { slug } }',
  });
  expect(codes(missing.body)).toEqual(['NOT_FOUND']);
});

test('contracts page by asset then instrument, filter by asset, and say when no market figure is held', async () => {
  const query = `query($after: String, $asset: String) { exchange(slug: "bitmex") {
    contractListing { value asOf }
    contracts(first: 2, after: $after, asset: $asset) {
      edges { node { asset instrument symbol tierRule contractValueUsd table { asOf } market { markPrice } } }
      pageInfo { hasNextPage endCursor } } } }`;
  const seen: string[] = [];
  let after: string | null = null;
  for (;;) {
    const { body } = await api.graphql({ query, variables: { after } });
    expect(body.errors).toBeUndefined();
    const page = body.data.exchange.contracts;
    seen.push(...page.edges.map((e: { node: { asset: string } }) => e.node.asset));
    // The main test API runs without the venue refresh: no market figure is held.
    expect(page.edges.every((e: { node: { market: unknown } }) => e.node.market === null)).toBe(
      true,
    );
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  const bitmex = latest.find((p) => p.slug === 'bitmex')!;
  expect(seen).toEqual(bitmex.contracts.map((c) => c.asset).sort());

  const { body } = await api.graphql({ query, variables: { after: null, asset: 'BTC' } });
  // BitMEX's XBTUSD: inverse, one contract is 1 USD, a step rule on the whole position,
  // recorded on 2026-05-21 (recorded/bitmex-perp.json).
  expect(body.data.exchange.contracts.edges).toEqual([
    {
      node: {
        asset: 'BTC',
        instrument: 'INVERSE',
        symbol: 'XBTUSD',
        tierRule: 'whole_position',
        contractValueUsd: '1',
        table: { asOf: '2026-05-21' },
        market: null,
      },
    },
  ]);
});
