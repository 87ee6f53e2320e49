import * as path from 'node:path';
import { UserError } from '../cli/user-error';
import { describeStore, parseStoreLocation } from './store-location';

describe('parseStoreLocation', () => {
  it('reads sqlite:PATH as a data folder, with or without the prefix', () => {
    expect(parseStoreLocation({ store: 'sqlite:./data' }, {})).toEqual({ dataDir: path.resolve('data') });
    expect(parseStoreLocation({ store: '/srv/binaan' }, {})).toEqual({ dataDir: '/srv/binaan' });
  });

  it('keeps the data folder beside --esdb and takes PG_URL from the environment', () => {
    expect(parseStoreLocation({ store: 'sqlite:/srv/binaan', esdb: 'esdb://localhost:2113?tls=false' }, { PG_URL: 'postgres://db/binaan' })).toEqual({
      dataDir: '/srv/binaan',
      esdbUrl: 'esdb://localhost:2113?tls=false',
      pgUrl: 'postgres://db/binaan',
    });
  });

  it.each([
    [{ store: 'sqlite:' }, '--store'],
    [{ store: 'postgres://db/binaan' }, '--store'],
    [{ store: 'sqlite:./data', esdb: 'http://localhost:2113' }, '--esdb'],
  ])('refuses %j naming %s', (values, option) => {
    expect(() => parseStoreLocation(values, {})).toThrow(UserError);
    expect(() => parseStoreLocation(values, {})).toThrow(option);
  });

  it('never prints the credentials of an EventStoreDB URL', () => {
    expect(describeStore({ dataDir: '/d', esdbUrl: 'esdb://admin:changeit@db:2113?tls=false' })).toBe('esdb://db:2113?tls=false');
  });
});
