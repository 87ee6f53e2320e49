import { isNationalScope, scopeReaches, type ParticipantId } from '@binaan/domain';
import type { CallerScope } from '../../auth/caller-scope';
import { ProblemException } from '../../http/problem.exception';
import { problems } from '../../http/problems';
import type { ApiRuntime } from '../../runtime/api-runtime.port';

/**
 * Refuses a participant the caller's scope does not reach with the very problem an unknown id gets
 * (404 PARTICIPANT_NOT_FOUND), so no answer tells her that someone exists outside her units. Where the
 * participant belongs is read from her own stream, as command handling reads it, not from a read model
 * that may not have seen a transfer yet. National reach needs no read.
 */
export const requireWithinScope = async (runtime: Pick<ApiRuntime, 'participantPlace'>, participantId: string, scope: CallerScope): Promise<void> => {
  if (isNationalScope(scope)) return;
  const place = await runtime.participantPlace(participantId as ParticipantId);
  if (place === undefined || !scopeReaches(scope, place)) throw new ProblemException(problems.participantNotFound());
};
