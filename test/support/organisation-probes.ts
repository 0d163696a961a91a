import ExcelJS from 'exceljs';
import type { App } from '../../src/app/context.ts';
import type { Permission } from '../../src/modules/access/permissions.ts';
import { shellActor, type Role } from '../../src/modules/auth/actor.ts';
import { createCadre } from '../../src/modules/organisation/cadres.ts';
import { createPairing } from '../../src/modules/organisation/pairings.ts';
import { addMember, createTeam } from '../../src/modules/organisation/teams.ts';
import { createUnit } from '../../src/modules/organisation/units.ts';
import { createBranch } from '../../src/modules/organisation/branches.ts';
import type { Expect } from './access-probes.ts';
import { multipartFile } from './multipart.ts';
import {
  A_COUNTY,
  A_TOWN,
  A_VILLAGE,
  B_COUNTY,
  B_VILLAGE,
  GRANT_OF,
  OUTSIDE_HEAD,
  type World,
} from './access-world.ts';
import {
  allowed,
  atHome,
  get,
  hidden,
  inside,
  may,
  pair,
  probe,
  seen,
  send,
  worldSlot,
  type Probes,
  type Request,
} from './probe-kit.ts';

/**
 * The organisation's routes in the access matrix (test/access-matrix.test.ts): in county A a unit of the
 * county, a cadre kept by the town, a branch and a team of the village and a pairing of a fresh household; in
 * county B the same, named with B's marker. Wiring: `await addOrganisationWorld(app, world)` after buildWorld
 * and `...ORGANISATION_PROBES` in PROBES (access-probes.ts).
 */
interface Side {
  household: number;
  unit: number;
  cadre: number;
  branch: number;
  team: number;
  pairing: number;
}
interface OrganisationWorld {
  app: App;
  w: World;
  inside: Side;
  outside: Side;
}

const organisations = worldSlot<OrganisationWorld>('addOrganisationWorld');
const shell = shellActor('probe');
const NOW = new Date('2026-06-30T02:00:00Z');
const TODAY = '2026-06-30';

async function side(
  app: App,
  county: string,
  keeper: string,
  village: string,
  householdId: number,
  tag: string,
) {
  return app.db.transaction(async (tx) => {
    const unit = await createUnit(
      tx,
      shell,
      { regionCode: county, name: `${tag}单位`, level: 'county', kind: 'other' },
      NOW,
    );
    const cadres: number[] = [];
    for (const n of [1, 2, 3])
      cadres.push(
        await createCadre(
          tx,
          shell,
          { regionCode: keeper, name: `${tag}干部${n}`, phone: '13911112222' },
          NOW,
        ),
      );
    const branch = await createBranch(
      tx,
      shell,
      { villageCode: village, name: `${tag}党支部`, membersCount: 5 },
      NOW,
    );
    const team = await createTeam(tx, shell, teamInput(village, cadres), TODAY, NOW);
    const pairing = await createPairing(
      tx,
      shell,
      { cadreId: cadres[0]!, householdId, from: '2026-01-01' },
      TODAY,
      NOW,
    );
    return { household: householdId, unit, cadre: cadres[0]!, branch, team, pairing };
  });
}

const teamInput = (village: string, cadres: number[]) => ({
  villageCode: village,
  termFrom: '2025-01-01',
  termTo: '2027-01-01',
  members: cadres.map((cadreId, i) => ({
    cadreId,
    role: (['leader', 'first_secretary', 'member'] as const)[i]!,
  })),
});

export async function addOrganisationWorld(app: App, w: World): Promise<void> {
  const inside = await side(app, A_COUNTY, A_TOWN, A_VILLAGE, (await w.freshInside()).id, '探测');
  const outside = await side(app, B_COUNTY, B_COUNTY, B_VILLAGE, w.outside.id, OUTSIDE_HEAD);
  organisations.set(w, { app, w, inside, outside });
}

/** What the grant does with a row of `region`: hidden unless it reads the kind, refused unless it writes. */
const expectOf = (role: Role, permission: Permission, region: string): Expect =>
  atHome(role, region, may(permission), may(`${permission.split('.')[0]}.read` as Permission));

