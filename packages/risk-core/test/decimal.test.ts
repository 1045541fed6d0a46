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
