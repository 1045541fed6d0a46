import {
  formatAge,
  formatAmount,
  formatDate,
  formatFraction,
  formatMoney,
  formatPercent,
} from './format';

describe('locale-aware formatting of exact decimal strings', () => {
  it('formats the WE-1 liquidation price (25,100.4016 USDT) per locale', () => {
    expect(formatAmount('25100.4016', 'en-US')).toBe('25,100.40');
    expect(formatAmount('25100.4016', 'de-DE')).toBe('25.100,40');
  });

  it('keeps digits a float would lose (string input, no Number round trip)', () => {
    // 2^53 + 1 is not representable as a double; as a string it must survive.
    expect(formatAmount('9007199254740993', 'en-US', 0)).toBe('9,007,199,254,740,993');
  });

  it('keeps significant digits for small coin prices', () => {
    expect(formatAmount('0.000123456789', 'en-US')).toBe('0.00012346');
  });

  it('shows a missing figure (no liquidation price) as a dash, not zero', () => {
    expect(formatAmount(null, 'en-US')).toBe('—');
    expect(formatMoney(undefined, 'USDT', 'en-US')).toBe('—');
  });

  it('formats percent units and fractions', () => {
    expect(formatPercent('-49.7992', 'en-US', true)).toBe('-49.80%');
    expect(formatPercent('1.5', 'en-US', true)).toBe('+1.50%');
    expect(formatFraction('0.004', 'en-US')).toBe('0.40%');
    expect(formatMoney('400', 'USDT', 'en-US')).toBe('400.00 USDT');
  });

  it('formats an as-of date without a time-zone shift', () => {
    expect(formatDate('2026-01-31', 'en-US')).toBe('Jan 31, 2026');
  });

  it('says how old a venue figure is in words, in the largest whole unit', () => {
    const now = Date.parse('2026-12-05T10:00:12Z');
    expect(formatAge('2026-12-05T10:00:00Z', now, 'en-US')).toBe('12 seconds ago');
    expect(formatAge('2026-12-05T09:55:12Z', now, 'en-US')).toBe('5 minutes ago');
    // 2023-08-16T05:19:27Z to 2026-12-05: 3 years and 111 days.
    expect(formatAge('2023-08-16T05:19:27.245Z', now, 'en-US')).toBe('3 years ago');
    // A clock slightly behind the venue's is not "in 2 seconds".
    expect(formatAge('2026-12-05T10:00:14Z', now, 'en-US')).toBe('0 seconds ago');
  });
});
