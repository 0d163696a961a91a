/** Types of scripts/build-web.mjs, for the tests that build the console before opening a browser. */
export interface BuiltFile {
  file: string;
  bytes: number;
  gzip: number;
}
export function buildWeb(options?: {
  force?: boolean;
  quiet?: boolean;
}): Promise<{ built: boolean; sizes?: BuiltFile[] }>;
