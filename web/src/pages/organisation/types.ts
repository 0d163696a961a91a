/** What every tab of the organisation page is given: the region shown, and whether it may be changed there. */
export interface TabProps {
  region: string;
  writable: boolean;
}

/** A row of the organisation import that was refused, in both languages. */
export interface ImportIssue {
  sheet: string;
  row: number;
  field?: string;
  message: { zh: string; en: string };
}

export interface ImportResult {
  created?: number;
  updated?: number;
  unchanged?: number;
  errors?: ImportIssue[];
}
