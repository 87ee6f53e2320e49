export * from './describe-event-store-conformance';
