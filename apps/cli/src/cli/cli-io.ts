/** Where a command writes, and what it can see of its environment: injected so tests run the CLI in-process. */
export interface CliIo {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Progress bars are drawn only on a terminal; piped output stays clean. */
  readonly stdoutIsTerminal: boolean;
  /** All of standard input, for a secret that must not appear in the arguments (`--password-stdin`). */
  readonly readStdin?: () => Promise<string>;
}

export interface TextSink {
  write(text: string): unknown;
}

export const processIo = (): CliIo => ({
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  stdoutIsTerminal: process.stdout.isTTY === true,
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    return Buffer.concat(chunks).toString('utf8');
  },
});
