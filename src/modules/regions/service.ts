import { fieldError, notFound } from '../../app/errors.ts';
import type { Queryable } from '../../db/types.ts';
import type { Actor } from '../auth/actor.ts';
import { treeActor } from '../access/paired-tree.ts';
import { readScope } from '../access/scope.ts';
import { canReadRegion, readableCondition, rootCodes } from '../access/regions.ts';
import { ancestorsOf, COUNTRY, normaliseCode, subtreeRange, type RegionLevel } from './region-code.ts';

/** A region as named on a breadcrumb. */
export interface RegionRef {
  code: string;
  level: RegionLevel;
  name: string;
}

/** A node of the tree; `childCount` counts only the children the actor may see. */
export interface RegionNode extends RegionRef {
  childCount: number;
}

export interface RegionDetail extends RegionNode {
  parentCode: string | null;
  /** From the province down to the region itself. */
  path: RegionRef[];
}

export interface RegionHit extends RegionRef {
  parentCode: string | null;
  /** From the province down to the region itself. */
  path: RegionRef[];
}

export interface SearchInput {
  /**
   * The subtree to search in (2, 4, 6, 9 or 12 digits); it must be readable. `000000000000` is the whole
   * country, which for most actors means "everything I may see".
   */
  within: string;
  /** A part of the name, matched without regard to case. */
  q: string;
  level?: number | undefined;
  limit?: number | undefined;
}

export const SEARCH_LIMIT_MAX = 100;
const SEARCH_LIMIT_DEFAULT = 20;

/** The padded code of a readable region, or an error: 400 for a malformed code, 404 for anything unreadable. */
function readableCode(actor: Actor, input: string, field = 'code'): string {
  const code = normaliseCode(input);
  if (!code) {
    throw fieldError(field, 'REGION_CODE', {
      zh: '行政区划代码应为 2、4、6、9 或 12 位数字',
      en: 'A region code has 2, 4, 6, 9 or 12 digits',
    });
  }
  if (!canReadRegion(actor, code)) throw notFound('region', input.trim());
  return code;
}

/** SELECT list of a tree node; the child count applies the actor's visibility to the children too. */
function nodeColumns(actor: Actor, params: unknown[]): string {
  return `r.code, r.level, r.name, r.parent_code AS "parentCode",
    (SELECT count(*) FROM regions c
      WHERE c.parent_code = r.code AND ${readableCondition(actor, 'c.code', params)}) AS "childCount"`;
}

function toNode(row: RegionNode): RegionNode {
  return { code: row.code, level: row.level, name: row.name, childCount: row.childCount };
}

/** The named regions among `codes`, in code order (which is province → village along one path). */
async function refs(db: Queryable, codes: readonly string[]): Promise<Map<string, RegionRef>> {
  if (codes.length === 0) return new Map();
  const placeholders = codes.map((_, i) => `$${i + 1}`).join(', ');
  const rows = await db.query<RegionRef>(
    `SELECT code, level, name FROM regions WHERE code IN (${placeholders}) ORDER BY code`,
    codes,
  );
  return new Map(rows.map((r) => [r.code, r]));
}

function pathOf(code: string, names: Map<string, RegionRef>): RegionRef[] {
  return ancestorsOf(code).flatMap((c) => {
    const ref = names.get(c);
    return ref ? [ref] : [];
  });
}

/** One region with its breadcrumb and the number of its visible children. */
export async function getRegion(db: Queryable, actor: Actor, input: string): Promise<RegionDetail> {
  const tree = await treeActor(db, actor);
  const code = readableCode(tree, input);
  const params: unknown[] = [code];
  const [row] = await db.query<RegionDetail>(
    `SELECT ${nodeColumns(tree, params)} FROM regions r WHERE r.code = $1`,
    params,
  );
  if (!row) throw notFound('region', input.trim());
  const path = pathOf(code, await refs(db, ancestorsOf(code)));
  return { ...toNode(row), parentCode: row.parentCode, path };
}

