import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../../src/config.ts';

interface Service {
  image?: string;
  command?: string[];
  entrypoint?: string[];
  user?: string;
  deploy?: { replicas?: number };
  build?: string | { context: string; target?: string };
  profiles?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  network_mode?: string;
}

const compose = parse(readFileSync(path.join(projectRoot, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const { postgres, replica, api, worker, studio } = compose.services;
const file = (name: string) => readFileSync(path.join(projectRoot, name), 'utf8');
const PRIMARY_URL = 'postgresql://troop_levels:troop_levels@postgres:5432/troop_levels';

describe('docker-compose.yml', () => {
  it('runs the official Postgres image with a named volume and a pg_isready healthcheck', () => {
    expect(postgres?.image).toMatch(/^postgres:\d+$/);
    const volume = postgres?.volumes?.[0]?.split(':')[0];
    expect(volume && volume in compose.volumes).toBe(true);
    expect(postgres?.healthcheck?.test.join(' ')).toContain('pg_isready');
  });

  it('builds the API from the repository Dockerfile and points DATABASE_URL at the postgres service', () => {
    expect(api?.build).toBe('.');
    expect(file('Dockerfile')).toContain('CMD ["node", "dist/src/cli/start.js"]');
    const env = postgres?.environment ?? {};
    expect(api?.environment?.DATABASE_URL).toBe(
      `postgresql://${env.POSTGRES_USER}:${env.POSTGRES_PASSWORD}@postgres:5432/${env.POSTGRES_DB}`,
    );
    expect(api?.environment?.HOST).toBe('0.0.0.0');
  });

  it('starts the API only once Postgres is healthy and publishes port 4000', () => {
    expect(api?.depends_on?.postgres?.condition).toBe('service_healthy');
    expect(api?.ports).toEqual(['4000-4001:4000']);
    expect(api?.healthcheck?.test.join(' ')).toContain('/readyz');
  });

  it('serves Playground with the schema it needs and seeds no demo article into the real database', () => {
    expect([api?.environment?.PLAYGROUND, api?.environment?.INTROSPECTION, api?.environment?.SEED_ON_START]).toEqual([
      'true',
      undefined,
      undefined,
    ]);
  });

  it('offers Prisma Studio behind the studio profile, on the same database, from the build stage that has the Prisma CLI', () => {
    expect(studio?.profiles).toEqual(['studio']);
    expect(studio?.build).toEqual({ context: '.', target: 'build' });
    expect(studio?.depends_on?.postgres?.condition).toBe('service_healthy');
    expect(studio?.environment?.DATABASE_URL).toMatch(/^postgresql:\/\/troop_levels:troop_levels@127\.0\.0\.1:5432\/troop_levels$/);
  });

  it('runs two API processes that read from the replica and write to the primary', () => {
    expect(api?.deploy?.replicas).toBe(2);
    expect(api?.environment?.DATABASE_URL).toBe(PRIMARY_URL);
    expect(api?.environment?.DATABASE_REPLICA_URLS).toBe('postgresql://troop_levels:troop_levels@replica:5432/troop_levels');
  });

  it('runs a replica that streams from the primary after a base backup, which the primary lets in', () => {
    expect(replica?.image).toBe(postgres?.image);
    expect(replica?.entrypoint).toEqual(['/bin/sh', '/replica.sh']);
    expect(replica?.volumes).toContain('./deploy/postgres/replica.sh:/replica.sh:ro');
    expect(file('deploy/postgres/replica.sh')).toContain('pg_basebackup -h postgres -U "$POSTGRES_USER" -D "$PGDATA" -R -X stream');
    expect(postgres?.volumes).toContain('./deploy/postgres/primary-replication.sh:/docker-entrypoint-initdb.d/replication.sh:ro');
    expect(file('deploy/postgres/primary-replication.sh')).toContain('host replication ${POSTGRES_USER} all scram-sha-256');
    const volume = replica?.volumes?.[0]?.split(':')[0];
    expect(volume && volume in compose.volumes && volume !== postgres?.volumes?.[0]?.split(':')[0]).toBe(true);
  });

  it('runs an ingest worker from the same image on the primary', () => {
    expect(worker?.build).toBe('.');
    expect(worker?.command).toEqual(['node', 'dist/src/cli/worker.js']);
    expect(worker?.environment?.DATABASE_URL).toBe(PRIMARY_URL);
    expect(worker?.depends_on?.postgres?.condition).toBe('service_healthy');
  });

  it('publishes Postgres on the loopback interface only', () => {
    expect(postgres?.ports).toEqual(['127.0.0.1:5432:5432']);
  });
});
