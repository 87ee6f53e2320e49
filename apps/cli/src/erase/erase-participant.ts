import { randomUUID } from 'node:crypto';
import type { Actor, ErasureBasis, LocalDate, ParticipantId } from '@binaan/domain';
import type { BinaanRuntime } from '@binaan/runtime';
import * as E from 'fp-ts/Either';
import { UserError } from '../cli/user-error';

export interface Erasure {
  readonly participantId: ParticipantId;
  readonly basis: ErasureBasis;
  readonly requestedOn: LocalDate;
}

/**
 * Issues ErasePersonalData through command handling, as the API would: the event is stored, then
 * her data key is deleted. Then the read models catch up, so her directory entry goes at once.
 * A refusal (not enrolled, already erased, a request date in the future) is the user's to see.
 */
export const eraseParticipant = async (runtime: BinaanRuntime, actor: Actor, erasure: Erasure): Promise<void> => {
  const result = await runtime.executeCommand({
    commandId: randomUUID(),
    actor,
    command: { type: 'ErasePersonalData', ...erasure },
  });
  if (E.isLeft(result)) {
    if (result.left.kind === 'rejected') {
      throw new UserError(`participant ${erasure.participantId} was not erased: ${result.left.error.message}`, 'Check the id and --requested-on');
    }
    throw UserError.of('erasureConflict', { participantId: erasure.participantId });
  }
  await runtime.projections.catchUp();
};
