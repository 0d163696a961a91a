import { COUNTRY } from '../regions/region-code.ts';

export type Role =
  | 'system_admin'
  | 'county_admin'
  | 'town_official'
  | 'village_cadre'
  | 'inspector'
  | 'contributor'
  | 'editor'
  | 'first_secretary'
  | 'work_team'
  | 'paired_cadre';
export const ROLES: readonly Role[] = [
  'system_admin',
  'county_admin',
  'town_official',
  'village_cadre',
  'inspector',
  'contributor',
  'editor',
  'first_secretary',
  'work_team',
  'paired_cadre',
];

export interface Grant {
  role: Role;
  regionCode: string;
}

/** Where a write came from; recorded on every audit row. */
export type WriteSource = 'api' | 'cli' | 'import' | 'demo' | 'system';

/** Who is acting: the subject of every policy check and every audit row. */
export interface Actor {
  userId: number | null;
  username: string;
  source: WriteSource;
  grants: readonly Grant[];
  requestId: string | null;
}

/**
 * The actor of the `zhenfu` command on the server's own shell. Whoever has that shell holds the database
 * anyway, so it acts on the whole country with personal data visible; `--user NAME` narrows it to a user.
 */
export function shellActor(username: string, source: WriteSource = 'cli'): Actor {
  return {
    userId: null,
    username: `shell:${username}`,
    source,
    grants: [
      { role: 'system_admin', regionCode: COUNTRY },
      { role: 'county_admin', regionCode: COUNTRY },
    ],
    requestId: null,
  };
}
