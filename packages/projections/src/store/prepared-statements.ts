import type Database from 'better-sqlite3';

/**
 * Prepared statements by SQL text, for statements run again and again (the runner's few statement
 * shapes per table). Each table version brings its own shapes and replaced versions are dropped, so
 * past `limit` entries the cache starts over rather than keep statements of tables long gone.
 */
export const createPreparedStatements = (prepare: (sql: string) => Database.Statement, limit = 512) => {
  const statements = new Map<string, Database.Statement>();
  return (sql: string): Database.Statement => {
    let statement = statements.get(sql);
    if (statement === undefined) {
      if (statements.size >= limit) statements.clear();
      statement = prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
};
