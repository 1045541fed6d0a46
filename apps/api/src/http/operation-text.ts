/**
 * The canonical text of a GraphQL operation, so the same operation matches whatever its
 * client's printing: parsed, `__typename` selections removed (Apollo Client adds them),
 * definitions ordered by name, printed by graphql-js.
 */
import { createHash } from 'node:crypto';
import { type DefinitionNode, Kind, parse, print, visit } from 'graphql';

export function canonicalOperation(text: string): string {
  const document = visit(parse(text, { noLocation: true }), {
    Field(node) {
      return node.name.value === '__typename' && !node.alias ? null : undefined;
    },
  });
  const name = (definition: DefinitionNode) =>
    definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION
      ? `${definition.kind === Kind.OPERATION_DEFINITION ? 0 : 1}:${definition.name?.value ?? ''}`
      : '2:';
  const definitions = [...document.definitions].sort((a, b) =>
    name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0,
  );
  return print({ ...document, definitions });
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
