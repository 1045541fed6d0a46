import { profiles } from '@belowzero/risk-core/profiles';
import { exchangeOptions } from './exchange-options';

describe("the exchange picker's names", () => {
  it('one per profile, each different and short enough for a phone (at most 32 characters)', () => {
    const labels = exchangeOptions.map((option) => option.label);
    expect(labels).toHaveLength(profiles.length);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(label.length).toBeLessThanOrEqual(32);
  });

  it('says the venue first, then the kind of product', () => {
    const label = (slug: string) => exchangeOptions.find((option) => option.slug === slug)?.label;
    expect(label('binance-usdm')).toBe('Binance · USDT perp');
    expect(label('binance-coinm')).toBe('Binance · inverse perp');
    expect(label('binance-margin-cross-3x')).toBe('Binance · spot margin 3x');
    expect(label('kraken-derivatives-us')).toBe('Kraken · US futures');
  });
});
