/** Messages between the odds page and its Web Worker (lib/screens/odds.worker.ts). */
import type {
  OddsOptions,
  OddsResult,
  SafeguardProfile,
  ScenarioInput,
} from '@belowzero/risk-core';

export type OddsRequest =
  | {
      type: 'run';
      id: number;
      input: ScenarioInput;
      /** The profile the page computes with (possibly newer than the bundled one). */
      profile: SafeguardProfile;
      options: OddsOptions;
    }
  | { type: 'cancel'; id: number };

export type OddsReply =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'result'; id: number; result: OddsResult }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; field: string | null; message: string };
