export * from './inmate-enrolled';
export * from './module-completed';
export * from './inmate-released';
export * from './follow-up-logged';
export * from './participant-event';
export * from './encode-event';
export * from './upcast-event';
export * from './current-event-data';
