export * from './sqlite-event-store';
export * from './stored-event-rows';
