import { FacilityId, ProgrammeId, type RegencyCode } from '@binaan/domain';
import { enrollInmate, enrollInmateInput } from '../fixtures/command-fixtures';
import { inmateEnrolled } from '../fixtures/event-fixtures';
import { fakeSeal } from '../fixtures/fake-seal';
import { localDate, numberedParticipantId } from '../fixtures/fixture-values';
import { syntheticPerson } from '../fixtures/synthetic-people';
import { deciderSpec, given } from '../decider-spec/given-when-then';
import { catalogueWithoutSurabayaProgramme, twoVersionCatalogue } from '../fixtures/catalogue-fixtures';

describe('EnrollInmate rules', () => {
  describe('the programme exists', () => {
    it('allows a programme in the catalogue', () => {
      given([]).when(enrollInmate()).then([inmateEnrolled()]);
    });
    it('rejects an unknown programme', () => {
      given([]).when(enrollInmate({ programmeId: 'batik-2019' as ProgrammeId })).then('ProgrammeNotFound');
    });
  });

  describe('the facility exists', () => {
    it('allows any facility in the catalogue', () => {
      const command = enrollInmate({ facilityId: 'lapas-kelas-i-malang' as FacilityId });
      given([]).when(command).then([inmateEnrolled(command)]);
    });
    it('rejects an unknown facility', () => {
      given([]).when(enrollInmate({ facilityId: 'rutan-tak-dikenal' as FacilityId })).then('FacilityNotFound');
    });
  });

  describe('the facility runs the programme', () => {
    it('rejects a facility in the catalogue that does not run it', () => {
      deciderSpec({ catalogue: catalogueWithoutSurabayaProgramme })
        .given([])
        .when(enrollInmate({ facilityId: 'lapas-perempuan-surabaya' as FacilityId }))
        .then({ _tag: 'FacilityDoesNotOfferProgramme', field: 'facilityId' });
    });
  });

  describe('a home regency, when given, is in the catalogue', () => {
    it('records a known regency', () => {
      const command = enrollInmate({ homeRegency: '3573' as RegencyCode });
      const event = inmateEnrolled(command);
      given([]).when(command).then([{ ...event, data: { ...event.data, homeRegency: '3573' as RegencyCode } }]);
    });
    it('rejects a regency the catalogue does not list', () => {
      given([]).when(enrollInmate({ homeRegency: '3199' as RegencyCode })).then({ _tag: 'RegencyNotFound', field: 'homeRegency' });
    });
  });

  describe('the enrolment date is not in the future', () => {
    it('allows enrolment today', () => {
      const command = enrollInmate({ enrolledOn: localDate('2020-12-31') });
      given([]).when(command).then([inmateEnrolled(command)]);
    });
    it('rejects enrolment tomorrow', () => {
      given([]).when(enrollInmate({ enrolledOn: localDate('2021-01-01') })).then('EnrolmentDateInFuture');
    });
  });

  describe('consent is recorded', () => {
    it('allows enrolment with consent given', () => {
      const command = enrollInmate({ consent: { given: true, recordedOn: localDate('2019-02-25') } });
      given([]).when(command).then([inmateEnrolled(command)]);
    });
    it('rejects enrolment without consent', () => {
      given([])
        .when(enrollInmate({ consent: { given: false, recordedOn: localDate('2019-03-01') } }))
        .then('ConsentNotGiven');
    });
    it('allows consent recorded today', () => {
      const command = enrollInmate({ enrolledOn: localDate('2020-12-31'), consent: { given: true, recordedOn: localDate('2020-12-31') } });
      given([]).when(command).then([inmateEnrolled(command)]);
    });
    it('rejects consent recorded tomorrow', () => {
      given([])
        .when(enrollInmate({ consent: { given: true, recordedOn: localDate('2021-01-01') } }))
        .then('ConsentDateInFuture');
    });
  });

  describe('one enrolment per participant stream', () => {
    it('allows the first enrolment', () => {
      given([]).when(enrollInmate()).then([inmateEnrolled()]);
    });
    it('rejects a second enrolment, even in another programme or facility', () => {
      given([inmateEnrolled()])
        .when(enrollInmate({ facilityId: 'lapas-kelas-i-malang' as FacilityId }))
        .then('AlreadyEnrolled');
    });
  });

  describe('the command names the participant of the stream', () => {
    it('rejects a command for another participant', () => {
      given([inmateEnrolled()]).when(enrollInmate({ participantId: numberedParticipantId(7) })).then('ParticipantMismatch');
    });
  });

  it('records the newest curriculum version at enrolment', () => {
    const event = inmateEnrolled();
    deciderSpec({ catalogue: twoVersionCatalogue })
      .given([])
      .when(enrollInmate())
      .then([{ ...event, data: { ...event.data, curriculumVersion: 2 } }]);
  });

  it('only ever puts the sealed envelope in the event', () => {
    given([])
      .when(enrollInmateInput())
      .then([inmateEnrolled(enrollInmate({ personalData: syntheticPerson(0) }))]);
    expect(inmateEnrolled().data.personalData).toEqual(fakeSeal(syntheticPerson(0)));
  });
});
