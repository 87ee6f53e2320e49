export * from './milestones';
export * from './follow-up-windows';
