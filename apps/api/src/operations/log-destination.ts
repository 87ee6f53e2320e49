import pino, { type DestinationStream } from 'pino';
import PinoPretty from 'pino-pretty';

/**
 * Where the API's log lines go: JSON lines for machines (a pipe, a file, a log collector), and the
 * same lines printed plainly (time, level, message, fields) when a person watches a terminal.
 * Both write synchronously, so nothing logged before a crash is lost.
 */
export const logDestination = (stdoutIsTerminal: boolean = process.stdout.isTTY === true): DestinationStream =>
  stdoutIsTerminal
    ? PinoPretty({ destination: 1, sync: true, colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,service' })
    : pino.destination({ dest: 1, sync: true });
