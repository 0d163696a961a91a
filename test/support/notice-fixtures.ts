import type { App } from '../../src/app/context.ts';
import type { Queryable } from '../../src/db/types.ts';
import { recordAudit } from '../../src/modules/audit/audit.ts';
import { shellActor } from '../../src/modules/auth/actor.ts';
import { endNotice, postNotice, type NoticeSummary } from '../../src/modules/cases/notices.ts';
import type { CaseType, NoticeLevel } from '../../src/modules/cases/transitions.ts';
import { createHousehold } from '../../src/modules/registry/commands/create-household.ts';
import type { CreateHouseholdInput } from '../../src/modules/registry/schemas.ts';
import { householdInput, memberInput } from './factories.ts';

/**
 * Cases and notices made directly in the database (with the audit row the 0006 guard wants), so the notices'
 * and objections' tests do not wait for the cases' commands: a household of a village, its case in a stage,
 * and the notice a step would post.
 */
export const shell = shellActor('test');

export async function insertOutsideRegions(db: Queryable): Promise<void> {
  await db.query(
    `INSERT INTO regions (code, level, parent_code, name) VALUES
       ('371302001000', 4, '371302000000', '外县镇'), ('371302001001', 5, '371302001000', '外县村')
     ON CONFLICT (code) DO NOTHING`,
  );
}

export interface Fixture {
  householdId: number;
  caseId: number;
  headName: string;
  headId: string;
  phone: string;
}

/** A household of `village` (head named `headName`) and an open case of `type` in `stage`. */
export async function householdCase(
  app: App,
  village: string,
  options: { headName?: string; type?: CaseType; stage?: string; reason?: string } = {},
): Promise<Fixture> {
  const head = { ...memberInput('01', '1', 1968), name: options.headName ?? '王守田' };
  const input = householdInput(village, {
    year: 2026,
    members: [head, memberInput('02', '2', 1970)],
  }) as CreateHouseholdInput;
  const householdId = await app.db.transaction((tx) => createHousehold(tx, shell, input, '2026-06-30'));
  const caseId = await app.db.transaction(async (tx) => {
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO cases (type, household_id, region_code, county_code, year, stage, reason, opened_on, stage_since)
       VALUES ($1, $2, $3, left($3, 6), 2026, $4, $5, '2026-06-01', '2026-06-20') RETURNING id`,
      [
        options.type ?? 'identification',
        householdId,
        village,
        options.stage ?? 'village_notice',
        options.reason ?? '因缺劳动力申请识别',
      ],
    );
    await recordAudit(tx, shell, {
      action: 'case.create',
      entity: 'case',
      entityId: row!.id,
      regionCode: village,
    });
    return Number(row!.id);
  });
  return { householdId, caseId, headName: head.name, headId: head.idNumber, phone: input.phone as string };
}

/** The notice a step posts for the case, on `date` for `days` days. */
export async function noticeFor(
  app: App,
  caseId: number,
  options: { level?: NoticeLevel; date?: string; days?: number } = {},
): Promise<NoticeSummary> {
  return app.db.transaction(async (tx) => {
    const [c] = await tx.query<{
      type: CaseType;
      householdId: number | null;
      regionCode: string;
      reason: string;
    }>(
      `SELECT type, household_id AS "householdId", region_code AS "regionCode", reason FROM cases WHERE id = $1`,
      [caseId],
    );
    return postNotice(
      tx,
      shell,
      { id: caseId, year: 2026, facts: {}, ...c! },
      options.level ?? 'village',
      options.date ?? '2026-06-28',
      options.days ?? 7,
    );
  });
}

/** Ends a notice on `date`, as end_notice would (with its audit row). */
export async function endNoticeOn(app: App, noticeId: number, date: string): Promise<void> {
  await app.db.transaction(async (tx) => {
    await endNotice(tx, noticeId, date);
    await recordAudit(tx, shell, {
      action: 'test.end_notice',
      entity: 'notice',
      entityId: noticeId,
      regionCode: null,
    });
  });
}
