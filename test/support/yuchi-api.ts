// Calls Yuchi's own endpoints (/yuchi/…) as a fixture user, the way an integrator would with a bearer token.
import type { FixtureUser } from './fixtures.ts';
import type { SuiteDirectus } from './suite-directus.ts';

export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
  bytes: Buffer;
}

export async function callYuchi<T = unknown>(dx: SuiteDirectus, user: FixtureUser, path: string, body?: unknown): Promise<ApiAnswer<T>> {
  const token = await (await dx.as(user)).getToken();
  const res = await fetch(`${dx.process.url}/yuchi${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const bytes = Buffer.from(await res.arrayBuffer());
  const json = (res.headers.get('content-type') ?? '').includes('json') ? (JSON.parse(bytes.toString('utf8')) as T) : (undefined as T);
  return { status: res.status, body: json, headers: res.headers, bytes };
}

/** The error code of a Directus error answer. */
export const errorCode = (answer: ApiAnswer): string | undefined => (answer.body as { errors?: { extensions?: { code?: string } }[] } | undefined)?.errors?.[0]?.extensions?.code;
export const errorMessage = (answer: ApiAnswer): string => (answer.body as { errors?: { message?: string }[] } | undefined)?.errors?.[0]?.message ?? '';
