// Whether the Redis server of our machines answers (127.0.0.1:6379, or YUCHI_TEST_REDIS_URL).
import { createConnection } from 'node:net';

export const redisUrl = (): string => process.env['YUCHI_TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

export function redisAvailable(): Promise<boolean> {
  const url = new URL(redisUrl());
  return new Promise((resolve) => {
    const socket = createConnection({ host: url.hostname, port: Number(url.port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d) => done(d.toString().startsWith('+PONG')));
  });
}