/** Where each kind's rows of A and of B are created: B keeps its cadres at the county. */
const COUNTIES = { inside: A_COUNTY, outside: B_COUNTY };
const KEEPERS = { inside: A_TOWN, outside: B_COUNTY };
const VILLAGES = { inside: A_VILLAGE, outside: B_VILLAGE };

/** A read of one row: by the grant inside, never outside. */
function rowRead(permission: Permission, region: string, url: (s: Side) => string) {
  return async (w: World, role: Role) =>
    pair(seen(role, region, may(permission)), (s: Side) => get(url(s)), organisations.get(w));
}

/** A write on a fresh row of A (made by `fresh`) and on B's row. */
function rowWrite(
  permission: Permission,
  region: string,
  fresh: (ow: OrganisationWorld, role: Role) => Promise<Request>,
  outside: (s: Side) => Request,
) {
  return async (w: World, role: Role) => {
    const ow = organisations.get(w);
    return [
      inside(await fresh(ow, role), expectOf(role, permission, region), true),
      hidden(outside(ow.outside), true),
    ];
  };
}

/** The organisation import of a workbook with one unit of `region`. */
async function unitWorkbook(region: string, name: string): Promise<Request> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('单位').addRows([
    ['行政区划代码', '单位名称', '单位级别', '单位类型'],
    [region, name, '县级', '其他'],
  ]);
  const { payload, contentType } = multipartFile(
    'org.xlsx',
    Buffer.from(await book.xlsx.writeBuffer()),
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  return {
    method: 'POST',
    url: '/api/v1/organisation/import',
    payload,
    headers: { 'content-type': contentType },
  };
}

const inTx = <T>(
  ow: OrganisationWorld,
  f: (tx: Parameters<Parameters<App['db']['transaction']>[0]>[0]) => Promise<T>,
) => ow.app.db.transaction(f);

