/**
 * The shape of a documented historical crash: stylized waypoints (published highs and lows,
 * each with its source), not tick data. Replays scale the waypoints to the user's own price,
 * so a crash is a sequence of relative moves over time.
 */

export interface CrashWaypoint {
  /** Milliseconds after the crash's first waypoint. */
  timeMs: number;
  /** The UTC time of the waypoint; where the source gives only a day, a stated approximation. */
  at: string;
  /** Price in USD as published. */
  price: string;
  note: string;
  source: string;
}

export interface HistoricalCrash {
  id: string;
  title: string;
  asset: string;
  /** ISO date (YYYY-MM-DD) of the main day of the event. */
  date: string;
  /** The event's key figures in plain words, as published. */
  summary: string;
  /** How the deficits of the event were covered (insurance fund, ADL, clawback, ...). */
  deficitCoverage: string;
  waypoints: CrashWaypoint[];
  sources: string[];
}

/** A waypoint before its offset from the first one is known. */
export interface DatedWaypoint {
  at: string;
  price: string;
  note: string;
  source: string;
}

/** Builds a crash, turning the waypoints' UTC times into offsets from the first one. */
export function defineCrash(
  crash: Omit<HistoricalCrash, 'waypoints'> & { waypoints: DatedWaypoint[] },
): HistoricalCrash {
  const first = crash.waypoints[0];
  const start = first === undefined ? 0 : Date.parse(first.at);
  return {
    ...crash,
    waypoints: crash.waypoints.map((waypoint) => ({
      ...waypoint,
      timeMs: Date.parse(waypoint.at) - start,
    })),
  };
}
