'use client';
/**
 * The API's scenario operations as plain async functions over the Apollo client. Expected
 * problems become typed errors: ConflictError (stale version), UserInputError (the API's
 * userErrors), NotFoundError; anything else (no network) is rethrown as it came.
 */
import type { ApolloClient } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { ScenarioInput } from '@belowzero/risk-core';
import { deviceToken, storeDeviceToken } from '../sync/device';
import {
  CREATE_DEVICE,
  CREATE_SCENARIO,
  DELETE_SCENARIO,
  FORK_SCENARIO,
  MY_SCENARIOS,
  REVOKE_SHARE,
  SCENARIO,
  SHARE_SCENARIO,
  SHARED_SCENARIO,
  UPDATE_SCENARIO,
} from './operations';
import type { MyScenariosQuery, UserErrorFieldsFragment } from '../gql/graphql';
import { toWire, type ScenarioNodeData } from './scenario-wire';

export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

export class UserInputError extends Error {
  constructor(
    readonly field: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'UserInputError';
  }
}

/** What every scenario mutation answers (its type generated from the schema). */
interface ScenarioPayload {
  scenario: ScenarioNodeData | null;
  userErrors: UserErrorFieldsFragment[];
}

const PAGE_SIZE = 100;

/** Runs an operation, turning the API's error codes into the typed errors above. */
async function call<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (CombinedGraphQLErrors.is(error)) {
      const first = error.errors[0];
      const code = first?.extensions?.code;
      if (code === 'CONFLICT') throw new ConflictError(first?.message ?? 'conflict');
      if (code === 'NOT_FOUND') throw new NotFoundError(first?.message ?? 'not found');
      if (code === 'BAD_USER_INPUT') throw new UserInputError(null, first?.message ?? 'bad input');
    }
    throw error;
  }
}

function scenarioOf(payload: ScenarioPayload | undefined): ScenarioNodeData {
  const problem = payload?.userErrors[0];
  if (problem) throw new UserInputError(problem.field?.slice(2).join('.') ?? null, problem.message);
  if (!payload?.scenario) throw new Error('the API returned no scenario');
  return payload.scenario;
}

export class ScenarioApi {
  constructor(private readonly client: ApolloClient) {}

  /** Creates this browser's device identity on first use; the token is shown only once. */
  async ensureDevice(): Promise<void> {
    if (deviceToken()) return;
    const result = await call(this.client.mutate({ mutation: CREATE_DEVICE }));
    const token = result.data?.createDevice.token;
    if (!token) throw new Error('the API returned no device token');
    storeDeviceToken(token);
  }

  /** Saves a new scenario; a repeat with the same `clientRequestId` returns the first one. */
  async create(
    title: string,
    input: ScenarioInput,
    clientRequestId: string,
  ): Promise<ScenarioNodeData> {
    await this.ensureDevice();
    const result = await call(
      this.client.mutate({
        mutation: CREATE_SCENARIO,
        variables: { input: { title, inputs: toWire(input), clientRequestId } },
      }),
    );
    return scenarioOf(result.data?.createScenario);
  }

  async update(
    id: string,
    version: number,
    title: string,
    input: ScenarioInput,
  ): Promise<ScenarioNodeData> {
    const result = await call(
      this.client.mutate({
        mutation: UPDATE_SCENARIO,
        variables: { input: { id, version, title, inputs: toWire(input) } },
      }),
    );
    return scenarioOf(result.data?.updateScenario);
  }

  async remove(id: string): Promise<void> {
    await call(this.client.mutate({ mutation: DELETE_SCENARIO, variables: { input: { id } } }));
  }

  async get(id: string): Promise<ScenarioNodeData> {
    const result = await call(this.client.query({ query: SCENARIO, variables: { id } }));
    if (!result.data) throw new NotFoundError('no scenario');
    return result.data.scenario;
  }

  /** Every scenario of this device, or null when the device has no identity yet. */
  async list(): Promise<ScenarioNodeData[] | null> {
    if (!deviceToken()) return null;
    const nodes: ScenarioNodeData[] = [];
    let after: string | null = null;
    for (;;) {
      const result: { data?: MyScenariosQuery } = await call(
        this.client.query({ query: MY_SCENARIOS, variables: { first: PAGE_SIZE, after } }),
      );
      const page = result.data?.viewer.scenarios;
      if (!page) return nodes;
      nodes.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return nodes;
      after = page.pageInfo.endCursor;
    }
  }

  async share(id: string): Promise<ScenarioNodeData> {
    const result = await call(
      this.client.mutate({
        mutation: SHARE_SCENARIO,
        variables: { input: { id } },
      }),
    );
    return scenarioOf(result.data?.shareScenario);
  }

  async revoke(id: string): Promise<ScenarioNodeData> {
    const result = await call(
      this.client.mutate({
        mutation: REVOKE_SHARE,
        variables: { input: { id } },
      }),
    );
    return scenarioOf(result.data?.revokeShare);
  }

  async fork(slug: string): Promise<ScenarioNodeData> {
    await this.ensureDevice();
    const result = await call(
      this.client.mutate({
        mutation: FORK_SCENARIO,
        variables: { input: { slug } },
      }),
    );
    return scenarioOf(result.data?.forkScenario);
  }

  async shared(slug: string): Promise<ScenarioNodeData> {
    const result = await call(
      this.client.query({
        query: SHARED_SCENARIO,
        variables: { slug },
      }),
    );
    if (!result.data) throw new NotFoundError('no shared scenario');
    return result.data.sharedScenario;
  }
}
