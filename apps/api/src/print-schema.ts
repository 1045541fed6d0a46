/**
 * `pnpm --filter @belowzero/api schema:print`: writes the SDL built from the code to
 * apps/api/schema.graphql (a test fails while the two disagree).
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApiSchema, printApiSchema } from './schema/build.js';

buildApiSchema()
  .then((schema) => {
    const path = join(__dirname, '..', 'schema.graphql');
    writeFileSync(path, printApiSchema(schema));
    console.log(`wrote ${path}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
