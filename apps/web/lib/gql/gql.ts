/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment UserErrorFields on UserError {\n    field\n    code\n    message\n  }\n": typeof types.UserErrorFieldsFragmentDoc,
    "\n  fragment ScenarioFields on Scenario {\n    id\n    title\n    version\n    updatedAt\n    viewerIsOwner\n    share {\n      slug\n      active\n    }\n    inputs {\n      schemaVersion\n      exchange\n      account {\n        walletBalance\n        holdings {\n          asset\n          quantity\n          price\n        }\n        positions {\n          asset\n          instrument\n          side\n          entryPrice\n          size\n          amount\n          leverage\n          marginMode\n          markPrice\n          extraMargin\n          maintenanceMarginRate\n          maintenanceAmount\n          stopLoss {\n            type\n            triggerPrice\n            limitPrice\n          }\n          adds {\n            price\n            size\n          }\n        }\n        costs {\n          tradingFees\n          fundingRatePerInterval\n          fundingIntervalHours\n          holdingHours\n          borrowInterest\n        }\n      }\n    }\n  }\n": typeof types.ScenarioFieldsFragmentDoc,
    "\n  mutation CreateDevice {\n    createDevice {\n      token\n    }\n  }\n": typeof types.CreateDeviceDocument,
    "\n  query MyScenarios($first: Int!, $after: String) {\n    viewer {\n      scenarios(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...ScenarioFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.MyScenariosDocument,
    "\n  query Scenario($id: ID!) {\n    scenario(id: $id) {\n      ...ScenarioFields\n    }\n  }\n": typeof types.ScenarioDocument,
    "\n  query SharedScenario($slug: String!) {\n    sharedScenario(slug: $slug) {\n      ...ScenarioFields\n    }\n  }\n": typeof types.SharedScenarioDocument,
    "\n  mutation CreateScenario($input: CreateScenarioInput!) {\n    createScenario(input: $input) {\n      scenario {\n        ...ScenarioFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateScenarioDocument,
    "\n  mutation UpdateScenario($input: UpdateScenarioInput!) {\n    updateScenario(input: $input) {\n      scenario {\n        ...ScenarioFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateScenarioDocument,
    "\n  mutation DeleteScenario($input: ScenarioIdInput!) {\n    deleteScenario(input: $input) {\n      deletedScenarioId\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DeleteScenarioDocument,
    "\n  mutation ShareScenario($input: ScenarioIdInput!) {\n    shareScenario(input: $input) {\n      scenario {\n        ...ScenarioFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ShareScenarioDocument,
    "\n  mutation RevokeShare($input: ScenarioIdInput!) {\n    revokeShare(input: $input) {\n      scenario {\n        ...ScenarioFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RevokeShareDocument,
    "\n  mutation ForkScenario($input: ShareSlugInput!) {\n    forkScenario(input: $input) {\n      scenario {\n        ...ScenarioFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ForkScenarioDocument,
    "\n  query ContractMarket($exchange: String!, $asset: String!) {\n    exchange(slug: $exchange) {\n      slug\n      exchange\n      contracts(first: 2, asset: $asset) {\n        edges {\n          node {\n            asset\n            instrument\n            symbol\n            market {\n              symbol\n              markPrice\n              indexPrice\n              fundingRate\n              quotedAt\n              source\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ContractMarketDocument,
    "\n  query ExchangeVersions($after: String) {\n    exchanges(first: 100, after: $after) {\n      edges {\n        node {\n          slug\n          version\n          venueCheckedOn\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ExchangeVersionsDocument,
    "\n  query ExchangeProfile($slug: String!) {\n    exchange(slug: $slug) {\n      slug\n      version\n      venueCheckedOn\n      profile\n    }\n  }\n": typeof types.ExchangeProfileDocument,
};
const documents: Documents = {
    "\n  fragment UserErrorFields on UserError {\n    field\n    code\n    message\n  }\n": types.UserErrorFieldsFragmentDoc,
    "\n  fragment ScenarioFields on Scenario {\n    id\n    title\n    version\n    updatedAt\n    viewerIsOwner\n    share {\n      slug\n      active\n    }\n    inputs {\n      schemaVersion\n      exchange\n      account {\n        walletBalance\n        holdings {\n          asset\n          quantity\n          price\n        }\n        positions {\n          asset\n          instrument\n          side\n          entryPrice\n          size\n          amount\n          leverage\n          marginMode\n          markPrice\n          extraMargin\n          maintenanceMarginRate\n          maintenanceAmount\n          stopLoss {\n            type\n            triggerPrice\n            limitPrice\n          }\n          adds {\n            price\n            size\n          }\n        }\n        costs {\n          tradingFees\n          fundingRatePerInterval\n          fundingIntervalHours\n          holdingHours\n          borrowInterest\n        }\n      }\n    }\n  }\n": types.ScenarioFieldsFragmentDoc,
    "\n  mutation CreateDevice {\n    createDevice {\n      token\n    }\n  }\n": types.CreateDeviceDocument,
    "\n  query MyScenarios($first: Int!, $after: String) {\n    viewer {\n      scenarios(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...ScenarioFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.MyScenariosDocument,
    "\n  query Scenario($id: ID!) {\n    scenario(id: $id) {\n      ...ScenarioFields\n    }\n  }\n": types.ScenarioDocument,
    "\n  query SharedScenario($slug: String!) {\n    sharedScenario(slug: $slug) {\n      ...ScenarioFields\n    }\n  }\n": types.SharedScenarioDocument,
    "\n  mutation CreateScenario($input: CreateScenarioInput!) {\n    createScenario(input: $input) {\n      scenario {\n        ...ScenarioFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateScenarioDocument,
    "\n  mutation UpdateScenario($input: UpdateScenarioInput!) {\n    updateScenario(input: $input) {\n      scenario {\n        ...ScenarioFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateScenarioDocument,
    "\n  mutation DeleteScenario($input: ScenarioIdInput!) {\n    deleteScenario(input: $input) {\n      deletedScenarioId\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DeleteScenarioDocument,
    "\n  mutation ShareScenario($input: ScenarioIdInput!) {\n    shareScenario(input: $input) {\n      scenario {\n        ...ScenarioFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ShareScenarioDocument,
    "\n  mutation RevokeShare($input: ScenarioIdInput!) {\n    revokeShare(input: $input) {\n      scenario {\n        ...ScenarioFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RevokeShareDocument,
    "\n  mutation ForkScenario($input: ShareSlugInput!) {\n    forkScenario(input: $input) {\n      scenario {\n        ...ScenarioFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ForkScenarioDocument,
    "\n  query ContractMarket($exchange: String!, $asset: String!) {\n    exchange(slug: $exchange) {\n      slug\n      exchange\n      contracts(first: 2, asset: $asset) {\n        edges {\n          node {\n            asset\n            instrument\n            symbol\n            market {\n              symbol\n              markPrice\n              indexPrice\n              fundingRate\n              quotedAt\n              source\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ContractMarketDocument,
    "\n  query ExchangeVersions($after: String) {\n    exchanges(first: 100, after: $after) {\n      edges {\n        node {\n          slug\n          version\n          venueCheckedOn\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ExchangeVersionsDocument,
    "\n  query ExchangeProfile($slug: String!) {\n    exchange(slug: $slug) {\n      slug\n      version\n      venueCheckedOn\n      profile\n    }\n  }\n": types.ExchangeProfileDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserErrorFields on UserError {\n    field\n    code\n    message\n  }\n"): (typeof documents)["\n  fragment UserErrorFields on UserError {\n    field\n    code\n    message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScenarioFields on Scenario {\n    id\n    title\n    version\n    updatedAt\n    viewerIsOwner\n    share {\n      slug\n      active\n    }\n    inputs {\n      schemaVersion\n      exchange\n      account {\n        walletBalance\n        holdings {\n          asset\n          quantity\n          price\n        }\n        positions {\n          asset\n          instrument\n          side\n          entryPrice\n          size\n          amount\n          leverage\n          marginMode\n          markPrice\n          extraMargin\n          maintenanceMarginRate\n          maintenanceAmount\n          stopLoss {\n            type\n            triggerPrice\n            limitPrice\n          }\n          adds {\n            price\n            size\n          }\n        }\n        costs {\n          tradingFees\n          fundingRatePerInterval\n          fundingIntervalHours\n          holdingHours\n          borrowInterest\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ScenarioFields on Scenario {\n    id\n    title\n    version\n    updatedAt\n    viewerIsOwner\n    share {\n      slug\n      active\n    }\n    inputs {\n      schemaVersion\n      exchange\n      account {\n        walletBalance\n        holdings {\n          asset\n          quantity\n          price\n        }\n        positions {\n          asset\n          instrument\n          side\n          entryPrice\n          size\n          amount\n          leverage\n          marginMode\n          markPrice\n          extraMargin\n          maintenanceMarginRate\n          maintenanceAmount\n          stopLoss {\n            type\n            triggerPrice\n            limitPrice\n          }\n          adds {\n            price\n            size\n          }\n        }\n        costs {\n          tradingFees\n          fundingRatePerInterval\n          fundingIntervalHours\n          holdingHours\n          borrowInterest\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDevice {\n    createDevice {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDevice {\n    createDevice {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyScenarios($first: Int!, $after: String) {\n    viewer {\n      scenarios(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...ScenarioFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyScenarios($first: Int!, $after: String) {\n    viewer {\n      scenarios(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...ScenarioFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Scenario($id: ID!) {\n    scenario(id: $id) {\n      ...ScenarioFields\n    }\n  }\n"): (typeof documents)["\n  query Scenario($id: ID!) {\n    scenario(id: $id) {\n      ...ScenarioFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedScenario($slug: String!) {\n    sharedScenario(slug: $slug) {\n      ...ScenarioFields\n    }\n  }\n"): (typeof documents)["\n  query SharedScenario($slug: String!) {\n    sharedScenario(slug: $slug) {\n      ...ScenarioFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateScenario($input: CreateScenarioInput!) {\n    createScenario(input: $input) {\n      scenario {\n        ...ScenarioFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateScenario($input: CreateScenarioInput!) {\n    createScenario(input: $input) {\n      scenario {\n        ...ScenarioFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateScenario($input: UpdateScenarioInput!) {\n    updateScenario(input: $input) {\n      scenario {\n        ...ScenarioFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateScenario($input: UpdateScenarioInput!) {\n    updateScenario(input: $input) {\n      scenario {\n        ...ScenarioFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteScenario($input: ScenarioIdInput!) {\n    deleteScenario(input: $input) {\n      deletedScenarioId\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteScenario($input: ScenarioIdInput!) {\n    deleteScenario(input: $input) {\n      deletedScenarioId\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareScenario($input: ScenarioIdInput!) {\n    shareScenario(input: $input) {\n      scenario {\n        ...ScenarioFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ShareScenario($input: ScenarioIdInput!) {\n    shareScenario(input: $input) {\n      scenario {\n        ...ScenarioFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeShare($input: ScenarioIdInput!) {\n    revokeShare(input: $input) {\n      scenario {\n        ...ScenarioFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeShare($input: ScenarioIdInput!) {\n    revokeShare(input: $input) {\n      scenario {\n        ...ScenarioFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForkScenario($input: ShareSlugInput!) {\n    forkScenario(input: $input) {\n      scenario {\n        ...ScenarioFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ForkScenario($input: ShareSlugInput!) {\n    forkScenario(input: $input) {\n      scenario {\n        ...ScenarioFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractMarket($exchange: String!, $asset: String!) {\n    exchange(slug: $exchange) {\n      slug\n      exchange\n      contracts(first: 2, asset: $asset) {\n        edges {\n          node {\n            asset\n            instrument\n            symbol\n            market {\n              symbol\n              markPrice\n              indexPrice\n              fundingRate\n              quotedAt\n              source\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContractMarket($exchange: String!, $asset: String!) {\n    exchange(slug: $exchange) {\n      slug\n      exchange\n      contracts(first: 2, asset: $asset) {\n        edges {\n          node {\n            asset\n            instrument\n            symbol\n            market {\n              symbol\n              markPrice\n              indexPrice\n              fundingRate\n              quotedAt\n              source\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExchangeVersions($after: String) {\n    exchanges(first: 100, after: $after) {\n      edges {\n        node {\n          slug\n          version\n          venueCheckedOn\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExchangeVersions($after: String) {\n    exchanges(first: 100, after: $after) {\n      edges {\n        node {\n          slug\n          version\n          venueCheckedOn\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExchangeProfile($slug: String!) {\n    exchange(slug: $slug) {\n      slug\n      version\n      venueCheckedOn\n      profile\n    }\n  }\n"): (typeof documents)["\n  query ExchangeProfile($slug: String!) {\n    exchange(slug: $slug) {\n      slug\n      version\n      venueCheckedOn\n      profile\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;