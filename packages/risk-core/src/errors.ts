/**
 * Typed errors of risk-core. Every bad input is reported as a ValidationError naming the
 * field (a dotted path such as "account.positions.0.entryPrice"), the value and the rule
 * it broke; the API maps it to BAD_USER_INPUT, the PWA shows it beside the field.
 */

/** Machine-readable names of the rules an input can break. */
export type ValidationRule =
  | 'required'
  | 'decimal_string'
  | 'finite_number'
  | 'within_range'
  | 'positive'
  | 'non_negative'
  | 'one_of'
  | 'leverage_within_bracket'
  | 'unknown_exchange'
  | 'unsupported_instrument'
  | 'not_listed'
  | 'needs_margin_figure'
  | 'unsupported_margin_mode'
  | 'size_or_amount'
  | 'non_empty'
  | 'sorted_timestamps'
  | 'schema_version'
  | 'integer'
  | 'too_many'
  | 'consistent'
  | 'iso_date';

export class ValidationError extends Error {
  readonly code = 'VALIDATION' as const;
  /** What is wrong, in words, without the field's path or the value: "is not listed on this
   * exchange", or the validator's own sentence ("Bybit ... lists BTC, ETH, XRP"). */
  readonly problem: string;

  constructor(
    readonly field: string,
    readonly value: unknown,
    readonly rule: ValidationRule,
    detail?: string,
  ) {
    super(`${field}: ${detail ?? describeRule(rule)} (got ${preview(value)})`);
    this.name = 'ValidationError';
    this.problem = detail ?? describeRule(rule);
  }
}

/** Raised when a caller cancels a long computation (odds) through its AbortSignal-like token. */
export class CancelledError extends Error {
  readonly code = 'CANCELLED' as const;
  constructor() {
    super('computation cancelled');
    this.name = 'CancelledError';
  }
}

function describeRule(rule: ValidationRule): string {
  switch (rule) {
    case 'required':
      return 'is required';
    case 'decimal_string':
      return 'must be a decimal number written as a string, e.g. "25000.5"';
    case 'finite_number':
      return 'must be a finite number';
    case 'within_range':
      return 'is outside the supported range';
    case 'positive':
      return 'must be greater than zero';
    case 'non_negative':
      return 'must not be negative';
    case 'one_of':
      return 'is not one of the allowed values';
    case 'leverage_within_bracket':
      return "exceeds the maximum leverage of the position's margin tier";
    case 'unknown_exchange':
      return 'is not a known exchange profile';
    case 'unsupported_instrument':
      return 'is not offered by this exchange profile';
    case 'not_listed':
      return 'is not listed on this exchange';
    case 'needs_margin_figure':
      return 'needs the maintenance margin rate your exchange shows (belowzero has no table for it)';
    case 'unsupported_margin_mode':
      return 'is not offered for this instrument';
    case 'size_or_amount':
      return 'give exactly one of size or amount';
    case 'non_empty':
      return 'must not be empty';
    case 'sorted_timestamps':
      return 'timestamps must increase';
    case 'schema_version':
      return 'is not a supported schema version';
    case 'integer':
      return 'must be a whole number';
    case 'too_many':
      return 'has too many items';
    case 'consistent':
      return 'is inconsistent with the other fields';
    case 'iso_date':
      return 'must be an ISO date (YYYY-MM-DD)';
  }
}

function preview(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value));
  } catch {
    text = String(value);
  }
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
