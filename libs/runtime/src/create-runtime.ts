import { shippedCatalogue, type Catalogue, type ParticipantCommandInput, type RecordFacilityPopulation } from '@binaan/domain';
import {
  type ReadModelName,
  createProjectionRunner,
  defaultProjections,
  openParticipantDirectory,
  replayAsOf,
  type OpenedDirectoryEntry,
  type ProjectionRunner,
  type ReadModelStore,
  type ReplayedReadModels,
} from '@binaan/projections';
import { createImportIdentity, type ImportIdentity } from './import/import-identity';
import {
  createDisclosureRecorder,
  createFacilityCommandHandler,
  createParticipantCommandHandler,
  createParticipantPlaceReader,
  participantCommandFingerprint,
  type CommandEnvelope,
  type FacilityCommandHandler,
  type ParticipantCommandHandler,
  type ParticipantPlaceReader,
  type RecordDisclosure,
} from '@binaan/command-handling';
import { createPersonalDataVault, loadMasterKey, type PersonalDataVault } from '@binaan/personal-data';
import { type EventStore } from '@binaan/event-store';
import { coverageEligibilityFrom } from './coverage-eligibility-setting';
import { oneStreamView } from './one-stream-view';
import { waitForProjections } from './wait-for-projections';
import { type SubjectReport } from './subject-report/build-subject-report';
import { createSubjectReport, type SubjectReportRequest } from './subject-report/subject-report';
import { ensureDataDir, openEventStore, openKeyStore, openReadModelStore, openReportReadModelStore } from './open-stores';
import type { RuntimeConfig } from './runtime-config';

type AsOf = Parameters<typeof replayAsOf>[1];

/** Everything the API, the CLI and the demo seed need, wired once from a RuntimeConfig. */
export interface BinaanRuntime {
  readonly config: RuntimeConfig;
  readonly catalogue: Catalogue;
  readonly store: EventStore;
  readonly vault: PersonalDataVault;
  readonly readModels: ReadModelStore;
  /** What report queries read: the PG_READ_URL replica when configured, else `readModels` itself. */
  readonly reportReadModels: ReadModelStore;
  /**
   * Names and registration numbers, opened from the directory's sealed copies on read (the read-model
   * database holds none in clear). The caller records the disclosure.
   */
  openParticipantNames(participantIds: readonly string[]): Promise<readonly OpenedDirectoryEntry[]>;
  readonly projections: ProjectionRunner;
  /** Load, decide, append; with the caller's scope, only for a participant within it (participant-access.ts in command handling). */
  readonly executeCommand: ParticipantCommandHandler;
  /** Where a participant belongs now (unit and programme), from her own stream: what a read checks the caller's scope against. */
  readonly participantPlace: ParticipantPlaceReader;
  /** The keyed ids `binaan import` gives the people and rows of a spreadsheet. */
  readonly importIdentity: ImportIdentity;
  /**
   * The fingerprint executeCommand stores with the command's events: equal fingerprints, same command.
   * The key it needs for commands with personal data stays in here.
   */
  fingerprintCommand(envelope: CommandEnvelope<ParticipantCommandInput>): string;
  replayAsOf(asOf: AsOf, names: readonly ReadModelName[]): Promise<ReplayedReadModels>;
  /** The same, over one stream only (e.g. one participant's history as of a date). */
  replayStreamAsOf(streamName: string, asOf: AsOf, names: readonly ReadModelName[]): Promise<ReplayedReadModels>;
  /**
   * Resolves once every projection has applied the event at `position` (read-your-writes for a
   * caller that just issued a command); rejects on a projection failure or after `timeoutMs`.
   */
  waitForProjections(position: bigint, timeoutMs?: number): Promise<void>;
  /** A prison unit's population count (its own stream); a registrar of that unit records it. */
  executeFacilityCommand(envelope: CommandEnvelope<RecordFacilityPopulation>): ReturnType<FacilityCommandHandler>;
  /**
   * Records that someone was shown personal data (who, about whom, for what), hash-chained in the
   * event store. Call it before answering: a disclosure that cannot be recorded is not made.
   */
  recordDisclosure: RecordDisclosure;
  /** Everything held about one person, its own disclosure recorded first (SubjectNotFoundError for an unknown id). */
  subjectReport(request: SubjectReportRequest): Promise<SubjectReport>;
  /** Stops the projections (their checkpoints are committed with every batch) and closes every store. */
  close(): Promise<void>;
}

export const createRuntime = async (config: RuntimeConfig): Promise<BinaanRuntime> => {
  if (config.esdbUrl === undefined || config.pgUrl === undefined) ensureDataDir(config.dataDir);
  const clock = config.clock ?? (() => new Date());
  const masterKey = loadMasterKey({ dataDir: config.dataDir, env: config.env ?? process.env });
  const keyStore = await openKeyStore(config, masterKey);
  const vault = createPersonalDataVault(keyStore);
  const store = openEventStore(config);
  const readModels = await openReadModelStore(config);
  const reportReadModels = await openReportReadModelStore(config, readModels);
  const projectionSet = defaultProjections({
    catalogue: shippedCatalogue,
    coverageEligibility: coverageEligibilityFrom(config.env ?? process.env),
  });
  const recordDisclosure = createDisclosureRecorder({ store, clock });
  const projections = createProjectionRunner({ eventStore: store, readModels, projections: projectionSet, clock });
  const fingerprintKey = masterKey.deriveKey('command-fingerprint');
  const executeCommand = createParticipantCommandHandler({
    store,
    catalogue: shippedCatalogue,
    vault,
    reservationKey: masterKey.deriveKey('enrolment-reservation'),
    fingerprintKey,
    clock,
  });
  if ((config.projections ?? 'in-process') === 'in-process') await projections.start();
  return {
    config,
    catalogue: shippedCatalogue,
    store,
    vault,
    readModels,
    reportReadModels,
    openParticipantNames: (participantIds) =>
      openParticipantDirectory(readModels, participantIds, (envelope, purpose) => vault.open(envelope, { purpose })),
    projections,
    executeCommand,
    importIdentity: createImportIdentity(masterKey.deriveKey('import-identity')),
    participantPlace: createParticipantPlaceReader({ store, catalogue: shippedCatalogue, clock }),
    fingerprintCommand: (envelope) => participantCommandFingerprint(envelope, fingerprintKey),
    replayAsOf: (asOf, names) => replayAsOf(store, asOf, names, { projections: projectionSet }),
    replayStreamAsOf: (streamName, asOf, names) =>
      replayAsOf(oneStreamView(store, streamName), asOf, names, { projections: projectionSet }),
    waitForProjections: (position, timeoutMs = 10_000) => waitForProjections(projections, position, timeoutMs),
    executeFacilityCommand: createFacilityCommandHandler({ store, catalogue: shippedCatalogue, clock }),
    recordDisclosure,
    subjectReport: createSubjectReport({ store, vault, recordDisclosure }),
    close: async () => {
      await projections.stop();
      if (reportReadModels !== readModels) await reportReadModels.close();
      await readModels.close();
      await store.close();
      await keyStore.close();
    },
  };
};
