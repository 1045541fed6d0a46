/**
 * Documented historical crashes the crash lab can replay.
 */
import type { HistoricalCrash } from '@belowzero/risk-core';
import { Field, Float, ObjectType } from 'type-graphql';
import { DecimalScalar } from './scalars.js';

@ObjectType({ description: 'A published high or low of a historical crash.' })
export class CrashWaypoint {
  @Field(() => Float, { description: 'Milliseconds after the first waypoint.' })
  timeMs!: number;

  @Field({
    description: 'UTC time of the waypoint (approximate where the source gives only a day).',
  })
  at!: string;

  @Field(() => DecimalScalar, { description: 'Price in USD as published.' })
  price!: string;

  @Field({ description: 'What the waypoint is.' })
  note!: string;

  @Field({ description: 'Where the figure comes from.' })
  source!: string;
}

@ObjectType({ description: 'A documented historical crash (stylized waypoints, not tick data).' })
export class CrashEvent {
  @Field({ description: 'Identifier, for a REPLAY price path.' })
  id!: string;

  @Field({ description: 'Title.' })
  title!: string;

  @Field({ description: 'Asset that crashed.' })
  asset!: string;

  @Field({ description: 'ISO date of the main day.' })
  date!: string;

  @Field({ description: 'The key figures in plain words, as published.' })
  summary!: string;

  @Field({ description: 'How the deficits of the event were covered.' })
  deficitCoverage!: string;

  @Field(() => [CrashWaypoint], { description: 'The published waypoints.' })
  waypoints!: CrashWaypoint[];

  @Field(() => [String], { description: 'Sources.' })
  sources!: string[];
}

export function toCrashEvent(crash: HistoricalCrash): CrashEvent {
  return {
    ...crash,
    waypoints: crash.waypoints.map((waypoint) => ({ ...waypoint })),
    sources: [...crash.sources],
  };
}
