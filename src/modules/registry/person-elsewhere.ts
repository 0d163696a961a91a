import type { Message } from '../../app/errors.ts';

/**
 * The message of PERSON_IN_OTHER_HOUSEHOLD, shared by the API's commands and the import. A clerk needs to know
 * which household holds the person to settle it; `householdNo` is given only when the caller may read that
 * household (null otherwise), so neither its number nor its region reaches a caller outside.
 */
export function personInOtherHousehold(householdNo: string | null): Message {
  if (householdNo === null) {
    return {
      zh: '此人已是其他户的成员，该户在您的管辖范围之外（一人只能在一户）',
      en: 'This person is already a member of another household, outside your region',
    };
  }
  return {
    zh: `此人已是户 ${householdNo} 的成员（一人只能在一户）`,
    en: `This person is already a member of household ${householdNo}`,
  };
}
