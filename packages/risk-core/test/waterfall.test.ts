import fc from 'fast-check';
import { Decimal } from '../src/index.js';
import { ZERO } from '../src/decimal.js';
import { applyDeficitWaterfall, insuranceFundCapacity } from '../src/waterfall.js';
import { dynProfile } from './fixtures/dyn-profiles.js';

const none = { remainingMargin: ZERO, liquidationFeesCollected: ZERO };

describe('applyDeficitWaterfall', () => {
  it('pays margin, then the insurance fund up to its capacity, then ADL (hand-worked)', () => {
    // Deficit 1,500: remaining margin 100 + fees 20 pay 120; the fund pays its 1,000; ADL the last 380.
    const result = applyDeficitWaterfall(new Decimal(1500), dynProfile(), {
      remainingMargin: new Decimal(100),
      liquidationFeesCollected: new Decimal(20),
      insuranceFundAvailable: new Decimal(1000),
    });
    expect(result.parts).toEqual([
      { payer: 'remaining_margin', amount: '120' },
      { payer: 'insurance_fund', amount: '1000' },
      { payer: 'auto_deleveraging', amount: '380' },
    ]);
    expect(result.userOwes).toBe('0');
    expect(result.insuranceFundUsed).toBe('1000');
  });

  it('leaves the remainder to the user when the terms make the user liable (FCM-style)', () => {
    // Fund 250, no ADL: a 1,000 deficit leaves 750 to the user.
    const profile = dynProfile({
      waterfall: ['remaining_margin', 'insurance_fund'],
      userLiable: true,
    });
    const result = applyDeficitWaterfall(new Decimal(1000), profile, {
      ...none,
      insuranceFundAvailable: new Decimal(250),
    });
    expect(result.parts).toEqual([
      { payer: 'insurance_fund', amount: '250' },
      { payer: 'user', amount: '750' },
    ]);
    expect(result.userOwes).toBe('750');
  });

  it('has the venue absorb the remainder when the user is not liable', () => {
    const profile = dynProfile({ waterfall: ['insurance_fund'], userLiable: false });
    const result = applyDeficitWaterfall(new Decimal(10), profile, {
      ...none,
      insuranceFundAvailable: new Decimal(4),
    });
    expect(result.parts).toEqual([
      { payer: 'insurance_fund', amount: '4' },
      { payer: 'venue', amount: '6' },
    ]);
  });

  it('socializes what the fund cannot pay (OKEx 2018 shape: fund ~10 BTC + 2,500 injected, ~1,200 BTC clawed back)', () => {
    // Published: a loss the 2,510 BTC fund could not cover left ~1,200 BTC to profitable traders.
    // A 3,710 BTC deficit through a 2,510 BTC fund therefore socializes 1,200 BTC.
    const profile = dynProfile({ waterfall: ['insurance_fund', 'socialized_loss'] });
    const result = applyDeficitWaterfall(new Decimal(3710), profile, {
      ...none,
      insuranceFundAvailable: new Decimal(2510),
    });
    expect(result.parts).toEqual([
      { payer: 'insurance_fund', amount: '2510' },
      { payer: 'socialized_loss', amount: '1200' },
    ]);
  });

  it('counts an unknown fund as zero and says so', () => {
    const profile = dynProfile({ insuranceFund: 'unknown' });
    expect(insuranceFundCapacity(profile, new Decimal(1)).toFixed()).toBe('0');
    const result = applyDeficitWaterfall(new Decimal(5), profile, {
      ...none,
      insuranceFundAvailable: ZERO,
    });
    expect(result.parts).toEqual([{ payer: 'auto_deleveraging', amount: '5' }]);
    expect(result.notes.join(' ')).toMatch(/capacity unknown/);
  });

  it('lets a payer listed twice pay only once (the fund is not drawn twice)', () => {
    // Fund 100 listed twice, then the user: 300 = 100 (fund) + 200 (user).
    const profile = dynProfile({ waterfall: ['insurance_fund', 'insurance_fund', 'user'] });
    const result = applyDeficitWaterfall(new Decimal(300), profile, {
      ...none,
      insuranceFundAvailable: new Decimal(100),
    });
    expect(result.parts).toEqual([
      { payer: 'insurance_fund', amount: '100' },
      { payer: 'user', amount: '200' },
    ]);
  });

  it('scales the fund by the scenario', () => {
    expect(
      insuranceFundCapacity(dynProfile({ insuranceFund: '1000' }), new Decimal('0.25')).toFixed(),
    ).toBe('250');
  });

  it('has parts that sum exactly to the deficit, whatever the order and capacities', () => {
    const payer = fc.constantFrom(
      'remaining_margin',
      'insurance_fund',
      'backstop_vault',
      'auto_deleveraging',
      'socialized_loss',
      'user',
      'venue',
    ) as fc.Arbitrary<'remaining_margin'>;
    const amount = fc
      .bigInt({ min: 0n, max: 10n ** 24n })
      .map((n) => new Decimal(n.toString()).div(1e8));
    fc.assert(
      fc.property(
        amount,
        amount,
        amount,
        amount,
        fc.array(payer, { maxLength: 6 }),
        fc.constantFrom(true, false, 'unknown' as const),
        (deficit, margin, fees, fund, order, liable) => {
          const profile = dynProfile({ waterfall: order, userLiable: liable });
          const result = applyDeficitWaterfall(deficit, profile, {
            remainingMargin: margin,
            liquidationFeesCollected: fees,
            insuranceFundAvailable: fund,
          });
          const total = result.parts.reduce((sum, part) => sum.plus(part.amount), ZERO);
          expect(total.equals(deficit)).toBe(true);
          for (const part of result.parts) expect(new Decimal(part.amount).isPositive()).toBe(true);
          expect(new Decimal(result.insuranceFundUsed).lessThanOrEqualTo(fund)).toBe(true);
        },
      ),
    );
  });
});
