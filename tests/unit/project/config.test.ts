import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, projectRoot } from '../../../src/config.ts';

describe('loadConfig', () => {
  it('uses the documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 4000,
      HOST: '127.0.0.1',
      PG_PORT: 5433,
      PG_DATABASE: 'troop_levels',
      SEED_ON_START: true,
      DEFAULT_TIME_ZONE: 'Europe/London',
      STUDIO_PORT: 5555,
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.dataDir).toBe(path.join(projectRoot, '.data', 'postgres'));
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).PORT).toBe(4000);
  });

  it('rejects a malformed DATABASE_URL with one sentence naming the variable', () => {
    expect(() => loadConfig({ DATABASE_URL: 'db at port 5432' })).toThrow(
      new ConfigError('Invalid DATABASE_URL: must be a URL such as postgresql://user:password@localhost:5432/db.'),
    );
  });

  it('rejects a URL of another database', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u:p@localhost/db' })).toThrow(
      'Invalid DATABASE_URL: must start with postgresql:// or postgres://.',
    );
  });

  it('rejects a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/^Invalid PORT: /);
  });

  it('rejects an unknown time zone', () => {
    expect(() => loadConfig({ DEFAULT_TIME_ZONE: 'Mars/Olympus' })).toThrow(
      'Invalid DEFAULT_TIME_ZONE: must be an IANA time zone such as Europe/London.',
    );
  });
});

describe('the Playground switch', () => {
  it('is on in development and off in production unless PLAYGROUND=true', () => {
    expect(loadConfig({}).playground).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).playground).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', PLAYGROUND: 'true' }).playground).toBe(true);
  });
});

describe('the hardening settings', () => {
  it('turns introspection off in production unless INTROSPECTION=true', () => {
    expect(loadConfig({}).introspection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true' }).introspection).toBe(true);
  });

  it('reads CORS_ORIGINS as a comma-separated allowlist, empty by default', () => {
    expect(loadConfig({}).CORS_ORIGINS).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example:8443' }).CORS_ORIGINS).toEqual([
      'https://a.example',
      'https://b.example:8443',
    ]);
  });

  it('rejects a CORS origin that is not a URL', () => {
    expect(() => loadConfig({ CORS_ORIGINS: 'desk' })).toThrow(/Invalid CORS_ORIGINS/);
  });

  it('defaults to a 10 s request timeout and a 5 s statement timeout', () => {
    expect(loadConfig({})).toMatchObject({ REQUEST_TIMEOUT_MS: 10_000, STATEMENT_TIMEOUT_MS: 5_000 });
  });

  it('turns introspection on with the Playground, which needs it, unless INTROSPECTION=false', () => {
    expect([
      loadConfig({ NODE_ENV: 'production', PLAYGROUND: 'true' }).introspection,
      loadConfig({ NODE_ENV: 'production', PLAYGROUND: 'true', INTROSPECTION: 'false' }).introspection,
    ]).toEqual([true, false]);
  });

  it('seeds the demo article outside production only, unless SEED_ON_START says otherwise', () => {
    expect([
      loadConfig({}).SEED_ON_START,
      loadConfig({ NODE_ENV: 'production' }).SEED_ON_START,
      loadConfig({ NODE_ENV: 'production', SEED_ON_START: 'true' }).SEED_ON_START,
    ]).toEqual([true, false, true]);
  });

  it('reads the rate limits, 0 turning one off', () => {
    expect(loadConfig({ RATE_LIMIT_WRITES_PER_MINUTE: '0' })).toMatchObject({
      RATE_LIMIT_READS_PER_MINUTE: 600,
      RATE_LIMIT_WRITES_PER_MINUTE: 0,
    });
  });

  it('refuses an INGEST_ALLOW_HOSTS entry that is not host:port, naming it', () => {
    expect(() => loadConfig({ INGEST_ALLOW_HOSTS: 'intranet.example/path' })).toThrow(
      'Invalid INGEST_ALLOW_HOSTS: "intranet.example/path" is not a host:port entry',
    );
  });
});

describe('read replicas', () => {
  it('reads DATABASE_REPLICA_URLS as a comma-separated list, none by default, with a 1 s lag limit', () => {
    expect(loadConfig({})).toMatchObject({ DATABASE_REPLICA_URLS: [], REPLICA_MAX_LAG_MS: 1000 });
    const urls = 'postgresql://u:p@replica-1:5432/db, postgres://u:p@replica-2/db';
    expect(loadConfig({ DATABASE_REPLICA_URLS: urls }).DATABASE_REPLICA_URLS).toEqual([
      'postgresql://u:p@replica-1:5432/db',
      'postgres://u:p@replica-2/db',
    ]);
  });

  it('refuses a malformed replica URL, naming its position and not its password', () => {
    const load = () => loadConfig({ DATABASE_REPLICA_URLS: 'postgresql://u:p@replica-1/db,mysql://u:secret@replica-2/db' });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(
      'Invalid DATABASE_REPLICA_URLS: entry 2 is not a URL such as postgresql://user:password@replica-1:5432/db (comma-separated list).',
    );
    expect(load).not.toThrow(/secret/);
  });

  it('refuses a lag limit under 10 ms', () => {
    expect(() => loadConfig({ REPLICA_MAX_LAG_MS: '5' })).toThrow(/^Invalid REPLICA_MAX_LAG_MS: /);
  });
});
