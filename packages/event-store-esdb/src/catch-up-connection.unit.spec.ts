import { catchUpConnectionString } from './catch-up-connection';

describe('catchUpConnectionString: where catch-up reads go', () => {
  it.each([
    ['esdb://a:2113,b:2113,c:2113?tls=false', 'esdb://a:2113,b:2113,c:2113?tls=false&nodePreference=follower'],
    ['esdb://a:2113,b:2113', 'esdb://a:2113,b:2113?nodePreference=follower'],
    ['esdb+discover://cluster.binaan.go.id:2113?tls=true', 'esdb+discover://cluster.binaan.go.id:2113?tls=true&nodePreference=follower'],
    ['kurrentdb+discover://cluster:2113', 'kurrentdb+discover://cluster:2113?nodePreference=follower'],
  ])('a cluster (%s): its followers', (given, expected) => {
    expect(catchUpConnectionString(given)).toBe(expected);
  });

  it.each([
    ['a single node', 'esdb://localhost:2113?tls=false'],
    ['a single node with a user', 'esdb://admin:changeit@localhost:2113'],
    ['a cluster whose string names a preference', 'esdb://a:2113,b:2113?nodePreference=leader'],
    ['the same, in another case and place', 'esdb+discover://cluster:2113?tls=false&NODEPREFERENCE=random'],
    ['not a connection string', 'localhost:2113'],
  ])('%s: the one client', (_label, given) => {
    expect(catchUpConnectionString(given)).toBeUndefined();
  });
});
