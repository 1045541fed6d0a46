/**
 * Every GraphQL operation the PWA sends, in one file, so the API can build its safelist of
 * persisted operations from it. Keep each operation named and static (no string building).
 */
import { gql } from '@apollo/client';

/** The `userErrors` of every mutation (the API's UserError): the field at fault, a code, a sentence. */
export const USER_ERROR_FIELDS = gql`
  fragment UserErrorFields on UserError {
    field
    code
    message
  }
`;

export const SCENARIO_FIELDS = gql`
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
`;

export const CREATE_DEVICE = gql`
  mutation CreateDevice {
    createDevice {
      token
    }
  }
`;

export const MY_SCENARIOS = gql`
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
  ${SCENARIO_FIELDS}
`;

export const SCENARIO = gql`
  query Scenario($id: ID!) {
    scenario(id: $id) {
      ...ScenarioFields
    }
  }
  ${SCENARIO_FIELDS}
`;

export const SHARED_SCENARIO = gql`
  query SharedScenario($slug: String!) {
    sharedScenario(slug: $slug) {
      ...ScenarioFields
    }
  }
  ${SCENARIO_FIELDS}
`;

export const CREATE_SCENARIO = gql`
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
  ${SCENARIO_FIELDS}
  ${USER_ERROR_FIELDS}
`;

export const UPDATE_SCENARIO = gql`
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
  ${SCENARIO_FIELDS}
  ${USER_ERROR_FIELDS}
`;

export const DELETE_SCENARIO = gql`
  mutation DeleteScenario($input: ScenarioIdInput!) {
    deleteScenario(input: $input) {
      deletedScenarioId
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${USER_ERROR_FIELDS}
`;

export const SHARE_SCENARIO = gql`
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
  ${SCENARIO_FIELDS}
  ${USER_ERROR_FIELDS}
`;

export const REVOKE_SHARE = gql`
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
  ${SCENARIO_FIELDS}
  ${USER_ERROR_FIELDS}
`;

export const FORK_SCENARIO = gql`
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
  ${SCENARIO_FIELDS}
  ${USER_ERROR_FIELDS}
`;

/** The venue's latest market figures for one contract, for the current-price field. */
export const CONTRACT_MARKET = gql`
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
`;

/** The newest profile version of every exchange, to see which the device should take. */
export const EXCHANGE_VERSIONS = gql`
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
`;

/** One exchange's newest profile, whole, as risk-core reads it. */
export const EXCHANGE_PROFILE = gql`
  query ExchangeProfile($slug: String!) {
    exchange(slug: $slug) {
      slug
      version
      venueCheckedOn
      profile
    }
  }
`;
