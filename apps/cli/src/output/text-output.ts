import { once } from 'node:events';
import * as fs from 'node:fs';
import type { TextSink } from '../cli/cli-io';

/** Written text, waiting whenever the receiver is full, so a large export never piles up in memory. */
export interface TextOutput {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

const isEmitter = (sink: unknown): sink is NodeJS.EventEmitter => typeof (sink as NodeJS.EventEmitter).once === 'function';

export const outputTo = (sink: TextSink): TextOutput => ({
  write: async (text) => {
    if (sink.write(text) === false && isEmitter(sink)) await once(sink, 'drain');
  },
  close: async () => undefined,
});

/** A new file only (never overwriting), readable by its owner only when it holds personal data. */
export const outputToNewFile = (file: string, privateFile: boolean): TextOutput => {
  const stream = fs.createWriteStream(file, { flags: 'wx', mode: privateFile ? 0o600 : 0o644 });
  const opened = once(stream, 'open');
  return {
    write: async (text) => {
      await opened;
      if (!stream.write(text)) await once(stream, 'drain');
    },
    close: async () => {
      await opened;
      stream.end();
      await once(stream, 'finish');
    },
  };
};
