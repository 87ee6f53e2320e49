import { recordRelease } from '../fixtures/command-fixtures';
import { consentWithdrawn, inmateEnrolled, inmateReleased, participantExited, personalDataErased } from '../fixtures/event-fixtures';
import { localDate } from '../fixtures/fixture-values';
import type { RegencyCode } from '@binaan/domain';
import { given } from '../decider-spec/given-when-then';

const enrolled = inmateEnrolled();
/** Contact details sealed with the FAKE seal (the enrolment's envelope serves: decide never opens one). */
const sealed = enrolled.data.personalData;

describe('RecordRelease: what the release carries, and when it may not', () => {
  it('carries the end of supervision and the home regency when given, and nothing for them when not', () => {
    const full = recordRelease('2019-09-01', { supervisionEndsOn: localDate('2020-03-01'), homeRegency: '3507' as RegencyCode, personalData: sealed });
    given([enrolled])
      .when(full)
      .then([
        {
          type: 'InmateReleased',
          data: {
            schemaVersion: 1,
            participantId: full.participantId,
            releaseType: 'pembebasan_bersyarat',
            releasedOn: localDate('2019-09-01'),
            supervisionEndsOn: localDate('2020-03-01'),
            homeRegency: '3507' as RegencyCode,
            personalData: sealed,
          },
        },
      ]);
    const bare = recordRelease('2019-09-01');
    given([enrolled]).when(bare).then([inmateReleased(bare)]);
  });

  it('rejects the release of someone who has left the programme', () => {
    given([enrolled, participantExited()]).when(recordRelease('2019-09-01')).then('ParticipantHasExited');
  });

  it('rejects contact details once personal data is erased, and allows the release without them', () => {
    const history = [enrolled, personalDataErased('2019-08-01')];
    given(history).when(recordRelease('2019-09-01', { personalData: sealed })).then('PersonalDataIsErased');
    given(history).when(recordRelease('2019-09-01')).then([inmateReleased(recordRelease('2019-09-01'))]);
  });

  it('rejects contact details once consent is withdrawn, and allows the release without them', () => {
    const history = [enrolled, consentWithdrawn('2019-08-01')];
    given(history).when(recordRelease('2019-09-01', { personalData: sealed })).then('DetailAfterConsentWithdrawn');
    given(history).when(recordRelease('2019-09-01')).then([inmateReleased(recordRelease('2019-09-01'))]);
  });
});
