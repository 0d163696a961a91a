/**
 * The request bodies of B's casework API as contract.md states them (POST /api/v1/visits, POST /api/v1/checkins,
 * GET /api/v1/my/households), typed here until web/src/api/schema.d.ts has them; then these become aliases
 * of the generated types.
 */
export interface Position {
  lat: number;
  lng: number;
  accuracy: number;
}

export const CHECKS = ['food', 'clothing', 'education', 'medical', 'housing', 'water'] as const;
export type Check = (typeof CHECKS)[number];

export interface VisitProblem {
  category: string;
  description: string;
  due?: string;
}

export type Confirmation = { kind: 'signature'; image: string } | { kind: 'code'; code: string };

/** A visit as sent, photos aside (they wait in IndexedDB as Blobs and are encoded when sent). */
export interface VisitBody {
  clientId: string;
  householdId: number;
  at: string;
  position: Position;
  notes?: string;
  checks: Record<Check, boolean>;
  incomeChange?: string;
  memberChanges?: string;
  problems?: VisitProblem[];
  confirmation?: Confirmation;
  /** Fields the phone filled in and the user left as they were (the burden meter counts them as not typed). */
  prefilled?: string[];
}

export interface CheckinBody {
  clientId: string;
  at: string;
  position: Position;
  villageCode?: string;
}

export interface MyHousehold {
  householdId: number;
  householdNo: string;
  headName: string | null;
  villageCode: string;
  villageName: string | null;
  status: string | null;
  monitoringState: string | null;
  lastVisitAt: string | null;
  nextVisitDue: string;
  openProblems: number;
  overdueProblems: number;
  nextProblemDue: string | null;
}

export interface MyHouseholds {
  cadre: { id: number; name: string };
  items: MyHousehold[];
}

export interface Checkin {
  id: number;
  clientId: string;
  at: string;
  position: Position;
  villageCode?: string | null;
}
