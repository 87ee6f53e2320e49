import * as E from 'fp-ts/Either';
import { encodeParticipantEvent } from './encode-event';
import { participantEventTypes } from './participant-event';
import { upcastEvent } from './upcast-event';

const participantId = '0b7e4c1e-9a51-4f0e-8d0c-2f3f5a6b7c8d';
const v1 = { schemaVersion: 1, participantId, moduleId: 'sulam-dasar', assessedOn: '2019-05-01' };

describe('upcastEvent', () => {
  it('reads ModuleCompleted v1 as v2: passed true becomes competent', () => {
    expect(upcastEvent('ModuleCompleted', { ...v1, passed: true })).toEqual(
      E.right({
        type: 'ModuleCompleted',
        data: { schemaVersion: 2, participantId, moduleId: 'sulam-dasar', result: 'competent', assessedOn: '2019-05-01' },
      }),
    );
  });

  it('reads ModuleCompleted v1 as v2: passed false becomes not_yet_competent', () => {
    const upcast = upcastEvent('ModuleCompleted', { ...v1, passed: false });
    expect(E.isRight(upcast) && upcast.right.data).toEqual({
      schemaVersion: 2,
      participantId,
      moduleId: 'sulam-dasar',
      result: 'not_yet_competent',
      assessedOn: '2019-05-01',
    });
  });

  it('reads the current version as it is and encodes it back unchanged', () => {
    const v2 = {
      schemaVersion: 2,
      participantId,
      moduleId: 'sulam-dasar',
      result: 'not_yet_competent',
      assessedOn: '2019-05-01',
    };
    const read = upcastEvent('ModuleCompleted', v2);
    expect(E.map(encodeParticipantEvent)(read)).toEqual(E.right({ type: 'ModuleCompleted', data: v2 }));
  });

  it('rejects a v1 payload that claims to be v2, naming the missing field', () => {
    expect(upcastEvent('ModuleCompleted', { ...v1, schemaVersion: 2, passed: true })).toEqual(
      E.left({ _tag: 'DecodeError', issues: [{ path: 'result', rule: 'is required' }] }),
    );
  });

  it('rejects unknown schema versions and event types', () => {
    expect(upcastEvent('ModuleCompleted', { ...v1, schemaVersion: 3 })).toEqual(
      E.left({ _tag: 'DecodeError', issues: [{ path: 'schemaVersion', rule: 'must be one of 1, 2' }] }),
    );
    expect(upcastEvent('InmateReleased', { participantId })).toEqual(
      E.left({ _tag: 'DecodeError', issues: [{ path: 'schemaVersion', rule: 'is required' }] }),
    );
    expect(upcastEvent('InmateTransferred', {})).toEqual(
      E.left({
        _tag: 'DecodeError',
        issues: [{ path: 'type', rule: `must be one of ${participantEventTypes.join(', ')}` }],
      }),
    );
  });

  it('drops unknown keys of stored data (a tolerant reader) and keeps optional ones', () => {
    const released = {
      schemaVersion: 1,
      participantId,
      releaseType: 'asimilasi',
      releasedOn: '2019-08-01',
      supervisionEndsOn: '2020-02-01',
    };
    expect(upcastEvent('InmateReleased', { ...released, importedFrom: 'spreadsheet' })).toEqual(
      E.right({ type: 'InmateReleased', data: released }),
    );
  });

  it('reads a FollowUpLogged with a null milestone', () => {
    const logged = {
      schemaVersion: 1,
      participantId,
      contactedOn: '2019-08-05',
      channel: 'visit',
      outcome: 'not_reached',
      notReachedReason: 'moved',
      needs: [],
      referrals: [],
      milestone: null,
    };
    expect(upcastEvent('FollowUpLogged', logged)).toEqual(E.right({ type: 'FollowUpLogged', data: logged }));
    expect(upcastEvent('FollowUpLogged', { ...logged, milestone: 'M2' })).toEqual(
      E.left({ _tag: 'DecodeError', issues: [{ path: 'milestone', rule: 'must be one of M1, M3, M6, M12 or null' }] }),
    );
  });
});
