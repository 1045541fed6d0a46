/**
 * The exchange profile data: every profile (current and superseded) passes the validator,
 * cites a source for every field and explains every 'unknown' and every assumption; the
 * registry finds profiles by slug and version; the protection summary is derived from the data.
 */
import {
  ValidationError,
  protectionSummary,
  validateProfile,
  type SafeguardProfile,
} from '../src/index.js';
import { findProfile, findProfileVersion, profileVersions, profiles } from '../src/profile-data.js';

interface SourcedField {
  path: string;
  value: unknown;
  source: string;
  asOf: string;
  assumption?: boolean;
  note?: string;
}

/** Every object carrying source + asOf, with its dotted path. */
function sourcedFields(profile: SafeguardProfile): SourcedField[] {
  const found: SourcedField[] = [];
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) {
      node.forEach((child, index) => visit(child, `${path}.${index}`));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record.source === 'string' && typeof record.asOf === 'string') {
      found.push({ path, ...(record as Omit<SourcedField, 'path'>) });
    }
    for (const [key, child] of Object.entries(record))
      visit(child, path === '' ? key : `${path}.${key}`);
  };
  visit(profile, '');
  return found;
}

const clone = (profile: SafeguardProfile): SafeguardProfile =>
  JSON.parse(JSON.stringify(profile)) as SafeguardProfile;

describe('every profile', () => {
  test.each(
    profileVersions.map((profile) => [`${profile.slug} v${profile.version}`, profile] as const),
  )('%s passes validateProfile', (_name, profile) => {
    expect(validateProfile(profile)).toBe(profile);
    // A JSON round trip (database, API) keeps it valid and identical.
    expect(validateProfile(clone(profile))).toEqual(profile);
  });

  test.each(
    profileVersions.map((profile) => [`${profile.slug} v${profile.version}`, profile] as const),
  )('%s explains every unknown and every assumption in a note', (_name, profile) => {
    const fields = sourcedFields(profile);
    // The 16 sourced top-level fields at least, plus one per contract table.
    expect(fields.length).toBeGreaterThanOrEqual(16 + profile.contracts.length);
    for (const field of fields) {
      if (field.value === 'unknown' || field.assumption === true) {
        expect({ path: field.path, note: field.note?.trim() ?? '' }).toEqual({
          path: field.path,
          note: expect.stringMatching(/\w{3}/),
        });
      }
    }
  });
});

describe('registry', () => {
  test('covers the products of issue 4 (at least 14), sorted by slug, slugs unique', () => {
    const slugs = profiles.map((profile) => profile.slug);
    expect(slugs).toEqual([...slugs].sort());
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toEqual(
      expect.arrayContaining([
        'binance-usdm',
        'binance-coinm',
        'binance-margin-cross-3x',
        'bybit-linear',
        'bybit-inverse',
        'okx-perp',
        'okx-margin',
        'bitmex',
        'deribit',
        'kraken-futures',
        'kraken-margin',
        'coinbase-cfm',
        'coinbase-intx',
        'bitget',
        'dydx-v4',
        'hyperliquid',
        'gmx-v2',
      ]),
    );
    expect(slugs.length).toBeGreaterThanOrEqual(17);
  });

  test('findProfile returns the current version by slug', () => {
    expect(findProfile('deribit').exchange).toBe('Deribit');
    expect(findProfile('bybit-inverse').version).toBe(4);
  });

  test('findProfile rejects an unknown slug with unknown_exchange on field "exchange"', () => {
    expect(() => findProfile('ftx')).toThrow(ValidationError);
    try {
      findProfile('ftx');
    } catch (error) {
      expect(error).toMatchObject({ field: 'exchange', value: 'ftx', rule: 'unknown_exchange' });
    }
  });

  test('a superseded version stays loadable and differs where the exchange changed its formula', () => {
    const v1 = findProfileVersion('bybit-inverse', 1);
    const v2 = findProfileVersion('bybit-inverse', 2);
    expect(findProfileVersion('bybit-inverse', 1)).toBe(v1);
    expect(findProfileVersion('bybit-inverse', 2)).toBe(v2);
    // Bybit's 2024-09-10 inverse formula valued maintenance on the entry value; 2026-05-27 at the liquidation price.
    expect([v1.asOf, v1.maintenanceBasis.value]).toEqual(['2024-09-10', 'entry_notional']);
    expect(v2.maintenanceBasis.value).toBe('mark_notional');
    expect(
      profileVersions.filter((profile) => profile.slug === 'bybit-inverse').map((p) => p.version),
    ).toEqual([1, 2, 3, 4]);
    // Version 3 takes its BTCUSD table from Bybit's risk-limit endpoint (10 tiers from 150 BTC).
    const btc = findProfile('bybit-inverse').contracts.find((c) => c.asset === 'BTC');
    expect(btc?.tiers.value !== 'unknown' && btc?.tiers.value.length).toBe(10);
  });

  test('a version that never existed is a ValidationError on profileVersion', () => {
    expect(() => findProfileVersion('bybit-inverse', 7)).toThrow(
      expect.objectContaining({ field: 'profileVersion', value: 7, rule: 'one_of' }),
    );
  });
});

