/** What every tab of the organisation page is given: the region shown, and whether it may be changed there. */
export interface TabProps {
  region: string;
  writable: boolean;
}
