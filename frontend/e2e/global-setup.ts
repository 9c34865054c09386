// Starts the real platform jar on a fresh PostgreSQL database for the browser tests, waits until it is ready, and
// stops it and drops the database afterwards. The jar comes from QUIRE_JAR (Maven passes it), else the default
// build output. QUIRE_E2E_BASE_URL (with QUIRE_E2E_ADMIN_TOKEN) points the tests at a Quire that is already running.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    adminToken: string;
  }
}

const here = resolve(import.meta.dirname, '..');
const results = resolve(here, 'test-results');

function serverUrl(): URL {
  return new URL(process.env.QUIRE_TEST_DB_URL ?? 'postgresql://127.0.0.1:5432/postgres');
}

function client(database: string): pg.Client {
  const server = serverUrl();
  return new pg.Client({
    host: server.hostname,
    port: Number(server.port || 5432),
    user: decodeURIComponent(server.username) || process.env.QUIRE_TEST_DB_USER || 'postgres',
    password: decodeURIComponent(server.password) || process.env.QUIRE_TEST_DB_PASSWORD || undefined,
    database,
  });
}

async function onServer<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = client(serverUrl().pathname.slice(1) || 'postgres');
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

async function waitUntilReady(baseUrl: string, app: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) {
      throw new Error(`Quire exited with ${app.exitCode} before it was ready:\n${tail(log)}`);
    }
    try {
      const response = await fetch(`${baseUrl}/actuator/health/readiness`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Quire did not become ready within 4 minutes:\n${tail(log)}`);
}

function tail(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-40).join('\n') : '(no log)';
}

export default async function setup(project: TestProject) {
  // While developing: run against a Quire (or `npm run dev`) that is already up, started in the dev profile.
  if (process.env.QUIRE_E2E_BASE_URL) {
    project.provide('baseUrl', process.env.QUIRE_E2E_BASE_URL);
    project.provide('adminToken', process.env.QUIRE_E2E_ADMIN_TOKEN ?? '');
    return undefined;
  }
  const jar = resolve(process.env.QUIRE_JAR ?? resolve(here, '../platform/target/quire.jar'));
  if (!existsSync(jar)) {
    throw new Error(`No Quire jar at ${jar}: build it first (./mvnw -B -DskipTests package) or set QUIRE_JAR`);
  }
  mkdirSync(results, { recursive: true });
  const database = `quire_e2e_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await onServer((c) => c.query(`CREATE DATABASE ${database}`));

  const server = serverUrl();
  const port = await freePort();
  const adminToken = randomBytes(18).toString('base64url');
  const baseUrl = `http://127.0.0.1:${port}`;
  const log = resolve(results, 'quire.log');
  const output = createWriteStream(log);
  const app = spawn('java', ['-Xmx768m', '-jar', jar, '--spring.profiles.active=dev', '--quire.sandbox.smtp-port=0'], {
    env: {
      ...process.env,
      QUIRE_DB_URL: `postgresql://${server.hostname}:${server.port || 5432}/${database}`,
      QUIRE_DB_USER: decodeURIComponent(server.username) || process.env.QUIRE_TEST_DB_USER || 'postgres',
      QUIRE_DB_PASSWORD: decodeURIComponent(server.password) || process.env.QUIRE_TEST_DB_PASSWORD || '',
      QUIRE_DB_POOL_SIZE: '8',
      QUIRE_ADMIN_TOKEN: adminToken,
      SERVER_PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  app.stdout?.pipe(output);
  app.stderr?.pipe(output);

  const stop = async () => {
    if (app.exitCode === null) {
      app.kill('SIGTERM');
      // The timer is cleared once the jar has gone, or it would keep Node (and so vitest) waiting for it.
      let timer: NodeJS.Timeout | undefined;
      const exited = await Promise.race([
        new Promise((r) => app.once('exit', () => r(true))),
        new Promise((r) => {
          timer = setTimeout(() => r(false), 20_000);
        }),
      ]);
      clearTimeout(timer);
      if (!exited) app.kill('SIGKILL');
    }
    output.end();
    await onServer((c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)).catch(() => {});
  };

  try {
    await waitUntilReady(baseUrl, app, log);
  } catch (error) {
    await stop();
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  project.provide('adminToken', adminToken);
  return stop;
}
