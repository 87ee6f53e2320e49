import * as E from 'fp-ts/Either';
import { decodeCommand, type NotePersonalData } from '@binaan/domain';
import { completeModule, logFollowUp, recordRelease, voidEntry } from '../fixtures/command-fixtures';
import {
  consentWithdrawn,
  enrolmentCancelled,
  enrolmentCorrected,
  entryVoided,
  followUpLogged,
  inmateEnrolled,
  inmateReleased,
  moduleCompleted,
  participantExited,
  participantTransferred,
  personalDataErased,
  returnedToCustody,
} from '../fixtures/event-fixtures';
import { fixtureParticipantId, localDate, numberedParticipantId, staff } from '../fixtures/fixture-values';
import { given, recorded } from '../decider-spec/given-when-then';

// Made-up event ids, one per entry a spec names.
const enrolmentId = '11111111-0000-4000-8000-000000000001';
const assessmentId = '11111111-0000-4000-8000-000000000002';
const laterAssessmentId = '11111111-0000-4000-8000-000000000003';
const releaseId = '11111111-0000-4000-8000-000000000004';
const firstContactId = '11111111-0000-4000-8000-000000000005';
const secondContactId = '11111111-0000-4000-8000-000000000006';
const returnId = '11111111-0000-4000-8000-000000000007';
const exitId = '11111111-0000-4000-8000-000000000008';
const firstTransferId = '11111111-0000-4000-8000-000000000009';
const secondTransferId = '11111111-0000-4000-8000-00000000000a';
const voidId = '11111111-0000-4000-8000-00000000000b';
const otherId = '11111111-0000-4000-8000-00000000000c';

const registrar = staff('registrar');
const otherRegistrar = staff('registrar', 'registrar-2');
const assessor = staff('assessor');
const otherAssessor = staff('assessor', 'assessor-2');
const caseworker = staff('caseworker');
const admin = staff('admin');

const enrolled = recorded(inmateEnrolled(), enrolmentId, registrar);
const release = inmateReleased(recordRelease('2019-09-01'));
const released = recorded(release, releaseId, registrar);
const releasedOn = localDate('2019-09-01');
const firstContact = recorded(followUpLogged(releasedOn, logFollowUp('2019-10-01')), firstContactId, caseworker);
const secondContact = recorded(followUpLogged(releasedOn, logFollowUp('2019-12-01')), secondContactId, caseworker);
const assessed = recorded(moduleCompleted('sulam-dasar', 'competent', '2019-04-01'), assessmentId, assessor);
const note: NotePersonalData = { note: 'Tanggal salah ketik (contoh).' };

