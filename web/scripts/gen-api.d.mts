/** Types of gen-api.mjs for the staleness test. */
export const SCHEMA_FILE: string;
export function generateApiTypes(): Promise<string>;
