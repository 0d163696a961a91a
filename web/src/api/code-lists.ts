// The names of the code tables: the server's own list (GET /api/v1/codes is typed as a map of any name).
export { CODE_LISTS, type CodeList } from '../../../src/modules/registry/code-lists.ts';
