import type { Employment } from '@binaan/domain';
import { logFollowUp, recordRelease } from '../fixtures/command-fixtures';
import { consentWithdrawn, followUpLogged, inmateEnrolled, inmateReleased, personalDataErased } from '../fixtures/event-fixtures';
import { localDate } from '../fixtures/fixture-values';
import { given } from '../decider-spec/given-when-then';

const releasedOn = localDate('2019-09-15');
const released = [inmateEnrolled(), inmateReleased(recordRelease('2019-09-15'))];
const working: Employment = { status: 'informal', usesTrainedSkill: true, incomeBand: 'below_500k' };
const notes = { notes: 'Menjahit di rumah, menjual lewat tetangga.' };

describe('LogFollowUp after consent is withdrawn or personal data erased', () => {
  describe('after consent is withdrawn, a contact carries no detail', () => {
    const withdrawn = [...released, consentWithdrawn('2019-10-01')];

    it('allows a contact with neither work nor notes', () => {
      const command = logFollowUp('2019-10-15');
      given(withdrawn).when(command).then([followUpLogged(releasedOn, command)]);
    });
    it('rejects work without notes', () => {
      given(withdrawn).when(logFollowUp('2019-10-15', { employment: working })).then('DetailAfterConsentWithdrawn');
    });
    it('rejects notes without work', () => {
      given(withdrawn).when(logFollowUp('2019-10-15', { personalData: notes })).then('DetailAfterConsentWithdrawn');
    });
  });

  describe('after personal data is erased, a contact carries no notes', () => {
    const erased = [...released, personalDataErased('2019-10-01')];

    it('allows work without notes', () => {
      const command = logFollowUp('2019-10-15', { employment: working });
      given(erased).when(command).then([followUpLogged(releasedOn, command)]);
    });
    it('rejects notes', () => {
      given(erased).when(logFollowUp('2019-10-15', { personalData: notes })).then('PersonalDataIsErased');
    });
  });
});
