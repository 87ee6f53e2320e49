/** Child process for the two-writers test: issues W1 commands for its own participants against one SQLite file. */
import { randomUUID } from 'node:crypto';
import { binaanEventSchema } from '@binaan/command-handling';
import { createSqliteEventStore } from '@binaan/event-store-sqlite';
import * as E from 'fp-ts/Either';
import { participantHandlerFor } from '../support/participant-handler';
import { commandEnvelope, w1Commands } from '../support/w1-commands';

const main = async (path: string, firstParticipant: number, participants: number): Promise<void> => {
  const store = createSqliteEventStore({ path, schema: binaanEventSchema });
  const handle = await participantHandlerFor(store);
  let accepted = 0;
  for (let n = firstParticipant; n < firstParticipant + participants; n += 1) {
    for (const command of w1Commands(n, randomUUID())) {
      const result = await handle(commandEnvelope(command));
      if (E.isLeft(result)) throw new Error(`command ${command.type} was not accepted: ${result.left.kind}`);
      accepted += 1;
    }
  }
  await store.close();
  process.stdout.write(`accepted ${accepted}\n`);
};

main(process.argv[2]!, Number(process.argv[3]), Number(process.argv[4])).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
