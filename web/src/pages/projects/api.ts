import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request, type Project } from '../organisation/contract.ts';

export function useProject(id: number) {
  return useQuery({
    queryKey: ['projects', 'one', id],
    queryFn: ({ signal }) => request<Project>('GET', `/api/v1/projects/${id}`, { signal }),
    enabled: Number.isSafeInteger(id) && id > 0,
  });
}

/** A write of a project (create, change, beneficiaries, a disbursement, its disclosure); the lists follow. */
export function useProjectWrite<R = Project>() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      method,
      path,
      body,
    }: {
      method: 'POST' | 'PATCH' | 'PUT';
      path: string;
      body?: unknown;
    }) => request<R>(method, path, { body: body ?? {} }),
    // The list is read through the organisation's paged lists ('organisation', 'projects', …).
    onSuccess: () => void client.invalidateQueries({ predicate: (q) => q.queryKey.includes('projects') }),
  });
}
