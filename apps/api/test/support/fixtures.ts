/**
 * Inputs and operations shared by the HTTP suites.
 */
export const btcLong = {
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
        leverage: '10',
        marginMode: 'ISOLATED',
      },
    ],
  },
};

export const SCENARIO_FIELDS = `
  fragment S on Scenario {
    id title version schemaVersion viewerIsOwner isFork createdAt updatedAt
    share { slug active revokedAt }
    inputs { schemaVersion exchange account { walletBalance positions { asset instrument side entryPrice size leverage marginMode stopLoss { type triggerPrice } } } }
  }`;

export const CREATE_SCENARIO = `
  mutation Create($input: CreateScenarioInput!) {
    createScenario(input: $input) { scenario { ...S } userErrors { field code message } }
  } ${SCENARIO_FIELDS}`;

export const UPDATE_SCENARIO = `
  mutation Update($input: UpdateScenarioInput!) {
    updateScenario(input: $input) { scenario { ...S } userErrors { field code message } }
  } ${SCENARIO_FIELDS}`;
