import { recordRelease } from '../fixtures/command-fixtures';
import { inmateEnrolled, inmateReleased } from '../fixtures/event-fixtures';
import { localDate } from '../fixtures/fixture-values';
import { given } from '../decider-spec/given-when-then';

const enrolled = inmateEnrolled();

describe('RecordRelease rules', () => {
  describe('the participant is enrolled', () => {
    it('allows a release after enrolment', () => {
      const command = recordRelease('2019-09-01');
      given([enrolled]).when(command).then([inmateReleased(command)]);
    });
    it('rejects a release with no enrolment', () => {
      given([]).when(recordRelease('2019-09-01')).then('NotEnrolled');
    });
  });

  describe('the participant is not yet released', () => {
    it('rejects a second release', () => {
      given([enrolled, inmateReleased(recordRelease('2019-09-01'))])
        .when(recordRelease('2019-10-01'))
        .then('AlreadyReleased');
    });
  });

  describe('the release date is not before enrolment', () => {
    it('allows a release on the enrolment day', () => {
      const command = recordRelease('2019-03-01', {}, 'bebas_demi_hukum');
      given([enrolled]).when(command).then([inmateReleased(command)]);
    });
    it('rejects a release the day before enrolment', () => {
      given([enrolled]).when(recordRelease('2019-02-28')).then('ReleaseBeforeEnrolment');
    });
  });

  describe('the release date is not in the future', () => {
    it('allows a release today', () => {
      const command = recordRelease('2020-12-31');
      given([enrolled]).when(command).then([inmateReleased(command)]);
    });
    it('rejects a release tomorrow', () => {
      given([enrolled]).when(recordRelease('2021-01-01')).then('ReleaseDateInFuture');
    });
  });

  describe('supervision does not end before release', () => {
    it('allows supervision ending in the future, after today', () => {
      const command = recordRelease('2019-09-01', { supervisionEndsOn: localDate('2021-09-01') });
      given([enrolled]).when(command).then([inmateReleased(command)]);
    });
    it('allows supervision ending on the release day', () => {
      const command = recordRelease('2019-09-01', { supervisionEndsOn: localDate('2019-09-01') }, 'cuti_bersyarat');
      given([enrolled]).when(command).then([inmateReleased(command)]);
    });
    it('rejects supervision ending before release', () => {
      given([enrolled])
        .when(recordRelease('2019-09-01', { supervisionEndsOn: localDate('2019-08-31') }))
        .then('SupervisionEndsBeforeRelease');
    });
  });
});
