import { sourceLabel } from './source-label';

describe('sourceLabel: a source, short enough for a phone', () => {
  it('an address becomes its site, linked', () => {
    expect(sourceLabel('binance.com/en/support/articles/360033525371-Insurance-Fund')).toEqual({
      label: 'binance.com',
      href: 'https://binance.com/en/support/articles/360033525371-Insurance-Fund',
    });
    expect(sourceLabel('https://www.bitmex.com/app/liquidation (2020)')).toEqual({
      label: 'bitmex.com',
      href: 'https://www.bitmex.com/app/liquidation',
    });
  });

  it('a title stays text, cut when long', () => {
    expect(sourceLabel('belowzero modelling assumption (docs/profiles.md, "Assumptions")')).toEqual(
      {
        label: 'belowzero modelling assumption …',
        href: null,
      },
    );
  });
});
