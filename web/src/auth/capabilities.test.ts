import { describe, expect, it } from 'vitest';
import {
  homePage,
  portalRegions,
  usesPortalAt,
  writesIn,
  writesWithin,
  type Capabilities,
} from './capabilities.ts';

const cadreOfTown: Capabilities = {
  canWriteRegistry: true,
  canImport: true,
  canSeeAudit: true,
  canManageUsers: false,
  canSeePersonalData: true,
  writeRegions: ['371324106000'],
  userRegions: [],
  canReadRegistry: true,
  articleRegions: [],
  publishRegions: [],
  siteRegions: [],
  complaintRegions: [],
  caseworkRegions: [],
  organisationRegions: [],
  projectRegions: [],
  pairedCadre: false,
};

describe('capabilities by region', () => {
  it('writes in the granted subtree only', () => {
    expect(writesIn(cadreOfTown, '371324106201')).toBe(true);
    expect(writesIn(cadreOfTown, '371324106000')).toBe(true);
    expect(writesIn(cadreOfTown, '371324107201')).toBe(false);
    expect(writesIn(cadreOfTown, '371324000000')).toBe(false);
  });

  it('offers to create from a wider region that contains the granted one', () => {
    expect(writesWithin(cadreOfTown, '371324000000')).toBe(true);
    expect(writesWithin(cadreOfTown, '371324106201')).toBe(true);
    expect(writesWithin(cadreOfTown, '371324107000')).toBe(false);
    expect(writesWithin({ ...cadreOfTown, writeRegions: [] }, '371324000000')).toBe(false);
  });
});

describe('portal capabilities', () => {
  const contributor: Capabilities = {
    ...cadreOfTown,
    canWriteRegistry: false,
    canReadRegistry: false,
    writeRegions: [],
    articleRegions: ['371324106000'],
  };

  it('opens the portal for the portal roles and the households for everyone reading the registry', () => {
    expect(homePage(contributor)).toBe('portal');
    expect(homePage(cadreOfTown)).toBe('households');
    expect(homePage({ ...cadreOfTown, siteRegions: ['371324000000'] })).toBe('households');
    expect(homePage({ ...contributor, articleRegions: [] })).toBe('households');
  });

  it('opens a paired cadre, who reads no registry region, on their households (走访帮扶)', () => {
    const paired = { ...contributor, articleRegions: [], pairedCadre: true };
    expect(homePage(paired)).toBe('field');
    // A work team member reads the registry of their village: the household list as before.
    expect(homePage({ ...cadreOfTown, pairedCadre: true, caseworkRegions: ['371324106201'] })).toBe(
      'households',
    );
  });

  it('offers the portal inside and above the granted regions, once per region', () => {
    const editor = { ...contributor, publishRegions: ['371324106000'], siteRegions: ['371324106000'] };
    expect(portalRegions(editor)).toEqual(['371324106000']);
    expect(usesPortalAt(editor, '371324000000')).toBe(true);
    expect(usesPortalAt(editor, '371324106201')).toBe(true);
    expect(usesPortalAt(editor, '371324107000')).toBe(false);
    expect(usesPortalAt(cadreOfTown, '371324106000')).toBe(false);
  });
});
