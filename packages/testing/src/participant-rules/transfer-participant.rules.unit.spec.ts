import { completeModule, recordRelease, transferParticipant } from '../fixtures/command-fixtures';
import {
  enrolmentCancelled,
  enrolmentCorrected,
  entryVoided,
  inmateEnrolled,
  inmateReleased,
  moduleCompleted,
  participantExited,
  participantTransferred,
} from '../fixtures/event-fixtures';
import { catalogueWithoutSurabayaProgramme } from '../fixtures/catalogue-fixtures';
import { numberedParticipantId } from '../fixtures/fixture-values';
import { deciderSpec, given, recorded } from '../decider-spec/given-when-then';
import type { FacilityId } from '@binaan/domain';

const enrolled = inmateEnrolled();
const toKelasI = participantTransferred('2019-05-01', 'lapas-perempuan-malang', 'lapas-kelas-i-malang');

describe('TransferParticipant rules', () => {
  describe('she moves to another unit that runs the programme', () => {
    it('records where she came from and where she goes', () => {
      given([enrolled]).when(transferParticipant('2019-05-01', 'lapas-kelas-i-malang')).then([toKelasI]);
    });
    it('records a move from where the last transfer took her', () => {
      given([enrolled, toKelasI])
        .when(transferParticipant('2019-07-01', 'lapas-perempuan-surabaya'))
        .then([participantTransferred('2019-07-01', 'lapas-kelas-i-malang', 'lapas-perempuan-surabaya')]);
    });
    it('records a move from the corrected enrolment facility', () => {
      given([enrolled, enrolmentCorrected({ facilityId: 'lapas-perempuan-surabaya' as FacilityId })])
        .when(transferParticipant('2019-05-01', 'lapas-kelas-i-malang'))
        .then([participantTransferred('2019-05-01', 'lapas-perempuan-surabaya', 'lapas-kelas-i-malang')]);
    });
    it('records a move from where she was before a voided transfer', () => {
      const transferId = '44444444-0000-4000-8000-000000000001';
      given([enrolled, recorded(toKelasI, transferId), entryVoided(transferId, 'ParticipantTransferred')])
        .when(transferParticipant('2019-06-01', 'lapas-perempuan-surabaya'))
        .then([participantTransferred('2019-06-01', 'lapas-perempuan-malang', 'lapas-perempuan-surabaya')]);
    });
    it('lets her training continue after the move', () => {
      given([enrolled, toKelasI])
        .when(completeModule('sulam-dasar', 'competent', '2019-06-01'))
        .then([moduleCompleted('sulam-dasar', 'competent', '2019-06-01')]);
    });
  });

  describe('there is an enrolment that stands, she has not exited and is not released', () => {
    it('rejects a transfer with no enrolment', () => {
      given([]).when(transferParticipant('2019-05-01')).then('NotEnrolled');
    });
    it('rejects a transfer of a cancelled enrolment', () => {
      given([enrolled, enrolmentCancelled()]).when(transferParticipant('2019-05-01')).then('EnrolmentIsCancelled');
    });
    it('rejects a transfer for another participant', () => {
      given([enrolled]).when({ ...transferParticipant('2019-05-01'), participantId: numberedParticipantId(2) }).then('ParticipantMismatch');
    });
    it('rejects a transfer after an exit', () => {
      given([enrolled, participantExited()]).when(transferParticipant('2019-07-01')).then('ParticipantHasExited');
    });
    it('rejects a transfer after release', () => {
      given([enrolled, inmateReleased(recordRelease('2019-09-01'))]).when(transferParticipant('2019-10-01')).then('TransferAfterRelease');
    });
  });

  describe('the unit is known, another one, and runs the programme', () => {
    it('rejects a unit not in the catalogue', () => {
      given([enrolled]).when(transferParticipant('2019-05-01', 'rutan-tidak-ada')).then('FacilityNotFound');
    });
    it('rejects a move to the unit she is in', () => {
      given([enrolled]).when(transferParticipant('2019-05-01', 'lapas-perempuan-malang')).then({ _tag: 'TransferToSameFacility', field: 'toFacilityId' });
    });
    it('rejects a move back to the unit the last transfer took her to', () => {
      given([enrolled, toKelasI]).when(transferParticipant('2019-06-01', 'lapas-kelas-i-malang')).then('TransferToSameFacility');
    });
    it('rejects a unit that does not run the programme: an exit (transferred_out) records that move', () => {
      deciderSpec({ catalogue: catalogueWithoutSurabayaProgramme })
        .given([enrolled])
        .when(transferParticipant('2019-05-01', 'lapas-perempuan-surabaya'))
        .then({ _tag: 'FacilityDoesNotOfferProgramme', field: 'toFacilityId' });
    });
  });

  describe('the transfer date lies between what it follows and today', () => {
    it('accepts a transfer on the enrolment day', () => {
      given([enrolled]).when(transferParticipant('2019-03-01')).then([participantTransferred('2019-03-01')]);
    });
    it('rejects a transfer before the enrolment', () => {
      given([enrolled]).when(transferParticipant('2019-02-28')).then({ _tag: 'DateTooEarly', field: 'transferredOn' });
    });
    it('rejects a transfer before the last transfer', () => {
      given([enrolled, toKelasI])
        .when(transferParticipant('2019-04-30', 'lapas-perempuan-surabaya'))
        .then({ _tag: 'DateTooEarly', field: 'transferredOn' });
    });
    it('accepts a transfer today', () => {
      given([enrolled]).when(transferParticipant('2020-12-31')).then([participantTransferred('2020-12-31')]);
    });
    it('rejects a transfer tomorrow', () => {
      given([enrolled]).when(transferParticipant('2021-01-01')).then({ _tag: 'DateInFuture', field: 'transferredOn' });
    });
  });
});
