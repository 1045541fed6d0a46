/**
 * The committed SDL is the schema the code builds, and every part of it is documented.
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { defaultManifestPath } from '../src/app-paths';
import { readConfig } from '../src/config';
import type { PersistedDocuments } from '../src/http/persisted-operations';
import { selectionLimitsRule } from '../src/http/query-limits';
import { buildApiSchema, printApiSchema } from '../src/schema/build';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildApiSchema();
});

test('apps/api/schema.graphql matches the schema built from the code (run `pnpm --filter @belowzero/api schema:print`)', () => {
  const committed = readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8');
  expect(printApiSchema(schema)).toBe(committed);
});

test('every type, field, argument and enum value has a description', () => {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues())
        if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
  }
  expect(missing).toEqual([]);
});

test('money, prices, sizes and rates are Decimal; Float only carries millisecond offsets', () => {
  const floats: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type)) continue;
    if (isObjectType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        const named = String(field.type).replace(/[[\]!]/g, '');
        if (named === 'Float' && !field.name.endsWith('Ms'))
          floats.push(`${type.name}.${field.name}`);
      }
    }
  }
  expect(floats).toEqual([]);
});

describe("the PWA's safelist (its persisted documents, written by the PWA's codegen)", () => {
  const documents = JSON.parse(readFileSync(defaultManifestPath, 'utf8')) as PersistedDocuments;

  test('every PWA operation is valid against this schema and within the depth and field limits', () => {
    const config = readConfig({});
    const bodies = Object.values(documents);
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies) {
      const errors = validate(schema, parse(body), [
        ...specifiedRules,
        selectionLimitsRule(config.maxDepth, config.maxFields),
      ]);
      expect({ body, errors: errors.map((e) => e.message) }).toEqual({ body, errors: [] });
    }
  });
});
