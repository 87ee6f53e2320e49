import { Employment, LogFollowUpInput } from '@binaan/domain';
import { logFollowUp, recordRelease } from '../fixtures/command-fixtures';
import { followUpLogged, inmateEnrolled, inmateReleased } from '../fixtures/event-fixtures';
import { fakeSeal } from '../fixtures/fake-seal';
import { localDate } from '../fixtures/fixture-values';
import { given } from '../decider-spec/given-when-then';

const releasedOn = localDate('2019-09-15');
const history = [inmateEnrolled(), inmateReleased(recordRelease('2019-09-15'))];
const sewingBusiness: Employment = {
  status: 'self_employed',
  usesTrainedSkill: true,
  businessStatus: 'running',
  salesChannel: 'online',
  incomeBand: '500k_to_1m',
};
const accepted = (contactedOn: string, overrides: Partial<LogFollowUpInput> = {}) => {
  const command = logFollowUp(contactedOn, overrides);
  given(history).when(command).then([followUpLogged(releasedOn, command)]);
};

describe('LogFollowUp rules', () => {
  describe('the participant is released', () => {
    it('allows a follow-up after release', () => {
      accepted('2019-10-15');
    });
    it('rejects a follow-up with no enrolment', () => {
      given([]).when(logFollowUp('2019-10-15')).then('NotEnrolled');
    });
    it('rejects a follow-up before any release is recorded', () => {
      given([inmateEnrolled()]).when(logFollowUp('2019-10-15')).then('NotReleased');
    });
  });

  describe('the contact is not before release', () => {
    it('allows a contact on the release day', () => {
      accepted('2019-09-15');
    });
    it('rejects a contact the day before release', () => {
      given(history).when(logFollowUp('2019-09-14')).then('ContactBeforeRelease');
    });
  });

  describe('the contact is not in the future', () => {
    it('allows a contact today', () => {
      accepted('2020-12-31');
    });
    it('rejects a contact tomorrow', () => {
      given(history).when(logFollowUp('2021-01-01')).then('ContactDateInFuture');
    });
  });

  describe('only a reached contact carries employment data', () => {
    it('allows employment at a reached contact', () => {
      accepted('2020-03-15', { employment: sewingBusiness, needs: ['capital'], referrals: ['market_access'] });
    });
    it('rejects employment at a declined contact', () => {
      given(history).when(logFollowUp('2020-03-15', { outcome: 'declined', employment: sewingBusiness })).then(
        'EmploymentWithoutReachedContact',
      );
    });
    it('rejects employment at a not_reached contact', () => {
      given(history)
        .when(logFollowUp('2020-03-15', { outcome: 'not_reached', notReachedReason: 'moved', employment: sewingBusiness }))
        .then('EmploymentWithoutReachedContact');
    });
  });

  describe('a notReachedReason if and only if not_reached', () => {
    it('allows a not_reached contact with its reason, logged as an attempt', () => {
      accepted('2019-10-15', { outcome: 'not_reached', notReachedReason: 'no_answer', channel: 'message' });
    });
    it('rejects a not_reached contact without a reason', () => {
      given(history).when(logFollowUp('2019-10-15', { outcome: 'not_reached' })).then('NotReachedReasonMissing');
    });
    it('rejects a reason on a reached contact', () => {
      given(history).when(logFollowUp('2019-10-15', { notReachedReason: 'moved' })).then('NotReachedReasonUnexpected');
    });
    it('rejects a reason on a declined contact', () => {
      given(history)
        .when(logFollowUp('2019-10-15', { outcome: 'declined', notReachedReason: 'other' }))
        .then('NotReachedReasonUnexpected');
    });
  });

  describe('the milestone is the window holding the contact date', () => {
    it.each([
      ['2019-10-15', 'M1'],
      ['2019-12-01', 'M3'],
      ['2020-03-30', 'M6'],
      ['2020-08-20', 'M12'],
      ['2020-10-15', 'M12'],
      ['2020-10-16', null],
      ['2019-09-20', null],
    ])('a contact on %s is logged with milestone %s', (contactedOn, milestone) => {
      const command = logFollowUp(contactedOn);
      const expected = followUpLogged(releasedOn, command);
      expect(expected.data.milestone).toBe(milestone);
      given(history).when(command).then([expected]);
    });
  });

  it('puts the case worker’s notes in the event only as an envelope', () => {
    const command = logFollowUp('2019-10-15', { personalData: { notes: 'Catatan sintetis untuk pengujian.' } });
    expect(command.personalData).toEqual(fakeSeal({ notes: 'Catatan sintetis untuk pengujian.' }));
    given(history).when(command).then([followUpLogged(releasedOn, command)]);
  });
});
