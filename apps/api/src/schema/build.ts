/**
 * Builds the executable GraphQL schema from the type-graphql classes, and prints it as the
 * SDL committed in apps/api/schema.graphql.
 */
import 'reflect-metadata';
import { GraphQLObjectType, GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ContractResolver } from './contract.js';
import { ViewerResolver } from './device.js';
import { ExchangeResolver } from './exchange-resolver.js';
import { NodeResolver } from './node-resolver.js';
import { RateLimitResolver } from './rate-limit.js';
import { RiskResolver } from './risk.js';
import { DateTimeScalar } from './scalars.js';
import { ScenarioResolver } from './scenario.js';

export async function buildApiSchema(): Promise<GraphQLSchema> {
  const built = await buildSchema({
    resolvers: [
      ExchangeResolver,
      ContractResolver,
      RiskResolver,
      ScenarioResolver,
      ViewerResolver,
      NodeResolver,
      RateLimitResolver,
    ],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
  });
  // type-graphql cannot describe the root types; every type of the public schema has a description.
  const config = built.toConfig();
  const describe = (type: GraphQLObjectType | null | undefined, description: string) =>
    type ? new GraphQLObjectType({ ...type.toConfig(), description }) : undefined;
  const query = describe(
    config.query,
    'Exchange profiles, assessments, and saved or shared scenarios.',
  );
  const mutation = describe(
    config.mutation,
    'Device identities and saved scenarios: create, edit, share, revoke, fork.',
  );
  return new GraphQLSchema({
    ...config,
    query,
    mutation,
    types: config.types.filter((type) => type !== config.query && type !== config.mutation),
  });
}

export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
