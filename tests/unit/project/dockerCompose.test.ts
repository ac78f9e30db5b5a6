import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../../src/config.ts';

interface Service {
  image?: string;
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
const { postgres, api, studio } = compose.services;

describe('docker-compose.yml', () => {
  it('runs the official Postgres image with a named volume and a pg_isready healthcheck', () => {
    expect(postgres?.image).toMatch(/^postgres:\d+$/);
    const volume = postgres?.volumes?.[0]?.split(':')[0];
    expect(volume && volume in compose.volumes).toBe(true);
    expect(postgres?.healthcheck?.test.join(' ')).toContain('pg_isready');
  });

  it('builds the API from the repository Dockerfile and points DATABASE_URL at the postgres service', () => {
    expect(api?.build).toBe('.');
    expect(readFileSync(path.join(projectRoot, 'Dockerfile'), 'utf8')).toContain('CMD ["node", "dist/src/cli/start.js"]');
    const env = postgres?.environment ?? {};
    expect(api?.environment?.DATABASE_URL).toBe(
      `postgresql://${env.POSTGRES_USER}:${env.POSTGRES_PASSWORD}@postgres:5432/${env.POSTGRES_DB}`,
    );
    expect(api?.environment?.HOST).toBe('0.0.0.0');
  });

  it('starts the API only once Postgres is healthy and publishes port 4000', () => {
    expect(api?.depends_on?.postgres?.condition).toBe('service_healthy');
    expect(api?.ports).toContain('4000:4000');
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

  it('publishes Postgres on the loopback interface only', () => {
    expect(postgres?.ports).toEqual(['127.0.0.1:5432:5432']);
  });
});
