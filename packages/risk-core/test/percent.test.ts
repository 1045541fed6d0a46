import { fractionFromPercent, percentFromFraction } from '../src/percent';

describe('rates in percent and as fractions', () => {
  it('moves the decimal point two places, exactly', () => {
    // Binance's first BTCUSDT bracket shows 0.40%: the fraction is 0.004.
    expect(fractionFromPercent('0.4')).toBe('0.004');
    expect(fractionFromPercent('0.65')).toBe('0.0065');
    expect(fractionFromPercent('12.5')).toBe('0.125');
    // A float would give 0.0033000000000000004 for 0.33 / 100.
    expect(fractionFromPercent('0.33')).toBe('0.0033');
    expect(percentFromFraction('0.005')).toBe('0.5');
    expect(percentFromFraction('0.0033')).toBe('0.33');
    expect(percentFromFraction('0.125')).toBe('12.5');
  });

  it('a round trip gives the figure back', () => {
    for (const percent of ['0.01', '0.5', '1', '2.25', '99.999']) {
      expect(percentFromFraction(fractionFromPercent(percent)!)).toBe(percent);
    }
  });

  it('text that is not a number is not a rate', () => {
    expect(fractionFromPercent('half')).toBeNull();
    expect(fractionFromPercent('')).toBeNull();
    expect(percentFromFraction('0x10')).toBeNull();
  });
});
