/**
 * Every product profile (src/profiles/data) against the same scenarios: assess either answers
 * with consistent figures or refuses with a ValidationError (a table the venue does not
 * publish), never anything else. The orderings checked here follow from the definitions:
 * a long is liquidated below its entry and before its bankruptcy price, a short above.
 */
import fc from 'fast-check';
import {
  Decimal,
  ValidationError,
  assess,
  type Assessment,
  type PositionInput,
  type SafeguardProfile,
} from '../src/index.js';
import { profiles } from '../src/profile-data.js';

function tryAssess(
  profile: SafeguardProfile,
  position: PositionInput,
  walletBalance = '0',
): Assessment | ValidationError {
  try {
    return assess(
      {
        schemaVersion: 1,
        exchange: profile.slug,
        account: { walletBalance, positions: [position] },
      },
      profile,
    );
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
}

describe('assess over the product profiles', () => {
  it('answers or refuses with a ValidationError, with liquidation between entry and bankruptcy', () => {
    const scenario = fc.record({
      profile: fc.constantFrom(...profiles),
      side: fc.constantFrom<'long' | 'short'>('long', 'short'),
      leverage: fc.constantFrom('1', '2', '3', '5', '10'),
      modeIndex: fc.nat(1),
      asset: fc.constantFrom('BTC', 'ETH'),
    });
    let answered = 0;
    fc.assert(
      fc.property(scenario, ({ profile, side, leverage, modeIndex, asset }) => {
        const instrument = profile.instruments.find((i) => i !== 'spot') ?? 'spot';
        const marginMode = profile.marginModes[modeIndex % profile.marginModes.length] ?? 'cross';
        const position: PositionInput = {
          asset,
          instrument,
          side: instrument === 'spot' ? 'long' : side,
          entryPrice: '50000',
          size: instrument === 'inverse' ? '5000' : '0.1',
          leverage: instrument === 'spot' ? '1' : leverage,
          marginMode,
        };
        const result = tryAssess(profile, position);
        if (result instanceof ValidationError) return;
        answered += 1;
        expect(['CANNOT_GO_NEGATIVE', 'PROTECTED', 'USER_LIABLE', 'SOCIALIZED']).toContain(
          result.answer,
        );
        expect(result.reason.length).toBeGreaterThan(40);
        const p = result.positions[0];
        const long = position.side === 'long';
        const lp = p?.liquidationPrice ? new Decimal(p.liquidationPrice) : null;
        const bp = p?.bankruptcyPrice ? new Decimal(p.bankruptcyPrice) : null;
        if (lp !== null) expect(long ? lp.lessThan(50000) : lp.greaterThan(50000)).toBe(true);
        if (lp !== null && bp !== null)
          expect(long ? bp.lessThanOrEqualTo(lp) : bp.greaterThanOrEqualTo(lp)).toBe(true);
        expect(new Decimal(result.maxLossAsDesigned).isNegative()).toBe(false);
      }),
      { numRuns: 400 },
    );
    expect(answered).toBeGreaterThan(50);
  });
});
