export * from './fixtures';
export * from './decider-spec/given-when-then';
export * from './arbitraries';