describe('protectionSummary, derived from the data', () => {
  test('Kraken spot margin: the user can owe money, nobody else pays', () => {
    const summary = protectionSummary(findProfile('kraken-margin'));
    expect(summary.canUserOwe.value).toBe('yes');
    expect(summary.deficitCoverage.value).toEqual(['user']);
    expect(summary.negativeBalancePromise.value).toBeNull();
    expect(summary.negativeBalancePromise.text).toBe('none published');
  });

  test('Deribit: insurance fund, then socialized loss; promise quoted; incremental liquidation', () => {
    const summary = protectionSummary(findProfile('deribit'));
    expect(summary.canUserOwe.value).toBe('no');
    expect(summary.deficitCoverage.text).toBe('insurance fund → socialized loss across winners');
    expect(summary.partialLiquidation.value).toBe('yes');
    expect(summary.negativeBalancePromise.text).toBe('"will be used to set it back to zero"');
  });

  test('Hyperliquid: 20% clips every 30 s; backstop vault, then ADL', () => {
    const summary = protectionSummary(findProfile('hyperliquid'));
    expect(summary.partialLiquidation.text).toBe(
      'yes: 20% of the position per step, 30 s between steps',
    );
    expect(summary.deficitCoverage.value).toEqual(['backstop_vault', 'auto_deleveraging']);
  });

  test('Binance spot margin: what is not published stays unknown, with the page checked', () => {
    const summary = protectionSummary(findProfile('binance-margin-cross-3x'));
    expect(summary.canUserOwe.value).toBe('unknown');
    expect(summary.deficitCoverage.value).toBe('unknown');
    expect(summary.canUserOwe.source).toContain('binance.com');
    expect(summary.partialLiquidation.value).toBe('no');
  });

  test('GMX: full liquidation, no guaranteed stop', () => {
    const summary = protectionSummary(findProfile('gmx-v2'));
    expect(summary.partialLiquidation.value).toBe('no');
    expect(summary.guaranteedStops.value).toBe('no');
    expect(summary.canUserOwe.value).toBe('no');
  });

  test('BingX and Bitunix: the only guaranteed stops found, premium not published', () => {
    for (const slug of ['bingx', 'bitunix']) {
      expect(protectionSummary(findProfile(slug)).guaranteedStops).toMatchObject({
        value: 'yes',
        text: 'yes: fills at the trigger for a premium not published',
      });
    }
    const others = profiles.filter((profile) => !['bingx', 'bitunix'].includes(profile.slug));
    expect(others.map((profile) => protectionSummary(profile).guaranteedStops.value)).not.toContain(
      'yes',
    );
  });

  test("BIT: losses past the fund are shared by that day's winners", () => {
    expect(protectionSummary(findProfile('bit-com')).deficitCoverage.text).toBe(
      'insurance fund → socialized loss across winners',
    );
  });

  test('follows the data: a guaranteed stop and user liability show up when the data says so', () => {
    const edited = clone(findProfile('binance-usdm'));
    edited.stopLossTypes = {
      ...edited.stopLossTypes,
      value: [{ type: 'market' }, { type: 'guaranteed', premiumRate: '0.0015' }],
    };
    edited.userLiableForDeficit = { ...edited.userLiableForDeficit, value: true };
    edited.deficitWaterfall = {
      ...edited.deficitWaterfall,
      value: ['insurance_fund', 'auto_deleveraging', 'user'],
    };
    validateProfile(edited);
    const summary = protectionSummary(edited);
    expect(summary.guaranteedStops).toMatchObject({
      value: 'yes',
      text: 'yes: fills at the trigger for a premium of 0.15% of notional',
    });
    expect(summary.canUserOwe.value).toBe('yes');
    expect(summary.deficitCoverage.text).toBe(
      'insurance fund → auto-deleveraging of profitable traders → the user (debt)',
    );
  });

  test('carries the profile version and as-of date', () => {
    const summary = protectionSummary(findProfileVersion('bybit-inverse', 1));
    expect(summary).toMatchObject({ slug: 'bybit-inverse', profileVersion: 1, asOf: '2024-09-10' });
  });
});
