/**
 * Every profile is usable by the engine: for each contract a small position either gets its
 * figures (with the profile's slug, version and as-of date on the result) or, where the venue
 * publishes no usable table, a typed ValidationError naming the asset, never a bare Error.
 */
import {
  Decimal,
  ValidationError,
  assess,
  profileVersions,
  type PositionInput,
  type SafeguardProfile,
} from '../src/index.js';

interface Case {
  name: string;
  profile: SafeguardProfile;
  position: PositionInput;
  usable: boolean;
  /** Spot margin with an unpublished liquidation level: figures, but no liquidation price. */
  levelUnknown?: boolean;
}

/** A 2x long worth about 1,000 quote units at an entry of 100 (inverse: 1,000 USD). */
function smallLong(
  asset: string,
  instrument: PositionInput['instrument'],
  marginMode: PositionInput['marginMode'],
): PositionInput {
  return {
    asset,
    instrument,
    side: 'long',
    entryPrice: '100',
    size: instrument === 'inverse' ? '1000' : '10',
    leverage: '2',
    marginMode,
  };
}

const cases: Case[] = profileVersions.flatMap((profile) => {
  const mode = profile.marginModes[0]!;
  if (profile.instruments.includes('spot_margin')) {
    const levelUnknown = profile.spotMargin?.liquidationLevel.value === 'unknown';
    return [
      {
        name: `${profile.slug} v${profile.version} spot margin`,
        profile,
        position: smallLong('BTC', 'spot_margin', mode),
        usable: true,
        levelUnknown,
      },
    ];
  }
  return profile.contracts.map((contract) => {
    const table = contract.tiers.value;
    const usable =
      contract.sizeLinearMargin !== undefined ||
      (table !== 'unknown' &&
        (contract.bracketUnit !== 'contracts' || contract.contractValueUsd !== undefined));
    return {
      name: `${profile.slug} v${profile.version} ${contract.asset} ${contract.instrument}`,
      profile,
      position: smallLong(contract.asset, contract.instrument, mode),
      usable,
    };
  });
});

test.each(cases.map((c) => [c.name, c] as const))(
  '%s',
  (_name, { profile, position, usable, levelUnknown }) => {
    const input = {
      schemaVersion: 1,
      exchange: profile.slug,
      account: { walletBalance: '0', positions: [position] },
    };
    if (usable) {
      const result = assess(input, profile);
      expect(result).toMatchObject({
        profileSlug: profile.slug,
        profileVersion: profile.version,
        asOf: profile.asOf,
      });
      expect(result.positions).toHaveLength(1);
      // A 2x long is liquidated below its entry, if at all.
      const liquidation = result.positions[0]!.liquidationPrice;
      if (liquidation !== null) expect(new Decimal(liquidation).lessThan(100)).toBe(true);
      if (levelUnknown === true) {
        expect(liquidation).toBeNull();
        expect(result.warnings.map((warning) => warning.code)).toContain('PROFILE_FIGURE_UNKNOWN');
      }
    } else {
      let thrown: unknown;
      try {
        assess(input, profile);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ValidationError);
      expect((thrown as ValidationError).field).toMatch(/^account\.positions\.0\./);
    }
  },
);

test('at least one usable contract or spot-margin rule set in most profiles: the comparison has numbers', () => {
  const usable = new Set(cases.filter((c) => c.usable).map((c) => c.profile.slug));
  expect(usable.size).toBeGreaterThanOrEqual(10);
});