export const ORGANISATION_PROBES: Probes = {
  'GET /api/v1/units': async () => [inside(get('/api/v1/units'), 'filtered')],
  'GET /api/v1/cadres': async () => [inside(get('/api/v1/cadres'), 'filtered')],
  'GET /api/v1/branches': async () => [inside(get('/api/v1/branches'), 'filtered')],
  'GET /api/v1/teams': async () => [inside(get('/api/v1/teams'), 'filtered')],
  'GET /api/v1/pairings': async () => [inside(get('/api/v1/pairings'), 'filtered')],
  // No test user has a cadre record.
  'GET /api/v1/cadres/me': async () => [inside(get('/api/v1/cadres/me'), 'hidden')],
  'GET /api/v1/cadres/{id}': rowRead('cadre.read', A_TOWN, (s) => `/api/v1/cadres/${s.cadre}`),
  'GET /api/v1/teams/{id}': rowRead('team.read', A_VILLAGE, (s) => `/api/v1/teams/${s.team}`),
  'GET /api/v1/villages/{code}/organisation': async (_w, role) =>
    pair(
      seen(role, A_VILLAGE, may('branch.read')),
      (v) => get(`/api/v1/villages/${v}/organisation`),
      VILLAGES,
    ),
  'POST /api/v1/units': async (_w, role) =>
    pair(
      expectOf(role, 'unit.write', A_COUNTY),
      (regionCode) =>
        send('POST', '/api/v1/units', { regionCode, name: `单位${role}`, level: 'county', kind: 'other' }),
      COUNTIES,
      true,
    ),
  'POST /api/v1/cadres': async (_w, role) =>
    pair(
      expectOf(role, 'cadre.write', A_TOWN),
      (regionCode) => send('POST', '/api/v1/cadres', { regionCode, name: `干部${role}` }),
      KEEPERS,
      true,
    ),
  'POST /api/v1/branches': async (_w, role) =>
    pair(
      expectOf(role, 'branch.write', A_VILLAGE),
      (villageCode) =>
        send('POST', '/api/v1/branches', { villageCode, name: `支部${role}`, membersCount: 1 }),
      VILLAGES,
      true,
    ),
  'POST /api/v1/teams': async (w, role) => {
    const cadres = await inTx(organisations.get(w), async (tx) => {
      const ids = [];
      for (const n of [1, 2, 3])
        ids.push(await createCadre(tx, shell, { regionCode: A_VILLAGE, name: `队员${n}` }, NOW));
      return ids;
    });
    return pair(
      expectOf(role, 'team.write', A_VILLAGE),
      (village) => send('POST', '/api/v1/teams', teamInput(village, cadres)),
      VILLAGES,
      true,
    );
  },
  'PATCH /api/v1/units/{id}': rowWrite(
    'unit.write',
    A_COUNTY,
    async (ow, role) => {
      const id = await inTx(ow, (tx) =>
        createUnit(
          tx,
          shell,
          { regionCode: A_COUNTY, name: `改${role}`, level: 'county', kind: 'other' },
          NOW,
        ),
      );
      return send('PATCH', `/api/v1/units/${id}`, { version: 1, kind: 'institution' });
    },
    (s) => send('PATCH', `/api/v1/units/${s.unit}`, { version: 1, kind: 'institution' }),
  ),
  'PATCH /api/v1/cadres/{id}': rowWrite(
    'cadre.write',
    A_TOWN,
    async (ow) => {
      const id = await inTx(ow, (tx) => createCadre(tx, shell, { regionCode: A_TOWN, name: '改干部' }, NOW));
      return send('PATCH', `/api/v1/cadres/${id}`, { version: 1, post: '队员' });
    },
    (s) => send('PATCH', `/api/v1/cadres/${s.cadre}`, { version: 1, post: '队员' }),
  ),
  'PATCH /api/v1/branches/{id}': rowWrite(
    'branch.write',
    A_VILLAGE,
    async (ow, role) => {
      const id = await inTx(ow, (tx) =>
        createBranch(tx, shell, { villageCode: A_VILLAGE, name: `改${role}`, membersCount: 1 }, NOW),
      );
      return send('PATCH', `/api/v1/branches/${id}`, { version: 1, membersCount: 2 });
    },
    (s) => send('PATCH', `/api/v1/branches/${s.branch}`, { version: 1, membersCount: 2 }),
  ),
  'PATCH /api/v1/teams/{id}': rowWrite(
    'team.write',
    A_VILLAGE,
    async (ow) => {
      const team = await inTx(ow, async (tx) => {
        const cadres = [];
        for (const n of [1, 2, 3])
          cadres.push(await createCadre(tx, shell, { regionCode: A_VILLAGE, name: `改队${n}` }, NOW));
        return createTeam(tx, shell, teamInput(A_VILLAGE, cadres), TODAY, NOW);
      });
      return send('PATCH', `/api/v1/teams/${team}`, { version: 1, termTo: '2027-06-01' });
    },
    (s) => send('PATCH', `/api/v1/teams/${s.team}`, { version: 1, termTo: '2027-06-01' }),
  ),
  'POST /api/v1/teams/{id}/members': rowWrite(
    'team.write',
    A_VILLAGE,
    async (ow, role) => {
      // A cadre of the village, so every keeper of the team may read them.
      const cadreId = await inTx(ow, (tx) =>
        createCadre(tx, shell, { regionCode: A_VILLAGE, name: `新${role}` }, NOW),
      );
      return send('POST', `/api/v1/teams/${ow.inside.team}/members`, {
        cadreId,
        role: 'member',
        from: '2026-06-01',
      });
    },
    (s) =>
      send('POST', `/api/v1/teams/${s.team}/members`, {
        cadreId: s.cadre,
        role: 'member',
        from: '2026-06-01',
      }),
  ),
  'POST /api/v1/teams/{id}/members/{memberId}/end': rowWrite(
    'team.write',
    A_VILLAGE,
    async (ow, role) => {
      const memberId = await inTx(ow, async (tx) => {
        const cadreId = await createCadre(tx, shell, { regionCode: A_VILLAGE, name: `离${role}` }, NOW);
        return addMember(
          tx,
          shell,
          ow.inside.team,
          { cadreId, role: 'member', from: '2026-01-01' },
          TODAY,
          NOW,
        );
      });
      return send('POST', `/api/v1/teams/${ow.inside.team}/members/${memberId}/end`, { date: '2026-06-01' });
    },
    (s) => send('POST', `/api/v1/teams/${s.team}/members/1/end`, { date: '2026-06-01' }),
  ),
  'POST /api/v1/pairings': rowWrite(
    'pairing.write',
    A_VILLAGE,
    async (ow) => {
      const household = await ow.w.freshInside();
      const cadreId = await inTx(ow, (tx) =>
        createCadre(tx, shell, { regionCode: A_VILLAGE, name: '结对干部' }, NOW),
      );
      return send('POST', '/api/v1/pairings', { cadreId, householdId: household.id, from: '2026-06-01' });
    },
    (s) =>
      send('POST', '/api/v1/pairings', { cadreId: s.cadre, householdId: s.household, from: '2026-06-01' }),
  ),
  'POST /api/v1/pairings/{id}/end': rowWrite(
    'pairing.write',
    A_VILLAGE,
    async (ow) => {
      const household = await ow.w.freshInside();
      const id = await inTx(ow, async (tx) => {
        const cadreId = await createCadre(tx, shell, { regionCode: A_VILLAGE, name: '结束干部' }, NOW);
        return createPairing(
          tx,
          shell,
          { cadreId, householdId: household.id, from: '2026-01-01' },
          TODAY,
          NOW,
        );
      });
      return send('POST', `/api/v1/pairings/${id}/end`, { date: '2026-06-01', reason: '探测' });
    },
    (s) => send('POST', `/api/v1/pairings/${s.pairing}/end`, { date: '2026-06-01', reason: '探测' }),
  ),
  // The workbook of a region: by its readers and keepers; another county's is 404.
  'GET /api/v1/organisation/export.xlsx': async (_w, role) =>
    pair(
      seen(role, A_COUNTY, may('unit.read')),
      (region) => get(`/api/v1/organisation/export.xlsx?region=${region}`),
      COUNTIES,
    ),
  // A keeper's import answers 200 with B's row refused in its report; anyone else is refused the file.
  'POST /api/v1/organisation/import': async (_w, role) => {
    const keeps = allowed(role, GRANT_OF[role], may('unit.write'));
    return [
      inside(await unitWorkbook(A_COUNTY, `导入${role}`), keeps, true),
      probe(
        'outside',
        keeps === 'ok' ? 'filtered' : 'refused',
        await unitWorkbook(B_COUNTY, `导入${role}`),
        true,
      ),
    ];
  },
};

