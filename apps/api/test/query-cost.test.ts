/**
 * The static cost is computed once per document and cached by the values of the variables it
 * depends on: a cached cost must still follow those variables, and bad variables must still be
 * refused on every request. Costs by hand: objects 1, scalars 0, a connection 1 + its page
 * size x what one item selects.
 */
import 'reflect-metadata';
import { GraphQLError, type GraphQLSchema, parse } from 'graphql';
import { queryCost } from '../src/http/query-limits';
import { buildApiSchema } from '../src/schema/build';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildApiSchema();
});

test('one document costs what its page-size variable says, each time', () => {
  const document = parse('query ($n: Int) { exchanges(first: $n) { edges { node { slug } } } }');
  // 1 + n x (edge 1 + node 1)
  expect(queryCost(schema, document, undefined, { n: 10 })).toBe(21);
  expect(queryCost(schema, document, undefined, { n: 2 })).toBe(5);
  expect(queryCost(schema, document, undefined, { n: 10 })).toBe(21);
  // No page size: one item is assumed, 1 + 1 x 2.
  expect(queryCost(schema, document, undefined, {})).toBe(3);
  expect(queryCost(schema, document, undefined, { n: null })).toBe(3);
  expect(queryCost(schema, document, undefined, { n: 2 })).toBe(5);
});

test('@include on a variable changes the cost of the same document', () => {
  const document = parse(
    'query ($more: Boolean!) { exchanges(first: 10) { edges { node { slug } } pageInfo @include(if: $more) { hasNextPage } } }',
  );
  // Without pageInfo: 1 + 10 x 2; with it (an object, 1): 1 + 10 x (2 + 1).
  expect(queryCost(schema, document, undefined, { more: false })).toBe(21);
  expect(queryCost(schema, document, undefined, { more: true })).toBe(31);
  expect(queryCost(schema, document, undefined, { more: false })).toBe(21);
});

test('the operation named picks its own cost within one document', () => {
  const document = parse(
    'query Small { exchanges(first: 1) { edges { node { slug } } } } query Big { exchanges(first: 5) { edges { node { slug } } } }',
  );
  expect(queryCost(schema, document, 'Small', {})).toBe(3);
  expect(queryCost(schema, document, 'Big', {})).toBe(11);
  expect(queryCost(schema, document, 'Small', {})).toBe(3);
});

test('a bad variable is refused as BAD_USER_INPUT every time, not only the first', () => {
  const document = parse('query ($n: Int) { exchanges(first: $n) { edges { node { slug } } } }');
  expect(queryCost(schema, document, undefined, { n: 3 })).toBe(7);
  for (let i = 0; i < 2; i += 1) {
    let thrown: unknown;
    try {
      queryCost(schema, document, undefined, { n: 'three' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GraphQLError);
    expect((thrown as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    expect((thrown as GraphQLError).message).toMatch(/\$n/);
  }
});
