/** The baseline of `binaan verify`, as a process of its own like the command: raw read + SHA-256 of every row. Usage: raw-read-and-hash.child.ts <events.db> */
import { rawReadAndHash } from '../raw-read-and-hash';
import { runChild } from './run-child';

runChild(async ([file]) => ({ rows: rawReadAndHash(file!) }));
