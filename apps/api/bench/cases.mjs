// The operations the API benchmark measures, as a third-party client sends them (plain POST,
// no persisted-query hash), and what counts as a successful answer to each.

// Bybit's published worked example WE-4 (long 1 BTC at 20,000 USDT, 50x, isolated): a real
// single-position scenario, the common case of the quick check.
export const scenarioInput = {
  schemaVersion: 1,
  exchange: 'bybit-linear',
  account: {
    positions: [
      {
        asset: 'BTC',
        instrument: 'LINEAR',
        side: 'LONG',
        entryPrice: '20000',
        size: '1',
        leverage: '50',
        marginMode: 'ISOLATED',
      },
    ],
  },
};

const noErrors = (body) => body.startsWith('{"data":') && !body.includes('"errors":');

/** The ceiling's constant query. */
export const ceilingCase = {
  name: 'ceiling',
  title: 'bare Apollo Server, constant query',
  body: JSON.stringify({ query: '{ ping }' }),
  verify: (body) => body === '{"data":{"ping":"pong"}}\n' || body === '{"data":{"ping":"pong"}}',
};

/**
 * The API's cases; `token` is a device token (createScenario needs one).
 * @param {string} token
 */
export function apiCases(token) {
  return [
    {
      name: 'typename',
      title:
        "`{ __typename }`: the API's floor, no resolver work: its HTTP handling, CORS, safelist, two rate-limit " +
        'charges in Redis, cost analysis and request log',
      body: JSON.stringify({ query: '{ __typename }' }),
      verify: noErrors,
    },
    {
      name: 'exchanges',
      title:
        '`exchanges(first: 20)`: a page of profiles with their fees and provenance (the stored versions, kept in memory and reread from PostgreSQL every minute)',
      body: JSON.stringify({
        query:
          'query Exchanges { exchanges(first: 20) { edges { cursor node { slug exchange product version asOf ' +
          'settlementCurrency instruments marginModes takerFeeRate { value source asOf } ' +
          'liquidationFeeRate { value source asOf } } } pageInfo { hasNextPage endCursor } } }',
      }),
      verify: noErrors,
    },
    {
      name: 'assess',
      title:
        '`assess` of an inline scenario: risk-core validation and point figures (price ladder, answer, reason); no database',
      body: JSON.stringify({
        query:
          'query Assess($scenario: ScenarioSourceInput!) { assess(scenario: $scenario) { answer reason methodologyVersion ' +
          'asOf profileSlug profileVersion maxLossAsDesigned warnings { code } account { equity maintenanceMargin } ' +
          'positions { liquidationPrice liquidationDistancePercent bankruptcyPrice marginCallPrice initialMargin ' +
          'maintenanceMargin } } }',
        variables: { scenario: { inputs: scenarioInput } },
      }),
      verify: noErrors,
    },
    {
      name: 'compare',
      title:
        '`compare` of an inline scenario under every exchange profile, ranked (worst-case gap); no database',
      body: JSON.stringify({
        query:
          'query Compare($scenario: ScenarioSourceInput!) { compare(scenario: $scenario) { methodologyVersion ' +
          'ranked { rank profileSlug answer outcomeBalance outcomeUserOwes liquidationDistancePercent } ' +
          'skipped { exchange product field } } }',
        variables: { scenario: { inputs: scenarioInput } },
      }),
      verify: noErrors,
    },
    {
      name: 'createScenario',
      title:
        '`createScenario`: validate through risk-core, INSERT, answer the saved scenario (authenticated)',
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query:
          'mutation Save($input: CreateScenarioInput!) { createScenario(input: $input) { scenario { id version title } ' +
          'userErrors { field code message } } }',
        variables: { input: { title: 'bench', inputs: scenarioInput } },
      }),
      verify: (body) => noErrors(body) && body.includes('"userErrors":[]'),
    },
  ];
}
