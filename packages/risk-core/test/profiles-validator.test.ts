/**
 * validateProfile rejects malformed profiles with a ValidationError naming the exact field.
 * Each case breaks one thing in an otherwise valid profile (Binance USDⓈ-M, whose BTC table
 * has ten brackets, or Kraken spot margin for the spot-margin rules).
 */
import { ValidationError, validateProfile, type SafeguardProfile } from '../src/index.js';
import { findProfile } from '../src/profile-data.js';

type Editable = Record<string, unknown> & SafeguardProfile;
const copyOf = (slug: string): Editable =>
  JSON.parse(JSON.stringify(findProfile(slug))) as Editable;
const btcTiers = (profile: Editable): Record<string, unknown>[] =>
  profile.contracts[0]!.tiers.value as unknown as Record<string, unknown>[];

function rejection(profile: unknown): ValidationError {
  try {
    validateProfile(profile);
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected validateProfile to throw');
}

const cases: [string, string, (p: Editable) => void, string, string][] = [
  [
    'mmr of 0',
    'binance-usdm',
    (p) => {
      btcTiers(p)[2]!.mmr = '0';
    },
    'contracts.0.tiers.value.2.mmr',
    'within_range',
  ],
  [
    'mmr written as a percentage',
    'binance-usdm',
    (p) => {
      btcTiers(p)[2]!.mmr = '1';
    },
    'contracts.0.tiers.value.2.mmr',
    'within_range',
  ],
  [
    'mmr as a JS number',
    'binance-usdm',
    (p) => {
      btcTiers(p)[1]!.mmr = 0.005;
    },
    'contracts.0.tiers.value.1.mmr',
    'decimal_string',
  ],
  [
    'mmr not a number',
    'binance-usdm',
    (p) => {
      btcTiers(p)[0]!.mmr = '0.4%';
    },
    'contracts.0.tiers.value.0.mmr',
    'decimal_string',
  ],
  [
    'mmr falling with size',
    'binance-usdm',
    (p) => {
      btcTiers(p)[4]!.mmr = '0.005';
    },
    'contracts.0.tiers.value.4.mmr',
    'consistent',
  ],
  [
    'max leverage rising with size',
    'binance-usdm',
    (p) => {
      btcTiers(p)[1]!.maxLeverage = '160';
    },
    'contracts.0.tiers.value.1.maxLeverage',
    'consistent',
  ],
  [
    'maintenance at or above initial margin',
    'binance-usdm',
    (p) => {
      btcTiers(p)[9]!.mmr = '0.99';
      btcTiers(p)[9]!.maxLeverage = '1.5';
    },
    'contracts.0.tiers.value.9.mmr',
    'consistent',
  ],
  [
    'leverage below 1',
    'binance-usdm',
    (p) => {
      btcTiers(p)[9]!.maxLeverage = '0.5';
    },
    'contracts.0.tiers.value.9.maxLeverage',
    'within_range',
  ],
  [
    'a gap between brackets',
    'binance-usdm',
    (p) => {
      btcTiers(p)[3]!.floor = '1000001';
    },
    'contracts.0.tiers.value.3.floor',
    'consistent',
  ],
  [
    'a cap below its floor',
    'binance-usdm',
    (p) => {
      btcTiers(p)[5]!.cap = '20000000';
    },
    'contracts.0.tiers.value.5.cap',
    'consistent',
  ],
  [
    'an open-ended bracket before the last',
    'binance-usdm',
    (p) => {
      btcTiers(p)[6]!.cap = null;
    },
    'contracts.0.tiers.value.6.cap',
    'consistent',
  ],
  [
    'a first bracket not starting at 0',
    'binance-usdm',
    (p) => {
      btcTiers(p)[0]!.floor = '10';
    },
    'contracts.0.tiers.value.0.floor',
    'consistent',
  ],
  [
    'an empty tier table',
    'binance-usdm',
    (p) => {
      p.contracts[0]!.tiers.value = [];
    },
    'contracts.0.tiers.value',
    'non_empty',
  ],
  [
    'imr disagreeing with max leverage',
    'bitmex',
    (p) => {
      btcTiers(p)[1]!.imr = '0.02';
    },
    'contracts.0.tiers.value.1.imr',
    'consistent',
  ],
  [
    'a tier table without a source',
    'binance-usdm',
    (p) => {
      p.contracts[1]!.tiers.source = ' ';
    },
    'contracts.1.tiers.source',
    'non_empty',
  ],
  [
    'a missing source',
    'binance-usdm',
    (p) => {
      delete (p.takerFeeRate as Partial<typeof p.takerFeeRate>).source;
    },
    'takerFeeRate.source',
    'required',
  ],
  [
    'a non-ISO as-of date',
    'binance-usdm',
    (p) => {
      p.contracts[0]!.tiers.asOf = '18/03/2021';
    },
    'contracts.0.tiers.asOf',
    'iso_date',
  ],
  [
    'an impossible calendar date',
    'binance-usdm',
    (p) => {
      p.asOf = '2026-02-30';
    },
    'asOf',
    'iso_date',
  ],
  [
    'an unknown payer in the waterfall',
    'binance-usdm',
    (p) => {
      (p.deficitWaterfall.value as string[])[1] = 'clawback';
    },
    'deficitWaterfall.value.1',
    'one_of',
  ],
  [
    'a payer listed twice',
    'binance-usdm',
    (p) => {
      (p.deficitWaterfall.value as string[]).push('insurance_fund');
    },
    'deficitWaterfall.value.2',
    'consistent',
  ],
  [
    'ADL in the waterfall but denied',
    'binance-usdm',
    (p) => {
      p.autoDeleveraging.value = false;
    },
    'autoDeleveraging.value',
    'consistent',
  ],
  [
    'user liable without the user in the waterfall',
    'binance-usdm',
    (p) => {
      p.userLiableForDeficit.value = true;
    },
    'deficitWaterfall.value',
    'consistent',
  ],
  [
    'a value missing from a sourced field',
    'binance-usdm',
    (p) => {
      delete (p.socializedLoss as Partial<typeof p.socializedLoss>).value;
    },
    'socializedLoss.value',
    'required',
  ],
  [
    'a boolean written as text',
    'binance-usdm',
    (p) => {
      (p.closeFeeInMaintenance as { value: unknown }).value = 'no';
    },
    'closeFeeInMaintenance.value',
    'one_of',
  ],
  [
    'an unknown maintenance basis',
    'binance-usdm',
    (p) => {
      (p.maintenanceBasis as { value: unknown }).value = 'index';
    },
    'maintenanceBasis.value',
    'one_of',
  ],
  [
    'a fee rate of 100%',
    'binance-usdm',
    (p) => {
      p.takerFeeRate.value = '1';
    },
    'takerFeeRate.value',
    'within_range',
  ],
  [
    'a negative latency',
    'binance-usdm',
    (p) => {
      p.liquidationLatencyMs.value = -5;
    },
    'liquidationLatencyMs.value',
    'non_negative',
  ],
  [
    'a fractional latency',
    'binance-usdm',
    (p) => {
      p.liquidationLatencyMs.value = 1.5;
    },
    'liquidationLatencyMs.value',
    'integer',
  ],
  [
    'a partial step above 100%',
    'hyperliquid',
    (p) => {
      p.liquidation.value = { kind: 'partial', stepFraction: '1.2' };
    },
    'liquidation.value.stepFraction',
    'within_range',
  ],
  [
    'a full liquidation with steps',
    'gmx-v2',
    (p) => {
      p.liquidation.value = { kind: 'full', tiersPerStep: 2 };
    },
    'liquidation.value.kind',
    'consistent',
  ],
  [
    'a premium on a market stop',
    'binance-usdm',
    (p) => {
      p.stopLossTypes.value = [{ type: 'market', premiumRate: '0.001' }];
    },
    'stopLossTypes.value.0.premiumRate',
    'consistent',
  ],
  [
    'a premium of 150%',
    'binance-usdm',
    (p) => {
      p.stopLossTypes.value = [{ type: 'guaranteed', premiumRate: '1.5' }];
    },
    'stopLossTypes.value.0.premiumRate',
    'within_range',
  ],
  [
    'an unknown stop type',
    'binance-usdm',
    (p) => {
      (p.stopLossTypes.value as { type: string }[])[0]!.type = 'trailing';
    },
    'stopLossTypes.value.0.type',
    'one_of',
  ],
  [
    'an empty promise',
    'bitmex',
    (p) => {
      p.negativeBalancePromise.value = '';
    },
    'negativeBalancePromise.value',
    'non_empty',
  ],
  [
    'a margin call below the liquidation level',
    'kraken-margin',
    (p) => {
      p.spotMargin!.marginCallLevel.value = '0.3';
    },
    'spotMargin.marginCallLevel.value',
    'consistent',
  ],
  [
    'spot margin rules missing',
    'kraken-margin',
    (p) => {
      delete p.spotMargin;
    },
    'spotMargin',
    'required',
  ],
  [
    'a contract of an instrument the profile does not list',
    'binance-usdm',
    (p) => {
      p.contracts[0]!.instrument = 'inverse';
    },
    'contracts.0.instrument',
    'consistent',
  ],
  [
    'size-linear rates with a tier table too',
    'deribit',
    (p) => {
      p.contracts[0]!.tiers.value = [{ floor: '0', cap: null, maxLeverage: '50', mmr: '0.01' }];
    },
    'contracts.0.tiers.value',
    'consistent',
  ],
  [
    'size-linear maintenance above initial',
    'deribit',
    (p) => {
      (p.contracts[1]!.sizeLinearMargin!.value as { maintenanceBase: string }).maintenanceBase =
        '0.05';
    },
    'contracts.1.sizeLinearMargin.value.maintenanceBase',
    'consistent',
  ],
  [
    'a misspelt top-level field',
    'binance-usdm',
    (p) => {
      p.insuranceFundCapasity = p.insuranceFundCapacity;
    },
    'insuranceFundCapasity',
    'one_of',
  ],
  [
    'a misspelt tier field',
    'binance-usdm',
    (p) => {
      btcTiers(p)[4]!.mmR = '0.05';
    },
    'contracts.0.tiers.value.4.mmR',
    'one_of',
  ],
  [
    'a misspelt contract field',
    'binance-usdm',
    (p) => {
      (p.contracts[0] as unknown as Record<string, unknown>).tierrule = 'deduction';
    },
    'contracts.0.tierrule',
    'one_of',
  ],
  [
    'a misspelt provenance field',
    'binance-usdm',
    (p) => {
      (p.takerFeeRate as unknown as Record<string, unknown>).assumed = true;
    },
    'takerFeeRate.assumed',
    'one_of',
  ],
  [
    'a slug with capitals',
    'binance-usdm',
    (p) => {
      p.slug = 'Binance-USDM';
    },
    'slug',
    'one_of',
  ],
  [
    'a version of 0',
    'binance-usdm',
    (p) => {
      p.version = 0;
    },
    'version',
    'positive',
  ],
  [
    'an unknown instrument',
    'binance-usdm',
    (p) => {
      (p.instruments as string[]).push('option');
    },
    'instruments.1',
    'one_of',
  ],
  [
    'no margin modes',
    'binance-usdm',
    (p) => {
      p.marginModes = [];
    },
    'marginModes',
    'non_empty',
  ],
];

describe('validateProfile rejects a malformed profile, naming the field', () => {
  test.each(cases)('%s', (_name, slug, breakIt, field, rule) => {
    const profile = copyOf(slug);
    breakIt(profile);
    expect(rejection(profile)).toMatchObject({ field, rule });
  });

  test('input that is not an object at all', () => {
    expect(rejection(null)).toMatchObject({ field: 'profile', rule: 'required' });
    expect(rejection([])).toMatchObject({ field: 'profile', rule: 'required' });
  });

  test("'unknown' is accepted where a value is not published", () => {
    const profile = copyOf('binance-usdm');
    profile.contracts[0]!.tiers.value = 'unknown';
    profile.deficitWaterfall.value = 'unknown';
    expect(validateProfile(profile)).toBe(profile);
  });
});
