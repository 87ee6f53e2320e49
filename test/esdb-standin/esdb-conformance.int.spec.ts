import { createEsdbEventStore } from '@binaan/event-store-esdb';
import { describeEventStoreConformance } from '@binaan/event-store/conformance';
import { startEsdbStandIn } from './';

describeEventStoreConformance('esdb (wire stand-in)', async () => {
  const standIn = await startEsdbStandIn();
  const store = createEsdbEventStore({ connectionString: standIn.connectionString });
  return {
    store,
    dispose: async () => {
      await store.close();
      await standIn.stop();
    },
  };
});

const esdbUrl = process.env['ESDB_URL'];
if (esdbUrl === undefined || esdbUrl === '') {
  console.log('EventStore conformance: esdb (real server) was NOT run: ESDB_URL is unset (e.g. esdb://localhost:2113?tls=false).');
} else {
  describeEventStoreConformance('esdb (real server)', async () => {
    const store = createEsdbEventStore({ connectionString: esdbUrl });
    return { store, dispose: () => store.close() };
  });
}
