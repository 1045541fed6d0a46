/**
 * Where a figure comes from: the provenance every venue figure carries in the API, and the
 * sourced value types built on it.
 */
import type { Sourced } from '@belowzero/risk-core';
import { Field, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from './scalars.js';

@ObjectType({ description: 'Where a published figure comes from.' })
export class Provenance {
  @Field({
    description: "URL or title of the exchange's own material (or of belowzero's assumption note).",
  })
  source!: string;

  @Field({ description: 'ISO date (YYYY-MM-DD) of the material, or of the reading when undated.' })
  asOf!: string;

  @Field({
    description: 'True when the figure is a belowzero modelling assumption, not a published fact.',
  })
  assumption!: boolean;

  @Field(() => String, { nullable: true, description: 'Remark about the figure or its reading.' })
  note!: string | null;

  @Field({
    description:
      'False when the exchange does not publish the figure (its value is then null, never guessed).',
  })
  known!: boolean;
}

@ObjectType({ description: 'A sourced decimal figure.' })
export class SourcedDecimal extends Provenance {
  @Field(() => DecimalScalar, { nullable: true, description: 'The figure; null when unknown.' })
  value!: string | null;
}

@ObjectType({ description: 'A sourced yes/no fact.' })
export class SourcedBoolean extends Provenance {
  @Field(() => Boolean, { nullable: true, description: 'The fact; null when unknown.' })
  value!: boolean | null;
}

@ObjectType({ description: 'A sourced text.' })
export class SourcedText extends Provenance {
  @Field(() => String, {
    nullable: true,
    description: 'The text; null when unknown or when none is published.',
  })
  value!: string | null;
}

@ObjectType({ description: 'A sourced whole number.' })
export class SourcedInt extends Provenance {
  @Field(() => Int, { nullable: true, description: 'The number; null when unknown.' })
  value!: number | null;
}

/** A risk-core Sourced figure as the API carries it (value null when unknown). */
/** provenance() of a profile field that may be absent (a rule the profile does not state). */
export function optionalProvenance<T>(
  sourced: Sourced<T> | undefined,
): (Provenance & { value: T | null }) | null {
  return sourced === undefined ? null : provenance(sourced);
}

export function provenance<T>(sourced: Sourced<T>): Provenance & { value: T | null } {
  return {
    source: sourced.source,
    asOf: sourced.asOf,
    assumption: sourced.assumption === true,
    note: sourced.note ?? null,
    known: sourced.value !== 'unknown',
    value: sourced.value === 'unknown' ? null : sourced.value,
  };
}
