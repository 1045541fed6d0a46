/** The documented historical crashes a user can replay, newest first. */
import { btc2020 } from './btc-2020-03-12.js';
import { ftt2022 } from './ftt-2022.js';
import type { HistoricalCrash } from './historical-crash.js';
import { luna2022 } from './luna-2022.js';
import { october2025 } from './october-2025.js';
import { okex2018 } from './okex-2018.js';

export type { CrashWaypoint, HistoricalCrash } from './historical-crash.js';

export const historicalCrashes: readonly HistoricalCrash[] = [
  october2025,
  ftt2022,
  luna2022,
  btc2020,
  okex2018,
];
