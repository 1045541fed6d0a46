/**
 * GraphQL Code Generator: types every operation in lib/api-client/operations.ts from the API's committed
 * schema (apps/api/schema.graphql) into lib/gql/, and writes the PWA's persisted documents
 * (lib/gql/persisted-documents.json), the safelist the API enforces for requests from the PWA.
 * `pnpm --filter @belowzero/web codegen` regenerates; typecheck fails while they are stale.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['lib/api-client/operations.ts'],
  ignoreNoDocuments: false,
  generates: {
    'lib/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { hashAlgorithm: 'sha256' },
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: {
          DateTime: 'string',
          Decimal: 'string',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
