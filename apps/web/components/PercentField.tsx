'use client';
import { fractionFromPercent, percentFromFraction } from '@belowzero/risk-core';
import type { ComponentProps } from 'react';
import type { FieldError } from '../lib/format/field-error';
import { Field } from './Field';

/**
 * A rate typed in percent, as exchanges show it ("0.5" for 0.5%), kept in the scenario as the
 * fraction risk-core reads ("0.005"). risk-core's range messages speak of fractions, so a range
 * problem on this field is told in percent.
 */
export function PercentField({
  value,
  onChange,
  error,
  ...rest
}: Omit<ComponentProps<typeof Field>, 'inputMode'>) {
  return (
    <Field
      {...rest}
      value={value === '' ? '' : (percentFromFraction(value) ?? value)}
      error={inPercent(error, rest.name)}
      onChange={(text) => onChange(text === '' ? '' : (fractionFromPercent(text) ?? text))}
    />
  );
}

function inPercent(error: FieldError | null, name: string): FieldError | null {
  if (error?.field !== name || error.rule === 'decimal_string') return error;
  return { ...error, message: 'Enter a percentage above 0 and below 100, such as 0.5 for 0.5%.' };
}
