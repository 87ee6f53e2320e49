export * from './memory-event-store';
export * from './memory-storage';
