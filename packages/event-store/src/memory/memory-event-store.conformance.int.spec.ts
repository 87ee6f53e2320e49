import { describeEventStoreConformance } from '../conformance';
import { createMemoryEventStore } from './memory-event-store';

describeEventStoreConformance('memory', async () => {
  const store = createMemoryEventStore();
  return { store, dispose: () => store.close() };
}, { appendToStreams: true, readAllByStream: true });
