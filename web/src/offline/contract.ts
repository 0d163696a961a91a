import type { Body, Ok } from '../api/types.ts';
import type { paths } from '../api/schema';

/**
 * The casework API the field pages use (helper B's: POST /api/v1/visits, POST /api/v1/checkins,
 * GET /api/v1/my/households, GET /api/v1/checkins), as the generated schema types them.
 */
type VisitRequest = Body<paths['/api/v1/visits']['post']>;

export type Position = VisitRequest['position'];
export type Check = keyof VisitRequest['checks'];
export const CHECKS: readonly Check[] = ['food', 'clothing', 'education', 'medical', 'housing', 'water'];
export type VisitProblem = NonNullable<VisitRequest['problems']>[number];
export type Confirmation = NonNullable<VisitRequest['confirmation']>;

/** A visit as sent, photos aside (they wait in IndexedDB as Blobs and are encoded when sent). */
export type VisitBody = Omit<VisitRequest, 'photos'>;
export type CheckinBody = Body<paths['/api/v1/checkins']['post']>;
export type MyHouseholds = Ok<paths['/api/v1/my/households']['get']>;
export type MyHousehold = MyHouseholds['items'][number];
export type Checkin = Ok<paths['/api/v1/checkins']['get']>['items'][number];
