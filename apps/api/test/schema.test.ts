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
import type { ManifestFile } from '../src/http/persisted-operations';
import { selectionLimitsRule } from '../src/http/query-limits';
import { buildManifest, manifestText, pwaOperationsPath } from '../src/persisted-queries';
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

describe("the PWA's safelist", () => {
  const manifest = JSON.parse(readFileSync(defaultManifestPath, 'utf8')) as ManifestFile;

  test('persisted-query-manifest.json is built from apps/web/lib/operations.ts (run `pnpm --filter @belowzero/api persisted-queries`)', () => {
    expect(manifestText(buildManifest(readFileSync(pwaOperationsPath, 'utf8')))).toBe(
      readFileSync(defaultManifestPath, 'utf8'),
    );
    expect(manifest.operations.length).toBeGreaterThan(0);
  });

  test('every PWA operation is valid against this schema and within the depth and field limits', () => {
    const config = readConfig({});
    for (const operation of manifest.operations) {
      const errors = validate(schema, parse(operation.body), [
        ...specifiedRules,
        selectionLimitsRule(config.maxDepth, config.maxFields),
      ]);
      expect({ name: operation.name, errors: errors.map((e) => e.message) }).toEqual({
        name: operation.name,
        errors: [],
      });
    }
  });
});
