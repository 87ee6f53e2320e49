import { eventBusinessDate } from './event-business-date';

describe('eventBusinessDate', () => {
  it('reads the date field of each participant event', () => {
    expect(eventBusinessDate('InmateEnrolled', { enrolledOn: '2019-03-01' })).toBe('2019-03-01');
    expect(eventBusinessDate('ModuleCompleted', { assessedOn: '2019-04-01', enrolledOn: '2019-03-01' })).toBe('2019-04-01');
    expect(eventBusinessDate('InmateReleased', { releasedOn: '2019-06-10' })).toBe('2019-06-10');
    expect(eventBusinessDate('FollowUpLogged', { contactedOn: '2019-07-12' })).toBe('2019-07-12');
  });

  it('is null for events without one, and for fields of another event type', () => {
    expect(eventBusinessDate('EnrolmentReserved', { participantId: 'x' })).toBeNull();
    expect(eventBusinessDate('SomeoneElsesEvent', { enrolledOn: '2019-03-01' })).toBeNull();
    expect(eventBusinessDate('toString', {})).toBeNull();
    expect(eventBusinessDate('InmateReleased', { releasedOn: 20190610 })).toBeNull();
  });
});
