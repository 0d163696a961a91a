import type { App } from '../../src/app/context.ts';

/**
 * The organisation through its API, for the casework's tests: a cadre (with the login of a paired cadre user,
 * if given) and a pairing of a cadre with a household. `cookie`: a user who keeps the organisation there
 * (county_admin or town_official of the region).
 */
export interface CadreFields {
  regionCode: string;
  name?: string;
  unitId?: number;
  post?: string;
  phone?: string;
  userId?: number;
}

export async function createCadre(app: App, cookie: string, fields: CadreFields): Promise<number> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/cadres',
    headers: { cookie },
    payload: { name: '王帮扶', phone: '13900001111', ...fields },
  });
  if (res.statusCode !== 201) throw new Error(`cadre refused: ${res.statusCode} ${res.body}`);
  return res.json<{ id: number }>().id;
}

export async function pairHousehold(
  app: App,
  cookie: string,
  pairing: { cadreId?: number; userId?: number; householdId: number; from: string },
): Promise<number> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/pairings',
    headers: { cookie },
    payload: pairing,
  });
  if (res.statusCode !== 201) throw new Error(`pairing refused: ${res.statusCode} ${res.body}`);
  return res.json<{ id: number }>().id;
}
