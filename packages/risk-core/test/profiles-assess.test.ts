/**
 * Every profile is usable by the engine: for each contract a small position either gets its
 * figures (with the profile's slug, version and as-of date on the result) or, where the venue
 * publishes no usable table, a typed ValidationError naming the asset, never a bare Error.
 */
import {
  Decimal,
  ValidationError,
  assess,
  type PositionInput,
  type SafeguardProfile,
} from '../src/index.js';
import { profileVersions } from '../src/profile-data.js';

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

test('Kraken Futures inverse BTC (PI_XBTUSD) answers in contracts of 1 USD', () => {
  // Kraken, "Inverse Crypto-Collateral Perpetual Contract Specifications"
  // (support.kraken.com/hc/en-us/articles/360022835911): PI_XBTUSD contract size 1 USD; its
  // margin Level I (up to 500,000 contracts): MM 1%. Long 10,000 contracts at 50,000 with 5x
  // (initial margin 10,000 / 50,000 / 5 = 0.04 BTC) and 0.1 BTC more in the wallet, cross.
  // Equity at price P: 0.14 + 10,000 x (1/50,000 - 1/P); maintenance 1% x 10,000 / P. They meet
  // where 0.14 + 0.2 = 10,000 x 1.01 / P: P = 10,100 / 0.34 = 29,705.882...
  const profile = profileVersions.find((p) => p.slug === 'kraken-futures' && p.version === 2);
  const answer = assess(
    {
      schemaVersion: 1,
      exchange: 'kraken-futures',
      account: {
        walletBalance: '0.1',
        positions: [
          {
            asset: 'BTC',
            instrument: 'inverse',
            side: 'long',
            entryPrice: '50000',
            size: '10000',
            leverage: '5',
            marginMode: 'cross',
          },
        ],
      },
    },
    profile as SafeguardProfile,
  );
  const position = answer.positions[0];
  expect(position?.notional).toBe('0.2');
  expect(position?.initialMargin).toBe('0.04');
  expect(new Decimal(position?.liquidationPrice ?? 'NaN').toDecimalPlaces(2).toFixed()).toBe(
    new Decimal(10_100).div('0.34').toDecimalPlaces(2).toFixed(),
  );
});
