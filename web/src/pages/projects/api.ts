import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema';
import type { Ok } from '../../api/types.ts';

/** Shapes of the projects' API, read from the generated client so they follow the contract. */
export type Project = Ok<paths['/api/v1/projects/{id}']['get']>;
export type Disbursement = Project['disbursements'][number];

export function useProject(id: number) {
  return useQuery({
    queryKey: ['projects', 'one', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/projects/{id}', { params: { path: { id } }, signal })),
    enabled: Number.isSafeInteger(id) && id > 0,
  });
}

/**
 * A write of a project (create, change, beneficiaries, a disbursement, its disclosure), as a call of the typed
 * client answering R; the lists follow.
 */
export function useProjectWrite<R = unknown>() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (call: () => Parameters<typeof unwrap<R>>[0]) => unwrap(call()),
    // The list is read through the organisation's paged lists ('organisation', 'projects', …).
    onSuccess: () => void client.invalidateQueries({ predicate: (q) => q.queryKey.includes('projects') }),
  });
}
