import { parseDecimal, ValidationError } from '../src/index.js';

describe('parseDecimal', () => {
  it('keeps every digit of a long decimal string', () => {
    expect(parseDecimal('p', '12345678901234.123456789012').toFixed()).toBe(
      '12345678901234.123456789012',
    );
  });

  it.each([['NaN'], ['Infinity'], [''], ['0x10'], ['1e400'], [null], [{}]])(
    'rejects %p with a typed error naming the field',
    (bad) => {
      expect(() => parseDecimal('account.positions.0.entryPrice', bad)).toThrow(ValidationError);
      try {
        parseDecimal('account.positions.0.entryPrice', bad);
      } catch (error) {
        expect((error as ValidationError).field).toBe('account.positions.0.entryPrice');
      }
    },
  );
});

describe('parseDecimal range: magnitudes within [1e-30, 1e30], and zero', () => {
  it.each([
    ['1e30', '1' + '0'.repeat(30)],
    ['-999999999999999999999999999999', '-999999999999999999999999999999'],
    ['1e-30', '0.' + '0'.repeat(29) + '1'],
    ['-0.000000000000000000000000000001', '-0.' + '0'.repeat(29) + '1'],
    ['0e-50', '0'],
  ])('accepts %p at or inside the bounds', (edge, digits) => {
    expect(parseDecimal('p', edge).toFixed()).toBe(digits);
  });

  it.each([['1.0000000001e30'], ['-1000000000000000000000000000001'], ['9.9999e-31'], ['-1e-31']])(
    'rejects %p just outside them with within_range',
    (outside) => {
      expect(() => parseDecimal('p', outside)).toThrow(
        expect.objectContaining({ field: 'p', rule: 'within_range' }),
      );
    },
  );
});
