// eslint-disable-next-line @nx/enforce-module-boundaries -- the CLI tests drive the command line in-process
import { runCli } from '@binaan/cli';

export interface BinaanRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `binaan` in this process with its output captured: the same code path as the command line. */
export const runBinaan = async (
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
  stdin?: string,
): Promise<BinaanRun> => {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: { ...env },
    stdoutIsTerminal: false,
    ...(stdin === undefined ? {} : { readStdin: async () => stdin }),
  });
  return { code, stdout, stderr };
};

/** `binaan ... --format json`, parsed; fails the test with the output when it is not JSON. */
export const runBinaanJson = async <T>(args: readonly string[], env: Readonly<Record<string, string | undefined>> = {}) => {
  const run = await runBinaan([...args, '--format', 'json'], env);
  try {
    return { ...run, json: JSON.parse(run.stdout) as T };
  } catch {
    throw new Error(`not JSON (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  }
};