describe('VoidEntry rules', () => {
  describe('an accepted void names the entry, its kind and why', () => {
    it('voids an assessment its assessor recorded', () => {
      given([enrolled, assessed])
        .when(voidEntry(assessmentId, {}, assessor))
        .then([entryVoided(assessmentId, 'ModuleCompleted', voidEntry(assessmentId, {}, assessor))]);
    });
    it('carries the reason given and the sealed note, never the note in clear', () => {
      const command = voidEntry(releaseId, { reason: 'other', personalData: note });
      given([enrolled, released]).when(command).then([entryVoided(releaseId, 'InmateReleased', command)]);
      expect(JSON.stringify(command.personalData)).not.toContain('salah ketik');
    });
    it.each([
      ['data_entry_error'],
      ['wrong_participant'],
      ['duplicate_entry'],
    ] as const)('accepts the reason %s without a note', (reason) => {
      const command = voidEntry(releaseId, { reason });
      given([enrolled, released]).when(command).then([entryVoided(releaseId, 'InmateReleased', command)]);
    });
  });

  describe('the reason other needs a note (judged where the command arrives)', () => {
    const input = { type: 'VoidEntry', participantId: fixtureParticipantId, eventId: releaseId, reason: 'other' };
    it('rejects other without a note', () => {
      const decoded = decodeCommand(input);
      expect(E.isLeft(decoded) && decoded.left.issues.map((issue) => issue.path)).toEqual(['personalData.note']);
    });
    it('accepts other with a note', () => {
      expect(E.isRight(decodeCommand({ ...input, personalData: note }))).toBe(true);
    });
  });

  describe('there is an enrolment that stands', () => {
    it('rejects a void with no enrolment', () => {
      given([]).when(voidEntry(releaseId)).then('NotEnrolled');
    });
    it('rejects a void on a cancelled enrolment', () => {
      given([enrolled, released, enrolmentCancelled()]).when(voidEntry(releaseId)).then('EnrolmentIsCancelled');
    });
    it('rejects a void for another participant', () => {
      given([enrolled, released]).when(voidEntry(releaseId, { participantId: numberedParticipantId(2) })).then('ParticipantMismatch');
    });
  });

  describe('the entry is in this record', () => {
    it('rejects an id no event of the stream has', () => {
      given([enrolled, released]).when(voidEntry(otherId)).then({ _tag: 'VoidedEventNotFound', field: 'eventId' });
    });
  });

  describe('the entry is of a kind that is voided', () => {
    it('rejects a void of the enrolment: it is cancelled instead', () => {
      given([enrolled]).when(voidEntry(enrolmentId)).then({ _tag: 'EventNotVoidable', field: 'eventId' });
    });
    it('rejects a void of a void', () => {
      given([enrolled, released, recorded(entryVoided(releaseId, 'InmateReleased'), voidId, registrar)])
        .when(voidEntry(voidId, {}, admin))
        .then('EventNotVoidable');
    });
    it('rejects a void of a correction: it is corrected again', () => {
      given([enrolled, recorded(enrolmentCorrected({ registrationClass: 'B.IIa' }), otherId, registrar)])
        .when(voidEntry(otherId, {}, admin))
        .then('EventNotVoidable');
    });
    it('rejects a void of a privacy act', () => {
      given([enrolled, recorded(consentWithdrawn('2019-05-01'), otherId, registrar)])
        .when(voidEntry(otherId, {}, admin))
        .then('EventNotVoidable');
    });
  });

  describe('an entry is voided once', () => {
    it('rejects a second void of the same entry', () => {
      given([enrolled, released, recorded(entryVoided(releaseId, 'InmateReleased'), voidId, registrar)])
        .when(voidEntry(releaseId))
        .then({ _tag: 'AlreadyVoided', field: 'eventId' });
    });
  });

  describe('only the role that records that kind of entry, or an admin, voids it', () => {
    it.each([
      ['an assessor', 'a release', assessor, released],
      ['a case worker', 'an assessment', caseworker, assessed],
      ['a registrar', 'a contact', registrar, firstContact],
      ['an auditor', 'an assessment', staff('auditor'), assessed],
      ['a viewer', 'a release', staff('viewer'), released],
    ] as const)('rejects %s voiding %s', (_who, _what, actor, entry) => {
      const history = entry === firstContact ? [enrolled, released, entry] : [enrolled, entry];
      given(history).when(voidEntry(entry.record.eventId, {}, actor)).then('RoleMayNotVoid');
    });
    it('lets a case worker void the contact they logged', () => {
      const command = voidEntry(firstContactId, {}, caseworker);
      given([enrolled, released, firstContact]).when(command).then([entryVoided(firstContactId, 'FollowUpLogged', command)]);
    });
    it('lets a registrar or a case worker void the return to custody they recorded', () => {
      for (const actor of [registrar, caseworker]) {
        const command = voidEntry(returnId, {}, actor);
        given([enrolled, released, recorded(returnedToCustody('2020-02-01'), returnId, actor)])
          .when(command)
          .then([entryVoided(returnId, 'ReturnedToCustody', command)]);
      }
    });
    it('lets a registrar void the exit and the transfer they recorded', () => {
      given([enrolled, recorded(participantExited(), exitId, registrar)])
        .when(voidEntry(exitId))
        .then([entryVoided(exitId, 'ParticipantExited')]);
      given([enrolled, recorded(participantTransferred('2019-05-01'), firstTransferId, registrar)])
        .when(voidEntry(firstTransferId))
        .then([entryVoided(firstTransferId, 'ParticipantTransferred')]);
    });
  });

  describe('a non-admin voids only their own entries', () => {
    it("rejects an assessor voiding another assessor's assessment", () => {
      given([enrolled, assessed]).when(voidEntry(assessmentId, {}, otherAssessor)).then('VoidOfAnotherPersonsEntry');
    });
    it("rejects a registrar voiding another registrar's release", () => {
      given([enrolled, released]).when(voidEntry(releaseId, {}, otherRegistrar)).then('VoidOfAnotherPersonsEntry');
    });
    it('rejects a non-admin voiding an entry whose recorder is not known', () => {
      given([enrolled, recorded(release, releaseId, null)]).when(voidEntry(releaseId)).then('VoidOfAnotherPersonsEntry');
    });
    it("lets an admin void anyone's entry", () => {
      const command = voidEntry(assessmentId, {}, admin);
      given([enrolled, assessed]).when(command).then([entryVoided(assessmentId, 'ModuleCompleted', command)]);
    });
  });

  describe('nothing that stands rests on the entry', () => {
    it('rejects voiding a release while its contacts and return to custody stand, listing them', () => {
      given([enrolled, released, firstContact, secondContact, recorded(returnedToCustody('2020-02-01'), returnId, registrar)])
        .when(voidEntry(releaseId))
        .then({ _tag: 'VoidHasDependents', field: 'eventId', dependentEventIds: [firstContactId, secondContactId, returnId] });
    });
    it('accepts voiding the release once what rested on it is voided', () => {
      given([
        enrolled,
        released,
        firstContact,
        secondContact,
        recorded(entryVoided(secondContactId, 'FollowUpLogged'), '11111111-0000-4000-8000-0000000000f1', caseworker),
        recorded(entryVoided(firstContactId, 'FollowUpLogged'), '11111111-0000-4000-8000-0000000000f2', caseworker),
      ])
        .when(voidEntry(releaseId))
        .then([entryVoided(releaseId, 'InmateReleased')]);
    });
    it('rejects voiding a competent prerequisite while an assessment of the module resting on it stands', () => {
      given([enrolled, assessed, recorded(moduleCompleted('sulam-lanjutan', 'not_yet_competent', '2019-05-01'), laterAssessmentId, assessor)])
        .when(voidEntry(assessmentId, {}, assessor))
        .then({ _tag: 'VoidHasDependents', dependentEventIds: [laterAssessmentId] });
    });
    it('accepts voiding an assessment of a module nothing rests on', () => {
      const unrelated = recorded(moduleCompleted('pengembangan-usaha', 'competent', '2019-05-01'), laterAssessmentId, assessor);
      const command = voidEntry(assessmentId, {}, assessor);
      given([enrolled, assessed, unrelated]).when(command).then([entryVoided(assessmentId, 'ModuleCompleted', command)]);
    });
    it('accepts voiding a not_yet_competent prerequisite: nothing could rest on it', () => {
      const first = recorded(moduleCompleted('sulam-dasar', 'not_yet_competent', '2019-04-01'), assessmentId, assessor);
      const second = recorded(moduleCompleted('sulam-dasar', 'competent', '2019-04-15'), otherId, assessor);
      const lanjutan = recorded(moduleCompleted('sulam-lanjutan', 'competent', '2019-05-01'), laterAssessmentId, assessor);
      const command = voidEntry(assessmentId, {}, assessor);
      given([enrolled, first, second, lanjutan]).when(command).then([entryVoided(assessmentId, 'ModuleCompleted', command)]);
    });
    it('rejects voiding a transfer while a later transfer stands', () => {
      given([
        enrolled,
        recorded(participantTransferred('2019-05-01'), firstTransferId, registrar),
        recorded(participantTransferred('2019-07-01', 'lapas-kelas-i-malang', 'lapas-perempuan-surabaya'), secondTransferId, registrar),
      ])
        .when(voidEntry(firstTransferId))
        .then({ _tag: 'VoidHasDependents', dependentEventIds: [secondTransferId] });
    });
    it('accepts voiding the latest transfer', () => {
      given([
        enrolled,
        recorded(participantTransferred('2019-05-01'), firstTransferId, registrar),
        recorded(participantTransferred('2019-07-01', 'lapas-kelas-i-malang', 'lapas-perempuan-surabaya'), secondTransferId, registrar),
      ])
        .when(voidEntry(secondTransferId))
        .then([entryVoided(secondTransferId, 'ParticipantTransferred')]);
    });
  });

  describe('no new personal data after erasure', () => {
    const erased = [enrolled, released, personalDataErased('2020-06-01')];
    it('rejects a void with a note once her data is erased', () => {
      given(erased).when(voidEntry(releaseId, { reason: 'other', personalData: note })).then('PersonalDataIsErased');
    });
    it('accepts a void without a note once her data is erased', () => {
      given(erased).when(voidEntry(releaseId)).then([entryVoided(releaseId, 'InmateReleased')]);
    });
  });

  describe('after a void the right entry can be recorded', () => {
    const voided = [enrolled, released, recorded(entryVoided(releaseId, 'InmateReleased'), voidId, registrar)];
    it('accepts the release recorded again with the right date', () => {
      const command = recordRelease('2019-08-15');
      given(voided).when(command).then([inmateReleased(command)]);
    });
    it('accepts the assessment recorded again with the right result', () => {
      given([enrolled, assessed, recorded(entryVoided(assessmentId, 'ModuleCompleted'), voidId, assessor)])
        .when(completeModule('sulam-dasar', 'not_yet_competent', '2019-04-01'))
        .then([moduleCompleted('sulam-dasar', 'not_yet_competent', '2019-04-01')]);
    });
  });
});
