/**
 * How many (asset, venue) pairs belowzero answers from the venue's own data: a small 5x
 * isolated long in each of the six most-traded perpetuals, on every perpetual product. Each
 * pair either answers (with the table's source and as-of date) or says why not, in the same
 * words the user would see. Rendered into docs/exchanges.md.
 */
import { assess } from './assess.js';
import { Decimal } from './decimal.js';
import { ValidationError } from './errors.js';
import { type ContractCoverage, contractCoverage } from './margin/position-schedule.js';
import type { SafeguardProfile } from './profiles/profile.js';

export const COVERAGE_ASSETS = ['BTC', 'ETH', 'SOL', 'XRP', 'DOGE', 'BNB'] as const;

/** Round prices for the probe positions (inputs of the check, not venue figures): the tier a
 * 500 USD position falls in is the first on every venue. */
const PROBE_PRICES: Record<(typeof COVERAGE_ASSETS)[number], string> = {
  BTC: '60000',
  ETH: '3000',
  SOL: '150',
  XRP: '0.5',
  DOGE: '0.1',
  BNB: '600',
};

export type CoverageCell =
  | { status: 'venue_data'; source: string; asOf: string }
  | { status: 'refused'; rule: string; reason: string; coverage: ContractCoverage['kind'] };

export interface CoverageRow {
  profile: SafeguardProfile;
  instrument: 'linear' | 'inverse';
  cells: Record<string, CoverageCell>;
}

export function isPerpetualProduct(profile: SafeguardProfile): boolean {
  return profile.instruments.includes('linear') || profile.instruments.includes('inverse');
}

export function venueCoverage(profiles: readonly SafeguardProfile[]): CoverageRow[] {
  return profiles.filter(isPerpetualProduct).map((profile) => {
    const instrument = profile.instruments.includes('linear') ? 'linear' : 'inverse';
    const cells: Record<string, CoverageCell> = {};
    for (const asset of COVERAGE_ASSETS) cells[asset] = probe(profile, instrument, asset);
    return { profile, instrument, cells };
  });
}

function probe(
  profile: SafeguardProfile,
  instrument: 'linear' | 'inverse',
  asset: (typeof COVERAGE_ASSETS)[number],
): CoverageCell {
  const price = PROBE_PRICES[asset];
  const coverage = contractCoverage(profile, asset, instrument);
  const position = {
    asset,
    instrument,
    side: 'long',
    entryPrice: price,
    // 500 USD of position: base units for linear, USD for inverse.
    size: instrument === 'linear' ? new Decimal(500).div(price).toFixed() : '500',
    leverage: '5',
    marginMode: profile.marginModes.includes('isolated') ? 'isolated' : 'cross',
  };
  try {
    assess(
      {
        schemaVersion: 1,
        exchange: profile.slug,
        account: { walletBalance: '0', positions: [position] },
      },
      profile,
      { today: profile.asOf },
    );
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return {
      status: 'refused',
      rule: error.rule,
      reason: error.message.replace(/ \(got .*\)$/, '').replace(/^[^:]+: /, ''),
      coverage: coverage.kind,
    };
  }
  const contract = 'contract' in coverage ? coverage.contract : undefined;
  const table = contract?.sizeLinearMargin ?? contract?.tiers;
  return { status: 'venue_data', source: table?.source ?? '', asOf: table?.asOf ?? profile.asOf };
}

export function renderCoverage(rows: readonly CoverageRow[]): string {
  const cells = rows.flatMap((row) => Object.values(row.cells));
  const answered = cells.filter((cell) => cell.status === 'venue_data').length;
  const lines = [
    '## Coverage: a 5x long in the six most-traded perpetuals',
    '',
    `${answered} of ${cells.length} (asset, product) pairs answer from the venue's own data. Each cell is a`,
    '500 USD isolated long at 5x: ✓ with the date of the tier table it used, or why it is refused. A refused',
    'contract that the venue lists still answers when the user enters the maintenance margin rate their exchange',
    'shows (`maintenanceMarginRate`); "not listed" means the venue\'s complete listing has no such contract.',
    '',
    `| Profile | ${COVERAGE_ASSETS.join(' | ')} |`,
    `| --- | ${COVERAGE_ASSETS.map(() => '---').join(' | ')} |`,
    ...rows.map(
      (row) =>
        `| ${row.profile.exchange} ${row.instrument} (\`${row.profile.slug}\`) | ${COVERAGE_ASSETS.map((asset) => cellText(row.cells[asset])).join(' | ')} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

function cellText(cell: CoverageCell | undefined): string {
  if (cell === undefined) return '';
  if (cell.status === 'venue_data') return `✓ ${cell.asOf}`;
  switch (cell.coverage) {
    case 'not_listed':
      return 'not listed';
    case 'no_record':
      return 'no record: your figure';
    case 'unpublished':
      return 'unpublished: your figure';
    case 'no_table':
      return 'no table yet: your figure';
    case 'table':
      return `refused: ${cell.reason}`;
  }
}
