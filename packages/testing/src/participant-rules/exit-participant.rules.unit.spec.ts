import { exitReasons, type NotePersonalData } from '@binaan/domain';
import { completeModule, exitParticipant, recordRelease, transferParticipant } from '../fixtures/command-fixtures';
import {
  enrolmentCancelled,
  entryVoided,
  inmateEnrolled,
  inmateReleased,
  moduleCompleted,
  participantExited,
  participantTransferred,
  personalDataErased,
} from '../fixtures/event-fixtures';
import { numberedParticipantId } from '../fixtures/fixture-values';
import { given, recorded } from '../decider-spec/given-when-then';

const enrolled = inmateEnrolled();
const exited = participantExited(exitParticipant('2019-06-01'));
const note: NotePersonalData = { note: 'Dipindah ke rutan lain (contoh).' };

describe('ExitParticipant rules', () => {
  describe('she leaves before graduating or being released, for a reason', () => {
    it.each(exitReasons.map((reason) => [reason]))('records an exit for the reason %s', (reason) => {
      const command = exitParticipant('2019-06-01', reason);
      given([enrolled]).when(command).then([participantExited(command)]);
    });
    it('records the note only as a sealed envelope', () => {
      const command = exitParticipant('2019-06-01', 'other', { personalData: note });
      given([enrolled]).when(command).then([participantExited(command)]);
      expect(JSON.stringify(command)).not.toContain('rutan lain');
    });
    it('records an exit after graduation, before release', () => {
      const graduated = ['sulam-dasar', 'sulam-lanjutan', 'pengembangan-usaha', 'pemasaran-penjualan', 'pendanaan-usaha'].map((module) =>
        moduleCompleted(module, 'competent', '2019-05-01'),
      );
      const command = exitParticipant('2019-06-01', 'health');
      given([enrolled, ...graduated]).when(command).then([participantExited(command)]);
    });
  });

  describe('there is an enrolment that stands', () => {
    it('rejects an exit with no enrolment', () => {
      given([]).when(exitParticipant('2019-06-01')).then('NotEnrolled');
    });
    it('rejects an exit from a cancelled enrolment', () => {
      given([enrolled, enrolmentCancelled()]).when(exitParticipant('2019-06-01')).then('EnrolmentIsCancelled');
    });
    it('rejects an exit for another participant', () => {
      given([enrolled]).when(exitParticipant('2019-06-01', 'withdrew', { participantId: numberedParticipantId(2) })).then('ParticipantMismatch');
    });
  });

  describe('she exits once, and not after release', () => {
    it('rejects a second exit', () => {
      given([enrolled, exited]).when(exitParticipant('2019-07-01')).then('ParticipantHasExited');
    });
    it('accepts an exit again once the first is voided', () => {
      const exitId = '33333333-0000-4000-8000-000000000001';
      const command = exitParticipant('2019-07-01', 'died');
      given([enrolled, recorded(exited, exitId), entryVoided(exitId, 'ParticipantExited')]).when(command).then([participantExited(command)]);
    });
    it('rejects an exit after release: a return to custody is recorded instead', () => {
      given([enrolled, inmateReleased(recordRelease('2019-09-01'))]).when(exitParticipant('2019-10-01')).then('ExitAfterRelease');
    });
  });

  describe('the exit date lies between what it follows and today', () => {
    it('accepts an exit on the enrolment day', () => {
      const command = exitParticipant('2019-03-01');
      given([enrolled]).when(command).then([participantExited(command)]);
    });
    it('rejects an exit before the enrolment', () => {
      given([enrolled]).when(exitParticipant('2019-02-28')).then({ _tag: 'DateTooEarly', field: 'exitedOn' });
    });
    it('rejects an exit before the last transfer', () => {
      given([enrolled, participantTransferred('2019-05-01')]).when(exitParticipant('2019-04-30')).then({ _tag: 'DateTooEarly', field: 'exitedOn' });
    });
    it('accepts an exit on the day of the last transfer', () => {
      const command = exitParticipant('2019-05-01', 'transferred_out');
      given([enrolled, participantTransferred('2019-05-01')]).when(command).then([participantExited(command)]);
    });
    it('accepts an exit today', () => {
      const command = exitParticipant('2020-12-31');
      given([enrolled]).when(command).then([participantExited(command)]);
    });
    it('rejects an exit tomorrow', () => {
      given([enrolled]).when(exitParticipant('2021-01-01')).then({ _tag: 'DateInFuture', field: 'exitedOn' });
    });
  });

  describe('no new personal data after erasure', () => {
    it('rejects a note once her data is erased', () => {
      given([enrolled, personalDataErased('2020-06-01')])
        .when(exitParticipant('2019-06-01', 'other', { personalData: note }))
        .then('PersonalDataIsErased');
    });
    it('accepts an exit without a note once her data is erased', () => {
      const command = exitParticipant('2019-06-01');
      given([enrolled, personalDataErased('2020-06-01')]).when(command).then([participantExited(command)]);
    });
  });

  describe('nothing of the training is recorded after an exit', () => {
    it('rejects an assessment after the exit', () => {
      given([enrolled, exited]).when(completeModule('sulam-dasar', 'competent', '2019-05-01')).then('ParticipantHasExited');
    });
    it('rejects a release after the exit', () => {
      given([enrolled, exited]).when(recordRelease('2019-09-01')).then('ParticipantHasExited');
    });
    it('rejects a transfer after the exit', () => {
      given([enrolled, exited]).when(transferParticipant('2019-07-01')).then('ParticipantHasExited');
    });
  });
});
