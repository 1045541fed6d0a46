import { ValidationError } from '@belowzero/risk-core';

/** A validation problem to show beside one field of the form. */
export interface FieldError {
  /** Dotted path as risk-core names it, e.g. "account.positions.0.entryPrice". */
  field: string;
  message: string;
  /** risk-core's rule, when the problem came from its validation (e.g. "not_listed"). */
  rule?: string;
}

/**
 * risk-core's ValidationError as a message for the field it names. Its message reads
 * "<field>: <rule in words> (got <value>)"; the field goes away since the error sits beside it.
 */
export function toFieldError(error: unknown): FieldError | null {
  if (!(error instanceof ValidationError)) return null;
  // risk-core speaks of "a decimal number written as a string": a person types a number.
  if (error.rule === 'decimal_string')
    return {
      field: error.field,
      message: 'Enter a number, such as 3000 or 0.5.',
      rule: error.rule,
    };
  const prefix = `${error.field}: `;
  const message = error.message.startsWith(prefix)
    ? error.message.slice(prefix.length)
    : error.message;
  return {
    field: error.field,
    message: message.charAt(0).toUpperCase() + message.slice(1),
    rule: error.rule,
  };
}
