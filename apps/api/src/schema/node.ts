/**
 * Relay global object identification: opaque IDs ("Type:key" in base64url) and the Node
 * interface. Clients must treat IDs as opaque strings.
 */
import { Field, ID, InterfaceType } from 'type-graphql';

export type NodeType = 'Scenario' | 'Exchange';

export function toGlobalId(type: NodeType, key: string): string {
  return Buffer.from(`${type}:${key}`).toString('base64url');
}

/** The type and key behind a global ID, or null when it is not one of ours. */
export function fromGlobalId(id: string): { type: NodeType; key: string } | null {
  const text = Buffer.from(id, 'base64url').toString('utf8');
  const colon = text.indexOf(':');
  const type = text.slice(0, colon);
  const key = text.slice(colon + 1);
  if (colon < 1 || key.length === 0 || (type !== 'Scenario' && type !== 'Exchange')) return null;
  return { type, key };
}

@InterfaceType('Node', {
  description: 'An object with a globally unique, opaque ID that `node(id:)` can fetch again.',
  resolveType: (value: { typename: NodeType }) => value.typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Globally unique, opaque identifier.' })
  id!: string;
}
