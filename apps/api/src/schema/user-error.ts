/**
 * Expected domain errors of a mutation, returned as data (Shopify's `userErrors`): the
 * input path of the field at fault, a machine-readable code and a sentence for people.
 */
import { ValidationError } from '@belowzero/risk-core';
import { Field, ObjectType } from 'type-graphql';
import { DomainError } from '../services/errors.js';

@ObjectType({ description: 'A problem with the input of a mutation, named by field.' })
export class UserError {
  @Field(() => [String], {
    nullable: true,
    description:
      'Path of the input field at fault, e.g. ["input", "inputs", "account", "positions", "0", "entryPrice"].',
  })
  field!: string[] | null;

  @Field({
    description:
      "The rule that was broken, in upper case: the rule of risk-core's validators (e.g. POSITIVE, DECIMAL_STRING, " +
      'UNKNOWN_EXCHANGE, LEVERAGE_WITHIN_BRACKET), NON_EMPTY / TOO_LONG for a title, or IDEMPOTENCY_KEY_FORMAT / ' +
      'IDEMPOTENCY_KEY_REUSED for a clientRequestId.',
  })
  code!: string;

  @Field({ description: 'Explanation in plain words.' })
  message!: string;
}

/**
 * Turns a validation failure into user errors (prefixing the input path); any other error
 * is rethrown for the top-level error handling.
 */
export function asUserErrors(error: unknown, prefix: string[]): UserError[] {
  if (error instanceof ValidationError) {
    return [
      {
        field: [...prefix, ...error.field.split('.')],
        code: error.rule.toUpperCase(),
        message: error.message,
      },
    ];
  }
  if (error instanceof DomainError && error.code === 'BAD_USER_INPUT') {
    const field = typeof error.details.field === 'string' ? ['input', error.details.field] : null;
    const rule = typeof error.details.rule === 'string' ? error.details.rule : 'invalid';
    return [{ field, code: rule.toUpperCase(), message: error.message }];
  }
  throw error;
}
