import Database from 'better-sqlite3';
import { createPreparedStatements } from './prepared-statements';

describe('prepared statements', () => {
  const database = new Database(':memory:');
  afterAll(() => database.close());

  it('prepares each SQL text once, and starts over past the limit', () => {
    const prepared: string[] = [];
    const statement = createPreparedStatements((sql) => {
      prepared.push(sql);
      return database.prepare(sql);
    }, 2);
    expect(statement('select 1').get()).toEqual({ 1: 1 });
    expect(statement('select 1')).toBe(statement('select 1'));
    statement('select 2');
    expect(prepared).toEqual(['select 1', 'select 2']);
    statement('select 3');
    statement('select 1');
    expect(prepared).toEqual(['select 1', 'select 2', 'select 3', 'select 1']);
  });
});
