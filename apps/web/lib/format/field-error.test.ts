import { ValidationError } from '@belowzero/risk-core';
import { toFieldError } from './field-error';

describe('validation errors beside their field', () => {
  it('names the field and says the rule in words, without repeating the path', () => {
    const error = new ValidationError('account.positions.0.entryPrice', '-5', 'positive');
    expect(toFieldError(error)).toEqual({
      field: 'account.positions.0.entryPrice',
      message: 'Must be greater than zero (got "-5")',
      rule: 'positive',
    });
  });

  it('ignores errors that are not validation errors (they are bugs, not input)', () => {
    expect(toFieldError(new TypeError('boom'))).toBeNull();
  });
});
