export * from './milestones';
