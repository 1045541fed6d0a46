/**
 * The few operations the fault tests build on: a device, a saved scenario, reading it back.
 */
import { btcLong, CREATE_SCENARIO, SCENARIO_FIELDS } from '../../support/fixtures';
import { post } from './client';

/** Reads a scenario with the same fields createScenario and updateScenario answer with. */
export const READ_SCENARIO = `query Read($id: ID!) { scenario(id: $id) { ...S } } ${SCENARIO_FIELDS}`;

export async function createDevice(url: string): Promise<string> {
  const answer = await post(url, { query: 'mutation { createDevice { token } }' });
  const token = answer.body?.data?.createDevice?.token;
  if (typeof token !== 'string') throw new Error(`createDevice failed: ${answer.text}`);
  return token;
}

export interface SavedScenario {
  id: string;
  title: string;
  version: number;
}

export async function createScenario(
  url: string,
  token: string,
  title: string,
  inputs: unknown = btcLong,
): Promise<SavedScenario> {
  const answer = await post(
    url,
    { query: CREATE_SCENARIO, variables: { input: { title, inputs } } },
    { token },
  );
  const scenario = answer.body?.data?.createScenario?.scenario;
  if (!scenario) throw new Error(`createScenario failed: ${answer.text}`);
  return { id: scenario.id, title: scenario.title, version: scenario.version };
}