/**
 * For the masking test: a cadre of the county whose phone is a secret, in a work team of the village (not
 * paired: a pairing would copy the phone onto a household's cadre fields, which are not personal data).
 */
export async function seedMaskingOrganisation(app: App, county: string, village: string, phone: string) {
  return app.db.transaction(async (tx) => {
    const cadres: number[] = [];
    for (const n of [1, 2, 3])
      cadres.push(await createCadre(tx, shell, { regionCode: county, name: `掩码干部${n}`, phone }, NOW));
    const team = await createTeam(tx, shell, teamInput(village, cadres), TODAY, NOW);
    return { cadre: cadres[0]!, team, village };
  });
}

/** The masking test's reads of the organisation's GET routes. */
export function organisationReads(o: { cadre: number; team: number; village: string }) {
  return [
    '/api/v1/units',
    '/api/v1/branches',
    '/api/v1/teams',
    '/api/v1/cadres',
    '/api/v1/pairings',
    '/api/v1/cadres/me',
  ]
    .map((route) => ({ route, url: route }))
    .concat([
      { route: '/api/v1/cadres/{id}', url: `/api/v1/cadres/${o.cadre}` },
      { route: '/api/v1/teams/{id}', url: `/api/v1/teams/${o.team}` },
      { route: '/api/v1/villages/{code}/organisation', url: `/api/v1/villages/${o.village}/organisation` },
      // The workbook's cells are read like the registry export's.
      {
        route: '/api/v1/organisation/export.xlsx',
        url: `/api/v1/organisation/export.xlsx?region=${o.village}`,
      },
    ]);
}
