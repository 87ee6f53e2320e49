import * as E from 'fp-ts/Either';
import { commandReply } from '../commands/command-reply';
import { exampleParticipantId } from './participant-examples';

/** The reply to a lifecycle command on the example participant that wrote one event of `type` at `revision`. */
const accepted = (type: string, revision: bigint, eventId: string, commandId: string) =>
  commandReply(
    E.right({
      kind: 'accepted',
      streamName: `participant-${exampleParticipantId}`,
      nextExpectedRevision: revision,
      position: 2100n + revision,
      events: [{ id: eventId, type, revision }],
      repeated: false,
    }),
    { participantId: exampleParticipantId, commandId, location: undefined, warnings: [] },
  ).body;

/*
 * Each reply is what the route answers, built by the API's own reply builder. The void continues the
 * example participant's story (its contact at revision 3 set aside at revision 4); the others show
 * the one event each command writes.
 */
export const voidAccepted = accepted('EntryVoided', 4n, '0b8e5c4f-9a7d-4c0e-8f1a-3b4c5d6e7f80', '1b4f0e2c-5a6d-4c7e-9f9b-0d1e2f3a4b5c');
export const cancellationAccepted = accepted('EnrolmentCancelled', 1n, '1c9f6d5a-0b8e-4d1f-9a2b-4c5d6e7f8091', '2c5a1f3d-6b7e-4d8f-8a0c-1e2f3a4b5c6d');
export const enrolmentCorrectionAccepted = accepted('EnrolmentCorrected', 1n, '2d0a7e6b-1c9f-4e2a-8b3c-5d6e7f8091a2', '3d6b2a4e-7c8f-4e9a-9b1d-2f3a4b5c6d7e');
export const exitAccepted = accepted('ParticipantExited', 2n, '3e1b8f7c-2d0a-4f3b-9c4d-6e7f8091a2b3', '4e7c3b5f-8d9a-4fab-8c2e-3a4b5c6d7e8f');
export const transferAccepted = accepted('ParticipantTransferred', 2n, '4f2c9a8d-3e1b-4a4c-8d5e-7f8091a2b3c4', '5f8d4c6a-9e0b-4abc-9d3f-4b5c6d7e8f90');
export const returnToCustodyAccepted = accepted('ReturnedToCustody', 4n, '5a3d0b9e-4f2c-4b5d-9e6f-8091a2b3c4d5', '6a9e5d7b-0f1c-4bcd-8e4a-5c6d7e8f90a1');
export const consentWithdrawalAccepted = accepted('ConsentWithdrawn', 4n, '6b4e1c0f-5a3d-4c6e-8f7a-91a2b3c4d5e6', '7b0f6e8c-1a2d-4cde-9f5b-6d7e8f90a1b2');
export const contactDetailsAccepted = accepted('ContactDetailsUpdated', 4n, '7c5f2d1a-6b4e-4d7f-9a8b-a2b3c4d5e6f7', '8c1a7f9d-2b3e-4def-8a6c-7e8f90a1b2c3');
export const erasureAccepted = accepted('PersonalDataErased', 4n, '8d6a3e2b-7c5f-4e8a-8b9c-b3c4d5e6f708', '9d2b8a0e-3c4f-4ef0-9b7d-8f90a1b2c3d4');