/**
 * The children of a region in code order. Under an ancestor of the actor's grants, only the children that are
 * within a grant or lead to one.
 */
export async function listChildren(db: Queryable, actor: Actor, input: string): Promise<RegionNode[]> {
  const tree = await treeActor(db, actor);
  const code = readableCode(tree, input);
  const [exists] = await db.query('SELECT 1 FROM regions WHERE code = $1', [code]);
  if (!exists) throw notFound('region', input.trim());
  const params: unknown[] = [code];
  const rows = await db.query<RegionNode>(
    `SELECT ${nodeColumns(tree, params)} FROM regions r
      WHERE r.parent_code = $1 AND ${readableCondition(tree, 'r.code', params)}
      ORDER BY r.code`,
    params,
  );
  return rows.map(toNode);
}

/** Escapes LIKE's wildcards so the text is matched literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Regions whose name contains `q`, inside the subtree of `within` and the actor's own subtrees (both in SQL),
 * ordered by level then code, at most 100. Each hit carries its breadcrumb.
 */
export async function searchRegions(db: Queryable, actor: Actor, input: SearchInput): Promise<RegionHit[]> {
  const within = readableCode(actor, input.within, 'within');
  const q = input.q.trim();
  if (q.length === 0) {
    throw fieldError('q', 'REQUIRED', {
      zh: '请输入要查找的名称',
      en: 'Enter a part of the name to look for',
    });
  }
  const limit = Math.min(Math.max(Math.trunc(input.limit ?? SEARCH_LIMIT_DEFAULT), 1), SEARCH_LIMIT_MAX);
  const [low, high] = subtreeRange(within);
  const params: unknown[] = [low, high, likePattern(q)];
  const scope = readScope(actor, 'code', params);
  let levelFilter = '';
  if (input.level !== undefined) {
    params.push(input.level);
    levelFilter = `AND level = $${params.length}`;
  }
  params.push(limit);
  // ILIKE folds the case of every name it reads, 3-4 times slower than LIKE over a whole province; text without
  // letters that have case (Chinese, digits) matches the same either way. No index serves substring search
  // without pg_trgm, so the subtree's code range (the primary key) is what keeps a search small.
  const like = q.toLowerCase() === q.toUpperCase() ? 'LIKE' : 'ILIKE';
  const rows = await db.query<RegionHit>(
    `SELECT code, level, name, parent_code AS "parentCode" FROM regions
      WHERE code BETWEEN $1 AND $2 AND ${scope} AND name ${like} $3 ${levelFilter}
      ORDER BY level, code LIMIT $${params.length}`,
    params,
  );
  const names = await refs(db, [...new Set(rows.flatMap((r) => ancestorsOf(r.code)))]);
  return rows.map((r) => ({
    code: r.code,
    level: r.level,
    name: r.name,
    parentCode: r.parentCode,
    path: pathOf(r.code, names),
  }));
}

/**
 * The roots of the actor's region tree (their grant regions, the outermost ones only), for the console's tree.
 * An actor granted the whole country gets the provinces. A paired cadre's root is their grant's region, the
 * branches under it only those leading to the villages of their pairings (access/paired-tree.ts).
 */
export async function actorRoots(db: Queryable, actor: Actor): Promise<RegionNode[]> {
  const roots = rootCodes(actor);
  if (roots.length === 0) return [];
  const params: unknown[] = [];
  const columns = nodeColumns(await treeActor(db, actor), params);
  let where: string;
  if (roots[0] === COUNTRY) {
    where = 'r.level = 1';
  } else {
    where = `r.code IN (${roots.map((c) => `$${params.push(c)}`).join(', ')})`;
  }
  const rows = await db.query<RegionNode>(
    `SELECT ${columns} FROM regions r WHERE ${where} ORDER BY r.code`,
    params,
  );
  return rows.map(toNode);
}
