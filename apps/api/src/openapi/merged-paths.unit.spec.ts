import { mergedPaths } from './merged-paths';

describe('mergedPaths', () => {
  const enrol = { operationId: 'enrollInmate', responses: {} };
  const find = { operationId: 'findParticipants', responses: {} };

  it('keeps every method of a path two groups share', () => {
    expect(mergedPaths({ '/participants': { post: enrol } }, { '/participants': { get: find } })).toEqual({ '/participants': { post: enrol, get: find } });
  });

  it('refuses a method described twice rather than keeping one of them', () => {
    expect(() => mergedPaths({ '/participants': { get: find } }, { '/participants': { get: enrol } })).toThrow('get /participants is described twice');
  });
});
