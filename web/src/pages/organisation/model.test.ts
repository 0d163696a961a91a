import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/errors.ts';
import type { TeamMember } from './api.ts';
import { changedValues, compact, currentMembers, placeRefusal } from './model.ts';

const message = { zh: '工作队至少 3 人', en: 'a work team has at least 3 members' };

describe('organisation forms', () => {
  it('sends only what changed, so a masked phone is never written back', () => {
    const loaded: Record<string, string | number | null> = {
      name: '张立军',
      phone: '138****0001',
      unitId: 3,
      post: null,
    };
    expect(changedValues(loaded, { ...loaded, post: '科员' })).toEqual({ post: '科员' });
    expect(changedValues(loaded, { ...loaded, unitId: null })).toEqual({ unitId: null });
    expect(changedValues({ post: null }, { post: undefined })).toEqual({});
  });

  it('leaves out of a new record what was not filled', () => {
    expect(compact({ name: '李红梅', post: '', phone: undefined, unitId: null, load: 0 })).toEqual({
      name: '李红梅',
      load: 0,
    });
  });

  it('places the rules’ refusals that name no field under the field they are about', () => {
    const placed = placeRefusal(new ApiError(422, 'TEAM_TOO_SMALL', message));
    expect(placed instanceof ApiError && placed.fields).toEqual([
      { field: 'members', code: 'TEAM_TOO_SMALL', message },
    ]);
    const term = placeRefusal(new ApiError(422, 'TEAM_TERM_TOO_SHORT', message));
    expect(term instanceof ApiError && term.fields[0]?.field).toBe('termTo');
    // Refusals that already name fields, or that no field is about, stay as they came.
    const named = new ApiError(422, 'TEAM_TOO_SMALL', message, [{ field: 'members.0', code: 'x', message }]);
    expect(placeRefusal(named)).toBe(named);
    const other = new ApiError(409, 'VERSION_CONFLICT', message);
    expect(placeRefusal(other)).toBe(other);
  });

  it('lists the members serving now, leader and first secretary first', () => {
    const m = (id: number, role: TeamMember['role'], to: string | null): TeamMember => ({
      id,
      cadreId: id,
      name: `干部${id}`,
      role,
      from: '2026-01-01',
      to,
      phone: null,
    });
    const members = [
      m(1, 'member', null),
      m(2, 'first_secretary', null),
      m(3, 'leader', '2026-03-01'),
      m(4, 'leader', null),
    ];
    expect(currentMembers(members).map((x) => x.id)).toEqual([4, 2, 1]);
  });
});
