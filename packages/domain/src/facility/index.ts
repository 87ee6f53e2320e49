export * from './facility-decider';
