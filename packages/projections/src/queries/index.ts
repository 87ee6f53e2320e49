export * from './sort-rows';
export * from './read-model-rows';
export * from './follow-up-worklist-query';
export * from './outcome-queries';
export * from './participant-directory-query';
