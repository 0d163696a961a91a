/**
 * Every size limit of the HTTP surface, in one place: the server, the multipart parser and the upload code read
 * them from here. Beyond a limit the answer is 413 (414 for a URL part) in the house error shape, never a 5xx.
 */
const MiB = 1024 * 1024;

export const LIMITS = {
  /** A JSON body of an ordinary route: a household with many members is a few kilobytes. */
  jsonBody: 2 * MiB,
  /** The measure calculators take whole lists of incomes (see measure/measures-routes.ts). */
  measureBody: 16 * MiB,
  /** One photo (or drawn signature) of a visit, after base64 decoding. */
  visitPhoto: 4 * MiB,
  /** A visit's JSON body: three photos and a signature in base64 (4/3 of their bytes) and the form. */
  visitBody: 24 * MiB,
  /** An import file (CSV or XLSX of a county's registry, streamed to disk). */
  importFile: 512 * MiB,
  /** An evidence file of a manual assessment (read into memory). */
  evidenceFile: 5 * MiB,
  /** Files per multipart request: every upload route takes one. */
  files: 1,
  /** Text fields per multipart request (an assessment has six). */
  fields: 20,
  /** Bytes of one multipart text field. */
  fieldSize: 4 * 1024,
  /** Bytes of a multipart field name. */
  fieldNameSize: 100,
  /** Parts (files and fields) per multipart request. */
  parts: 25,
  /** Header pairs of one multipart part. */
  headerPairs: 20,
  /** Characters of one path parameter (ids, codes, years are far shorter); longer gets 414. */
  paramLength: 100,
  /** Bytes of all request headers together (Node's own default, written down here). */
  headerBytes: 16 * 1024,
} as const;
