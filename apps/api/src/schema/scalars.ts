/**
 * Scalars: Decimal (an exact decimal number carried as a string) and DateTime.
 */
import { parseDecimal, ValidationError } from '@belowzero/risk-core';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';

export const DateTimeScalar = GraphQLDateTime;

function parse(value: unknown): string {
  try {
    return parseDecimal('value', value).toFixed();
  } catch (error) {
    const detail =
      error instanceof ValidationError ? error.message.replace(/^value: /, '') : 'is not a decimal';
    throw new GraphQLError(`Decimal ${detail}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
}

export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description:
    'An exact, signed decimal number serialized as a string, e.g. "25000.5" or "0.004". Arbitrary precision ' +
    '(up to 64 characters, magnitudes 1e-30 to 1e30); never rounded through a binary float. Money, prices, ' +
    'sizes, rates and leverages are all Decimals.',
  serialize(value) {
    if (typeof value === 'string') return value;
    if (value !== null && typeof value === 'object' && 'toFixed' in value) {
      return (value as { toFixed(): string }).toFixed();
    }
    throw new GraphQLError('Decimal values are produced from strings or Decimal objects only.');
  },
  parseValue(value) {
    if (typeof value !== 'string') {
      throw new GraphQLError(
        'Decimal must be written as a JSON string, e.g. "25000.5", so no digit is lost.',
        {
          extensions: { code: 'BAD_USER_INPUT' },
        },
      );
    }
    return parse(value);
  },
  parseLiteral(ast) {
    // A literal's text is exact, so 25000.5 is as good as "25000.5" in a query document.
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT)
      return parse(ast.value);
    throw new GraphQLError('Decimal must be a string literal, e.g. "25000.5".', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  },
});
