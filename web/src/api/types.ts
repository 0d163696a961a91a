import type { CodeList } from './code-lists.ts';
import type { paths } from './schema';

/** Shapes of the API, read from the generated OpenAPI types so they follow the contract. */
export type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
export type Ok<Op> = Op extends { responses: { 200: infer R } } ? Json<R> : never;
export type Body<Op> = Op extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;

export type SessionUser = Ok<paths['/api/v1/auth/me']['get']>['user'];
export type Grant = SessionUser['grants'][number];
export type RegionNode = Ok<paths['/api/v1/regions/roots']['get']>['items'][number];
export type RegionDetail = Ok<paths['/api/v1/regions/{code}']['get']>;
export type RegionHit = Ok<paths['/api/v1/regions']['get']>['items'][number];
export type CodeEntry = Ok<paths['/api/v1/codes']['get']>[string][number];
export type CodeTables = Partial<Record<CodeList, CodeEntry[]>>;
export type { CodeList };
export type HouseholdList = Ok<paths['/api/v1/households']['get']>;
export type HouseholdListItem = HouseholdList['items'][number];
export type HouseholdListQuery = NonNullable<paths['/api/v1/households']['get']['parameters']['query']>;
export type Household = Ok<paths['/api/v1/households/{id}']['get']>;
export type Member = Household['members'][number];
export type YearFacts = NonNullable<Household['facts']>;
export type HouseholdPatch = Body<paths['/api/v1/households/{id}']['patch']>;
export type HouseholdCreate = Body<paths['/api/v1/households']['post']>;
export type MemberInput = HouseholdCreate['members'][number];
export type MemberAdd = Body<paths['/api/v1/households/{id}/members']['post']>;
export type MemberPatch = Body<paths['/api/v1/members/{id}']['patch']>;
export type MemberEvent = Body<paths['/api/v1/members/{id}/events']['post']>;
export type HistoryPage = Ok<paths['/api/v1/households/{id}/history']['get']>;
export type HistoryEntry = HistoryPage['items'][number];
export type AuditPage = Ok<paths['/api/v1/audit']['get']>;
export type AuditEntry = AuditPage['items'][number];
export type Stats = Ok<paths['/api/v1/stats']['get']>;
export type YearStats = Ok<paths['/api/v1/stats/years']['get']>['years'][number];
