import { AccountNotFoundError, checkedRole, type Account, type AccountService } from '@binaan/accounts';
import type { Command } from 'commander';
import { cliActor } from '../actor/cli-actor';
import type { CliIo } from '../cli/cli-io';
import { ExitCode } from '../cli/exit-codes';
import { UserError } from '../cli/user-error';
import { parseFormat } from '../options/output-format';
import { DEFAULT_STORE, parseStoreLocation } from '../options/store-location';
import { asUserError } from '../users/account-input-error';
import { withAccounts } from '../users/open-accounts';
import { choosePassword, type ChosenPassword, type PasswordOptionValues } from '../users/password-options';
import { accountJson, renderAccountTable, renderChanges } from '../users/render-accounts';
import { collect, scopeFromOptions, type ScopeOptionValues } from '../users/scope-options';

interface StoreOption {
  readonly store: string;
}

interface AddOptions extends StoreOption, ScopeOptionValues, PasswordOptionValues {
  readonly name: string;
  readonly role: string;
  readonly external?: boolean;
}

const withStore = (command: Command): Command => command.option('--store <sqlite:PATH>', 'the data folder whose accounts.sqlite to use', DEFAULT_STORE);

const passwordOptions = (command: Command): Command =>
  command
    .option('--password-stdin', 'read the password from the first line of standard input')
    .option('--password <PASSWORD>', 'the password in the arguments (visible to other users of this machine: prefer --password-stdin)');

const printPassword = (io: CliIo, account: Account, chosen: ChosenPassword): void => {
  if (chosen.generated) io.stdout.write(`password: ${chosen.password}\n(shown once: hand it over in person; it is stored only as a hash)\n`);
  if (!chosen.generated) io.stdout.write(`account ${account.id}: password set\n`);
};

/**
 * `binaan users`: the staff accounts of a data folder. Whoever runs it holds the data folder, the
 * supervisor's role; every change is logged in account_changes with `cli:<login>` (or BINAAN_ACTOR).
 */
export const registerUsers = (program: Command, io: CliIo, finish: (code: ExitCode) => void): void => {
  const users = program.command('users').description('staff accounts: add, list, change, disable, enable, reset a password, the change log');
  const run = async (store: string, work: (accounts: AccountService) => Promise<void>, mayCreate = false): Promise<void> => {
    try {
      await withAccounts(parseStoreLocation({ store }, io.env), mayCreate, work);
    } catch (error) {
      throw asUserError(error);
    }
    finish(ExitCode.ok);
  };

  withStore(
    passwordOptions(
      users
        .command('add <username>')
        .description('add an account: the username is the login name and the actor id in the record, and never changes')
        .requiredOption('--name <NAME>', "the person's name, shown on screens (never written into events or logs)")
        .requiredOption('--role <ROLE>', 'registrar, assessor, caseworker, auditor, viewer or admin')
        .option('--facility <ID>', 'a facility the account works in (repeatable)', collect, [])
        .option('--programme <ID>', 'a programme the account works for, e.g. those of an assessor’s provider (repeatable)', collect, [])
        .option('--national', 'every facility and every programme')
        .option('--external', 'signs in elsewhere (OpenID Connect): no password here'),
    ),
  ).action(async (username: string, options: AddOptions) =>
    run(options.store, async (accounts) => {
      const role = checkedRole(options.role);
      const scope = scopeFromOptions(options);
      const chosen = options.external === true ? undefined : await choosePassword(options, io);
      const account = await accounts.add(
        { id: username, displayName: options.name, role, scope, external: options.external === true, ...(chosen === undefined ? {} : { password: chosen.password }) },
        cliActor(io.env).id,
      );
      io.stdout.write(`added ${account.id} (${account.role})\n`);
      if (chosen !== undefined && chosen.generated) printPassword(io, account, chosen);
    }, true),
  );

  withStore(users.command('list').description('every account: username, role, status, scope, name').option('--format <table|json>', 'output format', 'table')).action(
    async (options: StoreOption & { readonly format: string }) => {
      const format = parseFormat(options.format, ['table', 'json'] as const);
      await run(options.store, async (accounts) => {
        const all = await accounts.list();
        io.stdout.write(format === 'json' ? `${JSON.stringify(all.map(accountJson), null, 2)}\n` : renderAccountTable(all));
      });
    },
  );

  withStore(users.command('disable <username>').description('stop the account at once: its sessions end, its tokens fail from the next request')).action(
    async (username: string, options: StoreOption) =>
      run(options.store, async (accounts) => {
        await accounts.disable(username, cliActor(io.env).id);
        io.stdout.write(`disabled ${username}: its sessions are ended and its tokens refused\n`);
      }),
  );

  withStore(users.command('enable <username>').description('let a disabled account sign in again')).action(async (username: string, options: StoreOption) =>
    run(options.store, async (accounts) => {
      await accounts.enable(username, cliActor(io.env).id);
      io.stdout.write(`enabled ${username}\n`);
    }),
  );

  withStore(
    passwordOptions(users.command('reset-password <username>').description('a new password (made at random unless given): every earlier token and session stops working')),
  ).action(async (username: string, options: StoreOption & PasswordOptionValues) =>
    run(options.store, async (accounts) => {
      const chosen = await choosePassword(options, io);
      const account = await accounts.resetPassword(username, chosen.password, cliActor(io.env).id);
      io.stdout.write(`reset the password of ${account.id}: earlier tokens and sessions no longer work\n`);
      printPassword(io, account, chosen);
    }),
  );

  withStore(
    users
      .command('change <username>')
      .description("change an account's role, or where it works (--facility/--programme or --national); its sessions and tokens follow at once")
      .option('--role <ROLE>', 'the new role')
      .option('--facility <ID>', 'a facility the account works in (repeatable; replaces the scope)', collect, [])
      .option('--programme <ID>', 'a programme the account works for (repeatable; replaces the scope)', collect, [])
      .option('--national', 'every facility and every programme'),
  ).action(async (username: string, options: StoreOption & ScopeOptionValues & { readonly role?: string }) =>
    run(options.store, async (accounts) => {
      const scopeGiven = options.national === true || options.facility.length > 0 || options.programme.length > 0;
      if (options.role === undefined && !scopeGiven) {
        throw new UserError('nothing to change', 'Give --role, or --facility/--programme/--national');
      }
      const by = cliActor(io.env).id;
      const role = options.role === undefined ? undefined : checkedRole(options.role);
      const scope = scopeGiven ? scopeFromOptions(options) : undefined;
      if ((await accounts.find(username)) === undefined) throw new AccountNotFoundError(username);
      if (role !== undefined) await accounts.changeRole(username, role, by);
      if (scope !== undefined) await accounts.changeScope(username, scope, by);
      const account = await accounts.find(username);
      io.stdout.write(`changed ${username}: ${account?.role ?? ''}, ${JSON.stringify(account?.scope)}\n`);
    }),
  );

  withStore(users.command('changes [username]').description('the account change log: who created, disabled, enabled, reset or changed which account, and when')).action(
    async (username: string | undefined, options: StoreOption) =>
      run(options.store, async (accounts) => {
        io.stdout.write(renderChanges(await accounts.changes(username)));
      }),
  );
};
