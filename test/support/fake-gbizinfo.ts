// A local stand-in for gBizINFO REST API v2: answers /v2/hojin/{法人番号}, /corporation and /finance with the
// fixtures in test/fixtures/gbizinfo (the published schema), 404 for numbers it does not know, 401 without the token.
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/env.mjs';

export type Json = Record<string, unknown>;

export const fixture = (name: string): Json => JSON.parse(readFileSync(join(ROOT, 'test/fixtures/gbizinfo', name), 'utf8')) as Json;

/** The first hojin-info of each endpoint's answer for one company. */
export interface FakeCompany {
  hojin: Json;
  corporation: Json | null;
  finance: Json | null;
}

export interface FakeGbizinfo {
  url: string;
  token: string;
  known: Map<string, FakeCompany>;
  // Every path asked, in order.
  asked: string[];
  /** Publishes a company as the fixtures describe it, under its own number and name. */
  publish(corporateNumber: string, name: string, hojin?: Json): FakeCompany;
  close(): Promise<void>;
}

function firstInfo(file: string, corporateNumber: string, name: string): Json {
  const info = (fixture(file)['hojin-infos'] as Json[])[0]!;
  return { ...info, corporate_number: corporateNumber, name };
}

export async function startFakeGbizinfo(token: string): Promise<FakeGbizinfo> {
  const known = new Map<string, FakeCompany>();
  const asked: string[] = [];
  const server: Server = createServer((request, response) => {
    asked.push(request.url ?? '');
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
      response.end(JSON.stringify(body));
    };
    if (request.headers['x-hojininfo-api-token'] !== token) return send(401, { message: 'Unauthorized' });
    const match = /^\/v2\/hojin\/(\d{13})(\/corporation|\/finance)?$/.exec(request.url ?? '');
    const company = match ? known.get(match[1]!) : undefined;
    const info = !company ? null : match![2] === '/corporation' ? company.corporation : match![2] === '/finance' ? company.finance : company.hojin;
    if (!info) return send(404, fixture('not-found.json'));
    send(200, { id: 'fake', message: '200 - OK.', 'hojin-infos': [info] });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    token,
    known,
    asked,
    publish(corporateNumber, name, hojin = {}) {
      const corporation = firstInfo('corporation.json', corporateNumber, name);
      // Site names begin with the company's name, as 年金機構's do.
      corporation['corporation-info'] = (corporation['corporation-info'] as Json[]).map((site) => ({
        ...site,
        corporation_name: String(site['corporation_name']).replace('株式会社テスト越後精機', name),
      }));
      const company = { hojin: { ...firstInfo('hojin.json', corporateNumber, name), ...hojin }, corporation, finance: firstInfo('finance.json', corporateNumber, name) };
      known.set(corporateNumber, company);
      return company;
    },
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
