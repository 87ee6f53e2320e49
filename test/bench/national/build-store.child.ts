/**
 * Builds the national-scale store in a data folder laid out as `npm start` lays it out (events.db,
 * keys.db, master.key), through command handling: createRuntime with projections off, W1 commands
 * from 50 concurrent writers, each working through its own participants one command at a time, so
 * the SQLite store's group commit (on by default) gathers their appends. Chains, seals of personal
 * data and enrolment reservations are written as every command writes them. Prints one JSON line.
 * Usage: build-store.child.ts <dataDir> <participants>
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { numberedParticipantId } from '@binaan/testing';
import { createRuntime } from '@binaan/runtime';
import { commandEnvelope, w1Clock, w1Command, W1_COMMANDS_PER_PARTICIPANT } from '../../support/w1-commands';
import { peakRssMb, timed } from '../bench-result';
import { runChild } from './run-child';

export const WRITERS = 50;

runChild(async ([dataDir, count]) => {
  const participants = Number(count);
  const runtime = await createRuntime({ dataDir: dataDir!, projections: 'off', clock: w1Clock });
  const commands = participants * W1_COMMANDS_PER_PARTICIPANT;
  let done = 0;
  const tenth = Math.max(1, Math.floor(commands / 10));
  const writer = async (w: number): Promise<void> => {
    for (let step = 0; step < W1_COMMANDS_PER_PARTICIPANT; step += 1) {
      for (let index = w; index < participants; index += WRITERS) {
        const result = await runtime.executeCommand(commandEnvelope(w1Command(index, numberedParticipantId(index + 1), step)));
        if (result._tag === 'Left') throw new Error(`W1 command was not accepted: ${JSON.stringify(result.left)}`);
        done += 1;
        if (done % tenth === 0) process.stderr.write(`national build: ${done}/${commands} commands\n`);
      }
    }
  };
  const built = await timed(() => Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w))));
  await runtime.close();
  const db = new Database(join(dataDir!, 'events.db'), { readonly: true });
  const { events } = db.prepare('SELECT count(*) AS events FROM events').get() as { events: number };
  db.close();
  return { participants, commands, events, seconds: built.seconds, writers: WRITERS, rss_mb: peakRssMb() };
});
