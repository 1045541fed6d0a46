/**
 * API processes of the production build sharing one throwaway PostgreSQL (and, when asked,
 * one Redis under a unique key prefix): what runs behind a load balancer, on loopback.
 */
import { randomBytes } from 'node:crypto';
import { type ApiProcess, startApiProcess } from '../../support/api-process';
import { deleteRedisKeys, redisUrl } from './services';
import { createThrowawayPostgres, type ThrowawayPostgres } from './throwaway-postgres';

export interface ApiCluster {
  postgres: ThrowawayPostgres;
  apis: ApiProcess[];
  /** Rate-limit key prefix in Redis, when Redis is used. */
  redisPrefix: string | undefined;
  stop(): Promise<void>;
}

export interface ClusterOptions {
  processes: number;
  redis: boolean;
  env?: Record<string, string>;
}

export async function startApiCluster({
  processes,
  redis,
  env = {},
}: ClusterOptions): Promise<ApiCluster> {
  const postgres = await createThrowawayPostgres();
  const redisPrefix = redis
    ? `belowzero:faults:${process.pid}:${randomBytes(4).toString('hex')}:`
    : undefined;
  const apis: ApiProcess[] = [];
  const stop = async () => {
    await Promise.all(apis.map((api) => api.stop()));
    await postgres.destroy();
    if (redisPrefix) await deleteRedisKeys(redisPrefix);
  };
  try {
    // One after the other: the first migrates and seeds, the next ones find it done.
    for (let index = 0; index < processes; index += 1) {
      apis.push(
        await withDeadline(
          startApiProcess({
            DATABASE_URL: postgres.url,
            ...(redisPrefix ? { REDIS_URL: redisUrl, RATE_LIMIT_PREFIX: redisPrefix } : {}),
            ...env,
          }),
        ),
      );
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { postgres, apis, redisPrefix, stop };
}

/** A start that takes longer than this is reported as a failure, not left to hang the suite. */
const START_DEADLINE_MS = 90_000;

function withDeadline<T>(started: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`an API process did not start within ${START_DEADLINE_MS} ms`)),
      START_DEADLINE_MS,
    );
  });
  return Promise.race([started, deadline]).finally(() => clearTimeout(timer));
}
