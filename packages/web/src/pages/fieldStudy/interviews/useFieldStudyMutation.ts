// A write of the field study's primary research: refreshes the field study's queries, the
// registry (relations add organisations) and the dashboard (its quota).

import { useProjectMutation } from '../../../api/useProjectMutation';
import { stakeholderKeys } from '../../stakeholders/stakeholderQueries';
import { fieldStudyKey } from './interviewQueries';

export function useFieldStudyMutation<Variables, Result>(
  slug: string,
  mutationFn: (variables: Variables) => Promise<Result>,
  options: { success: string; onSuccess?: (result: Result) => void; notifyErrors?: boolean },
) {
  return useProjectMutation(
    slug,
    [fieldStudyKey(slug), stakeholderKeys.all(slug)],
    mutationFn,
    options,
  );
}
