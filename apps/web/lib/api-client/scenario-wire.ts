/**
 * ScenarioInput on the GraphQL wire. The API's enums travel by name (LINEAR, LONG,
 * ISOLATED, MARKET) while risk-core uses lower-case values, and absent optional fields
 * come back as null; these two functions translate, nothing else.
 */
import type { ScenarioInput } from '@belowzero/risk-core';
import type { ScenarioFieldsFragment, ScenarioInput as WireScenarioInput } from '../gql/graphql';

/** The scenario as the ScenarioFields fragment returns it (type generated from the schema). */
export type ScenarioNodeData = ScenarioFieldsFragment;

const ENUM_FIELDS = new Set(['instrument', 'side', 'marginMode', 'type']);

/** risk-core input -> GraphQL input (enum names in upper case). */
export function toWire(input: ScenarioInput): WireScenarioInput {
  return JSON.parse(
    JSON.stringify(input, (key, value: unknown) =>
      ENUM_FIELDS.has(key) && typeof value === 'string' ? value.toUpperCase() : value,
    ),
  ) as WireScenarioInput;
}

/** GraphQL output -> risk-core input: lower-case enum values, no nulls, no __typename. */
export function fromWire(inputs: ScenarioNodeData['inputs']): ScenarioInput {
  return JSON.parse(
    JSON.stringify(inputs, (key, value: unknown) => {
      if (value === null || key === '__typename') return undefined;
      if (ENUM_FIELDS.has(key) && typeof value === 'string') return value.toLowerCase();
      return value;
    }),
  ) as ScenarioInput;
}
