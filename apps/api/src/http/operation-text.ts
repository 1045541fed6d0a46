/**
 * The canonical text of a GraphQL operation, so the same operation matches whatever its
 * client's printing: parsed, `__typename` selections removed (Apollo Client adds them), then
 * printed by @graphql-tools/documents' normalizing printer (definitions and selections in a
 * fixed order), the printer GraphQL Code Generator writes the PWA's persisted documents with.
 */
import { createHash } from 'node:crypto';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import { parse, visit } from 'graphql';

export function canonicalOperation(text: string): string {
  const document = visit(parse(text, { noLocation: true }), {
    Field(node) {
      return node.name.value === '__typename' && !node.alias ? null : undefined;
    },
  });
  return printExecutableGraphQLDocument(document);
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
