import {
  alreadyErased,
  alreadyReturnedToCustody,
  consentAlreadyWithdrawn,
  correctionChangesNothing,
  detailAfterConsentWithdrawn,
  enrolmentCancelled,
  exitAfterRelease,
  transferToSameFacility,
  voidHasDependents,
} from '@binaan/domain';
import type { PathsObject } from '@nestjs/swagger';
import { ruleBrokenProblem } from '../http/command-failure-problem';
import { commandOperation, etag } from './command-paths';
import {
  cancellationAccepted,
  consentWithdrawalAccepted,
  contactDetailsAccepted,
  enrolmentCorrectionAccepted,
  erasureAccepted,
  exitAccepted,
  returnToCustodyAccepted,
  transferAccepted,
  voidAccepted,
} from './lifecycle-examples';
import { participantIdParameter } from './openapi-helpers';
import { exampleFollowUpEventId, exampleReleaseEventId } from './participant-examples';

const onParticipant = { pathParameters: [participantIdParameter], acceptedHeaders: etag } as const;

/** The lifecycle and privacy commands: putting entries right, leaving, moving, coming back, and the person's own rights. */
export const lifecycleCommandPaths: PathsObject = {
  '/participants/{participantId}/voids': {
    post: commandOperation({
      ...onParticipant,
      operationId: 'voidEntry',
      summary: 'Void an entry recorded in error (VoidEntry)',
      note:
        'The decider holds each to the entries their role records (a release: registrar; an assessment: assessor; a contact: caseworker) ' +
        'and to their own entries; only an admin voids anyone’s, so a refusal of that kind is 403 ROLE_MAY_NOT_VOID or VOID_OF_ANOTHER_PERSONS_ENTRY. ' +
        'Entries resting on the one to void (contacts after a release) must be voided first: 422 VOID_HAS_DEPENDENTS lists them in dependentEventIds.',
      permission: 'voidEntry',
      bodySchema: 'VoidEntryRequest',
      body: { eventId: exampleFollowUpEventId, reason: 'data_entry_error' },
      accepted: voidAccepted,
      invalidField: { path: 'personalData.note', rule: 'is required when reason is other' },
      ruleBroken: ruleBrokenProblem(voidHasDependents(exampleReleaseEventId, [exampleFollowUpEventId])),
    }),
  },
  '/participants/{participantId}/cancellation': {
    post: commandOperation({
      ...onParticipant,
      operationId: 'cancelEnrolment',
      summary: 'Cancel an enrolment entered in error (CancelEnrolment)',
      note: 'A registrar cancels only the enrolments they recorded (otherwise 403 VOID_OF_ANOTHER_PERSONS_ENTRY); an admin any.',
      permission: 'cancelEnrolment',
      bodySchema: 'CancelEnrolmentRequest',
      body: { reason: 'duplicate_entry' },
      accepted: cancellationAccepted,
      invalidField: { path: 'reason', rule: 'must be one of data_entry_error, wrong_participant, duplicate_entry, other' },
      ruleBroken: ruleBrokenProblem(enrolmentCancelled()),
    }),
  },
  '/participants/{participantId}/enrolment-corrections': {
    post: commandOperation({
      ...onParticipant,
      operationId: 'correctEnrolment',
      summary: 'Correct enrolment details that were wrong (CorrectEnrolment)',
      note: 'Send only the fields that change; personal data is sealed as at enrolment.',
      permission: 'correctEnrolment',
      bodySchema: 'CorrectEnrolmentRequest',
      body: { registrationClass: 'B.IIa' },
      accepted: enrolmentCorrectionAccepted,
      invalidField: { path: '', rule: 'must give at least one field' },
      ruleBroken: ruleBrokenProblem(correctionChangesNothing()),
    }),
  },
  '/participants/{participantId}/exit': {
    post: commandOperation({
      ...onParticipant,
      operationId: 'exitParticipant',
      summary: 'Record that a participant left the programme before release (ExitParticipant)',
      permission: 'exitParticipant',
      bodySchema: 'ExitParticipantRequest',
      body: { exitedOn: '2019-09-02', reason: 'health' },
      accepted: exitAccepted,
      invalidField: { path: 'reason', rule: 'must be one of transferred_out, withdrew, health, died, escaped, disciplinary, other' },
      ruleBroken: ruleBrokenProblem(exitAfterRelease()),
    }),
  },
  '/participants/{participantId}/transfer': {
    post: commandOperation({
      ...onParticipant,
      operationId: 'transferParticipant',
      summary: 'Record a transfer to another unit that runs the programme (TransferParticipant)',
      permission: 'transferParticipant',
      bodySchema: 'TransferParticipantRequest',
      body: { transferredOn: '2019-09-02', toFacilityId: 'lapas-perempuan-surabaya' },
      accepted: transferAccepted,
      invalidField: { path: 'transferredOn', rule: 'is required' },
      ruleBroken: ruleBrokenProblem(transferToSameFacility('lapas-perempuan-malang')),
    }),
  },
  '/participants/{participantId}/returns-to-custody': {
    post: commandOperation({
      ...onParticipant,
      operationId: 'recordReturnToCustody',
      summary: 'Record that a released participant is in custody again (RecordReturnToCustody)',
      permission: 'recordReturnToCustody',
      bodySchema: 'RecordReturnToCustodyRequest',
      body: { returnedOn: '2020-07-01', kind: 'parole_revoked' },
      accepted: returnToCustodyAccepted,
      invalidField: { path: 'kind', rule: 'must be one of parole_revoked, new_offence, unknown' },
      ruleBroken: ruleBrokenProblem(alreadyReturnedToCustody()),
    }),
  },
  '/participants/{participantId}/consent-withdrawal': {
    post: commandOperation({
      ...onParticipant,
      operationId: 'withdrawConsent',
      summary: 'Record that the participant withdrew her consent (WithdrawConsent)',
      permission: 'withdrawConsent',
      bodySchema: 'WithdrawConsentRequest',
      body: { withdrawnOn: '2020-06-01' },
      accepted: consentWithdrawalAccepted,
      invalidField: { path: 'withdrawnOn', rule: 'must be a real calendar date' },
      ruleBroken: ruleBrokenProblem(consentAlreadyWithdrawn()),
    }),
  },
  '/participants/{participantId}/contact-details': {
    post: commandOperation({
      ...onParticipant,
      operationId: 'updateContactDetails',
      summary: 'Record how to reach the participant now (UpdateContactDetails)',
      permission: 'updateContactDetails',
      bodySchema: 'UpdateContactDetailsRequest',
      body: { updatedOn: '2020-06-01', personalData: { phone: '0812 0000 0000', preferredChannel: 'whatsapp' } },
      accepted: contactDetailsAccepted,
      invalidField: { path: 'personalData', rule: 'must give at least one field' },
      ruleBroken: ruleBrokenProblem(detailAfterConsentWithdrawn()),
    }),
  },
  '/participants/{participantId}/erasure': {
    post: commandOperation({
      ...onParticipant,
      operationId: 'erasePersonalData',
      summary: 'Erase the participant’s personal data under UU PDP (ErasePersonalData)',
      note: 'Her data key is deleted: what was sealed under it can no longer be read. The figures stay.',
      permission: 'erasePersonalData',
      bodySchema: 'ErasePersonalDataRequest',
      body: { basis: 'subject_request', requestedOn: '2020-06-01' },
      accepted: erasureAccepted,
      invalidField: { path: 'basis', rule: 'must be one of subject_request, retention_expired, legal_order' },
      ruleBroken: ruleBrokenProblem(alreadyErased()),
    }),
  },
};
