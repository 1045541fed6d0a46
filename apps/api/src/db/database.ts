/**
 * Opens belowzero's database: the PostgreSQL at DATABASE_URL, or, when it is unset,
 * PGlite (PostgreSQL compiled to WebAssembly) embedded in this process and served on a
 * loopback port so Prisma reaches both through the same driver adapter.
 */
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.js';

export interface Database {
  prisma: PrismaClient;
  /** Connection string of the database (the embedded server's when PGlite). */
  url: string;
  kind: 'postgres' | 'pglite';
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl: string | undefined;
  pgliteDataDir: string;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const prisma = new PrismaClient({
      adapter: new PrismaPg({ connectionString: options.databaseUrl, max: 10 }),
    });
    return {
      prisma,
      url: options.databaseUrl,
      kind: 'postgres',
      close: () => prisma.$disconnect(),
    };
  }
  const embedded = await startEmbeddedPostgres(options.pgliteDataDir);
  // PGlite runs one statement at a time: one pooled connection keeps transactions whole.
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: embedded.url, max: 1 }),
  });
  return {
    prisma,
    url: embedded.url,
    kind: 'pglite',
    close: async () => {
      await prisma.$disconnect();
      await embedded.stop();
    },
  };
}

interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  if (!dataDir.includes('://')) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  // A few connections: the migration runner's and Prisma's pool; the server queues their statements.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 4 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
