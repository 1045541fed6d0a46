/**
 * Apollo plugin enforcing the static cost budget before execution: computes the operation's
 * cost, refuses it past the per-query maximum, takes it from the client's leaky bucket
 * (RATE_LIMITED with retry-after when empty), and reports both in `extensions.cost`. A request
 * refused before it was charged (it does not parse, fails validation, has bad variables or
 * costs too much) still pays for the work of refusing it, by its length.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { ApiContext } from '../schema/context.js';
import type { RequestRecord } from './log.js';
import { queryCost } from './query-limits.js';
import type { ClientBudget } from '@belowzero/server-kit';
import { refuseInvalidLiterals } from './text-check.js';

export interface HttpContext extends ApiContext {
  budget: ClientBudget;
  record: RequestRecord;
}

/** Points a refused request costs: 10, plus 1 per 100 characters of query text. */
function refusedRequestCost(query: string | undefined): number {
  return 10 + Math.ceil((query?.length ?? 0) / 100);
}

export function limitsPlugin(maxCost: number): ApolloServerPlugin<HttpContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, contextValue, operationName }) {
          contextValue.record.operationName = operationName ?? null;
          refuseInvalidLiterals(document);
          const cost = queryCost(schema, document, operationName ?? undefined, request.variables);
          contextValue.record.cost = cost;
          if (cost > maxCost) {
            throw new GraphQLError(
              `The query costs ${cost} points; the limit for one query is ${maxCost}.`,
              {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  cost,
                  maximumCost: maxCost,
                  http: { status: 400 },
                },
              },
            );
          }
          const charge = await contextValue.budget.charge(cost);
          contextValue.rate = { cost, bucket: charge.bucket };
          if (!charge.allowed) {
            const retryAfter = String(charge.bucket.retryAfterSeconds);
            throw new GraphQLError(
              `Rate limit reached: this query costs ${cost} points and ${charge.bucket.remaining} are left; ` +
                `retry in ${retryAfter} s.`,
              {
                extensions: {
                  code: 'RATE_LIMITED',
                  retryAfterSeconds: charge.bucket.retryAfterSeconds,
                  http: { status: 429, headers: new Map([['retry-after', retryAfter]]) },
                },
              },
            );
          }
        },
        async didEncounterErrors({ request, contextValue }) {
          if (contextValue.rate !== null) return;
          const cost = refusedRequestCost(request.query);
          // Short of points: it takes what is left, so the next request waits for the refill.
          const charge = await contextValue.budget.drain(cost);
          contextValue.record.cost = cost;
          contextValue.rate = { cost, bucket: charge.bucket };
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
            contextValue.record.errorCodes.push(code);
            if (code === 'SERVICE_UNAVAILABLE') {
              // Retryable and not the client's fault: 503 with retry-after rather than 200.
              response.http.status = 503;
              response.http.headers.set(
                'retry-after',
                String(error.extensions?.retryAfterSeconds ?? 5),
              );
            }
          }
          const rate = contextValue.rate;
          if (!rate) return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            cost: {
              requestedQueryCost: rate.cost,
              maximumQueryCost: maxCost,
              throttleStatus: {
                maximumAvailable: rate.bucket.capacity,
                currentlyAvailable: rate.bucket.remaining,
                restoreRate: rate.bucket.restoreRate,
              },
            },
          };
        },
      };
    },
  };
}
