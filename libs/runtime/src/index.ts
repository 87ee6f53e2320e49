export * from './runtime-config';
export * from './open-stores';
export * from './create-runtime';
export * from './one-stream-view';
export * from './projection-lease';
export * from './subject-report/build-subject-report';
export * from './subject-report/subject-report';
export * from './import/import-identity';
