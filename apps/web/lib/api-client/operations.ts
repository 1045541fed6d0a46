/**
 * Every GraphQL operation the PWA sends, in one file. GraphQL Code Generator (codegen.ts) types
 * each from the API's committed schema into lib/gql/, and writes the safelist the API enforces
 * for the PWA (lib/gql/persisted-documents.json). Keep each operation named and static; a
 * fragment is spread by name (codegen adds its definition to every document that uses it).
 */
import { graphql } from '../gql';

/** The `userErrors` of every mutation (the API's UserError): the field at fault, a code, a sentence. */
export const USER_ERROR_FIELDS = graphql(`
  fragment UserErrorFields on UserError {
    field
    code
    message
  }
`);

export const SCENARIO_FIELDS = graphql(`
  fragment ScenarioFields on Scenario {
    id
    title
    version
    updatedAt
    viewerIsOwner
    share {
      slug
      active
    }
    inputs {
      schemaVersion
      exchange
      account {
        walletBalance
        holdings {
          asset
          quantity
          price
        }
        positions {
          asset
          instrument
          side
          entryPrice
          size
          amount
          leverage
          marginMode
          markPrice
          extraMargin
          maintenanceMarginRate
          maintenanceAmount
          stopLoss {
            type
            triggerPrice
            limitPrice
          }
          adds {
            price
            size
          }
        }
        costs {
          tradingFees
          fundingRatePerInterval
          fundingIntervalHours
          holdingHours
          borrowInterest
        }
      }
    }
  }
`);

export const CREATE_DEVICE = graphql(`
  mutation CreateDevice {
    createDevice {
      token
    }
  }
`);

export const MY_SCENARIOS = graphql(`
  query MyScenarios($first: Int!, $after: String) {
    viewer {
      scenarios(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...ScenarioFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const SCENARIO = graphql(`
  query Scenario($id: ID!) {
    scenario(id: $id) {
      ...ScenarioFields
    }
  }
`);

export const SHARED_SCENARIO = graphql(`
  query SharedScenario($slug: String!) {
    sharedScenario(slug: $slug) {
      ...ScenarioFields
    }
  }
`);

export const CREATE_SCENARIO = graphql(`
  mutation CreateScenario($input: CreateScenarioInput!) {
    createScenario(input: $input) {
      scenario {
        ...ScenarioFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UPDATE_SCENARIO = graphql(`
  mutation UpdateScenario($input: UpdateScenarioInput!) {
    updateScenario(input: $input) {
      scenario {
        ...ScenarioFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const DELETE_SCENARIO = graphql(`
  mutation DeleteScenario($input: ScenarioIdInput!) {
    deleteScenario(input: $input) {
      deletedScenarioId
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SHARE_SCENARIO = graphql(`
  mutation ShareScenario($input: ScenarioIdInput!) {
    shareScenario(input: $input) {
      scenario {
        ...ScenarioFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const REVOKE_SHARE = graphql(`
  mutation RevokeShare($input: ScenarioIdInput!) {
    revokeShare(input: $input) {
      scenario {
        ...ScenarioFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const FORK_SCENARIO = graphql(`
  mutation ForkScenario($input: ShareSlugInput!) {
    forkScenario(input: $input) {
      scenario {
        ...ScenarioFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** The venue's latest market figures for one contract, for the current-price field. */
export const CONTRACT_MARKET = graphql(`
  query ContractMarket($exchange: String!, $asset: String!) {
    exchange(slug: $exchange) {
      slug
      exchange
      contracts(first: 2, asset: $asset) {
        edges {
          node {
            asset
            instrument
            symbol
            market {
              symbol
              markPrice
              indexPrice
              fundingRate
              quotedAt
              source
            }
          }
        }
      }
    }
  }
`);

/** The newest profile version of every exchange, to see which the device should take. */
export const EXCHANGE_VERSIONS = graphql(`
  query ExchangeVersions($after: String) {
    exchanges(first: 100, after: $after) {
      edges {
        node {
          slug
          version
          venueCheckedOn
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** One exchange's newest profile, whole, as risk-core reads it. */
export const EXCHANGE_PROFILE = graphql(`
  query ExchangeProfile($slug: String!) {
    exchange(slug: $slug) {
      slug
      version
      venueCheckedOn
      profile
    }
  }
`);
