import { AssertionError } from 'node:assert';
import { completeModule, enrollInmate } from '../fixtures/command-fixtures';
import { inmateEnrolled, moduleCompleted } from '../fixtures/event-fixtures';
import { moduleId } from '../fixtures/fixture-values';
import { given } from './given-when-then';

const thrownBy = (run: () => void): Error => {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the spec to fail');
};

describe('given / when / then', () => {
  it('passes when the events match', () => {
    expect(() => given([]).when(enrollInmate()).then([inmateEnrolled()])).not.toThrow();
  });

  it('fails with a diff when the events differ', () => {
    const error = thrownBy(() =>
      given([inmateEnrolled()])
        .when(completeModule('sulam-dasar', 'competent', '2019-04-01'))
        .then([moduleCompleted('sulam-dasar', 'not_yet_competent', '2019-04-01')]),
    );
    expect(error).toBeInstanceOf(AssertionError);
    expect(error.message).toContain("+       result: 'competent'");
    expect(error.message).toContain("-       result: 'not_yet_competent'");
  });

  it('fails when it expected events and decide rejected', () => {
    const error = thrownBy(() => given([]).when(completeModule('sulam-dasar', 'competent', '2019-04-01')).then([]));
    expect(error).toBeInstanceOf(AssertionError);
    expect(error.message).toBe('Expected no events, but decide rejected with NotEnrolled: The participant is not enrolled');
  });

  it('fails when it expected a rejection and decide accepted', () => {
    const error = thrownBy(() => given([]).when(enrollInmate()).then('AlreadyEnrolled'));
    expect(error.message).toBe('Expected a AlreadyEnrolled rejection, but decide accepted and produced InmateEnrolled');
  });

  it('fails when the rejection has another tag', () => {
    const command = completeModule('sulam-dasar', 'competent', '2019-04-01');
    const error = thrownBy(() => given([]).when(command).then('NotReleased'));
    expect(error.message).toBe('Expected a NotReleased rejection, got NotEnrolled: The participant is not enrolled');
  });

  it('passes when the rejection carries the expected fields', () => {
    const command = completeModule('sulam-lanjutan', 'competent', '2019-04-01');
    expect(() =>
      given([inmateEnrolled()]).when(command).then({ _tag: 'PrerequisitesNotCompetent', missing: [moduleId('sulam-dasar')] }),
    ).not.toThrow();
  });

  it('fails with a diff when the rejection carries other field values', () => {
    const command = completeModule('sulam-lanjutan', 'competent', '2019-04-01');
    const error = thrownBy(() =>
      given([inmateEnrolled()]).when(command).then({ _tag: 'PrerequisitesNotCompetent', missing: [moduleId('pendanaan-usaha')] }),
    );
    expect(error).toBeInstanceOf(AssertionError);
    expect(error.message).toContain('The PrerequisitesNotCompetent rejection carries other fields than expected');
    expect(error.message).toContain("'pendanaan-usaha'");
  });

  it('checks the tag of a rejection given with its fields', () => {
    const error = thrownBy(() => given([]).when(completeModule('sulam-dasar', 'competent', '2019-04-01')).then({ _tag: 'NotReleased' }));
    expect(error.message).toBe('Expected a NotReleased rejection, got NotEnrolled: The participant is not enrolled');
  });

  it('refuses to be awaited by mistake', async () => {
    await expect(Promise.resolve(given([]).when(enrollInmate()))).rejects.toThrow(
      'then() takes expected events or a DomainError tag',
    );
  });
});
