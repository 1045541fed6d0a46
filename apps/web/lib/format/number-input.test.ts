import { decimalSeparator, plainNumber } from './number-input';

describe('plainNumber: what the user types, as risk-core reads it', () => {
  it('knows the decimal separator of a locale', () => {
    expect(decimalSeparator('en-US')).toBe('.');
    expect(decimalSeparator('de-DE')).toBe(',');
  });

  it.each([
    ['3,000', 'en-US', '3000'],
    ['3,000.5', 'en-US', '3000.5'],
    ['1,234,567', 'en-US', '1234567'],
    ['0.5', 'en-US', '0.5'],
    ['0,5', 'en-US', '0.5'],
    ['60.000', 'de-DE', '60000'],
    ['60.000,25', 'de-DE', '60000.25'],
    ['2,5', 'de-DE', '2.5'],
    ['2.5', 'de-DE', '2.5'],
    ['3 000', 'fr-FR', '3000'],
    ["1'000.5", 'de-CH', '1000.5'],
    ['-12.5', 'en-US', '-12.5'],
  ])('%s in %s is %s', (typed, locale, plain) => {
    expect(plainNumber(typed, locale)).toBe(plain);
  });

  it('leaves text that is not a number yet as it is', () => {
    expect(plainNumber('3,', 'en-US')).toBe('3,');
    expect(plainNumber('abc', 'en-US')).toBe('abc');
    expect(plainNumber('', 'en-US')).toBe('');
    expect(plainNumber('1,2,3', 'de-DE')).toBe('1,2,3');
  });
});
