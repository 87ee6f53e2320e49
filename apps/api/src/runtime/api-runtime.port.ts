import type { SubjectReport, SubjectReportRequest } from '@binaan/runtime';
import type { RecordDisclosure } from '@binaan/command-handling';
import type * as E from 'fp-ts/Either';
import type {
  AsOf,
  AuditLogRow,
  FacilityCoverageQuery,
  FacilityCoverageRow,
  FollowUpsDuePage,
  FollowUpsDueQuery,
  OpenedDirectoryEntry,
  FacilityStageRow,
  MedianFilter,
  ParticipantStatusRow,
  ProgrammeOutcomeRow,
} from '@binaan/projections';
import type { Catalogue, ParticipantCommandInput, ParticipantId, ParticipantPlace, ParticipantScope, RecordFacilityPopulation } from '@binaan/domain';
import type { CommandAccepted, CommandEnvelope, CommandFailure, FacilityCommandError, ParticipantCommandError } from '@binaan/command-handling';
import type { EventStore } from '@binaan/event-store';
import type { OpenedContactDetails } from './open-contact-details';

/** The Nest injection token of the one provider through which the API reaches domain, store and read models. */
export const API_RUNTIME = 'API_RUNTIME';

/** A conflict, or a rejection: a DomainError of the decider or a rule command handling enforces across streams. */
export type ApiCommandFailure = CommandFailure<ParticipantCommandError>;
export type ApiCommandResult = E.Either<ApiCommandFailure, CommandAccepted>;
export type ApiFacilityCommandResult = E.Either<CommandFailure<FacilityCommandError>, CommandAccepted>;

/** As @binaan/projections' GroupFilter. */
export interface OutcomeFilter {
  readonly programmeId?: string;
  readonly facilityId?: string;
  /** `YYYY-MM`, the month of enrolment. */
  readonly cohort?: string;
}

export interface AuditFilter {
  /** Keyset paging: rows after this global position, in position order. */
  readonly afterPosition?: bigint;
  readonly limit: number;
  readonly streamName?: string;
  readonly actorId?: string;
  readonly eventType?: string;
  /** Inclusive bounds on the recorded time (ISO-8601 instants). */
  readonly recordedFrom?: string;
  readonly recordedUntil?: string;
}


export interface ParticipantReplay {
  readonly status: ParticipantStatusRow | undefined;
  readonly events: readonly AuditLogRow[];
}

/** The read models, as the API queries them. Rows are the domain's read-model row types, column for column. */
export interface ApiReadModels {
  readonly participantStatus: (participantId: string) => Promise<ParticipantStatusRow | undefined>;
  /** Her name and registration number, opened from the directory's sealed copies; undefined when unknown or erased. */
  readonly participantDirectoryEntry: (participantId: string) => Promise<OpenedDirectoryEntry | undefined>;
  /** The same for many participants at once (one read of the directory); erased ones come back as such. */
  readonly participantDirectoryEntries: (participantIds: readonly string[]) => Promise<readonly OpenedDirectoryEntry[]>;
  readonly programmeOutcomes: (filter: OutcomeFilter) => Promise<readonly ProgrammeOutcomeRow[]>;
  /** The status rows of the participants in the groups: who a figure counts. */
  readonly participantStatusRows: (filter: OutcomeFilter) => Promise<readonly ParticipantStatusRow[]>;
  /** The streams a command id already wrote to (from the audit log on the primary). */
  readonly streamsOfCommand: (commandId: string) => Promise<readonly string[]>;
  /** Each stage of a programme × cohort counted at the unit where it happened. */
  readonly facilityStages: (filter: { readonly programmeId?: string; readonly cohort?: string }) => Promise<readonly FacilityStageRow[]>;
  /** The median days to first income over the participants of the groups, worked out by the database. */
  readonly medianDaysToFirstIncome: (filter: MedianFilter) => Promise<number | null>;
  /** The follow-ups due or overdue on `today`: counts over the whole list and one page of it, as queryFollowUpsDue gives them. */
  readonly followUpsDue: (query: FollowUpsDueQuery) => Promise<FollowUpsDuePage>;
  readonly auditLog: (filter: AuditFilter) => Promise<readonly AuditLogRow[]>;
  /** facility_coverage: eligible people in the programme over people held, per facility and month. */
  readonly facilityCoverage: (query: FacilityCoverageQuery) => Promise<readonly FacilityCoverageRow[]>;
}

/** What the API reads of a projection's status: a subset of @binaan/projections' ProjectionStatus. */
export interface ProjectionStatus {
  readonly name: string;
  readonly state: string;
  /** The last global position applied; null before the first event. */
  readonly position: bigint | null;
  readonly lagEvents: number;
  readonly lagSeconds: number;
  /** Why the live loop ended, when it ended for a reason other than a projection failure. */
  readonly stoppedBy: string | null;
  /** What the event store passed over in `$all` as not Binaan's (EventStoreDB); null for a store of Binaan's events only. */
  readonly skipped: {
    readonly system: number;
    readonly links: number;
    readonly foreign: number;
    readonly foreignStreams: number;
  } | null;
}

export interface ApiProjections {
  readonly status: () => Promise<readonly ProjectionStatus[]>;
  /** Resolves once every projection has applied every event stored before the call. */
  readonly waitUntilCaughtUp: (options?: { readonly timeoutMs?: number }) => Promise<void>;
}

/**
 * Everything the API needs from Binaan, and nothing more. `apiRuntimeFrom` (api-runtime.ts) builds it
 * from `@binaan/runtime`'s BinaanRuntime; the API owns the instance it is given and closes it on shutdown.
 */
export interface ApiRuntime {
  readonly catalogue: Catalogue;
  /** The server clock: "today" for date rules, and recordedAt. */
  readonly clock: () => Date;
  /** Health checks and stream revisions (ETag of a read) go straight to the store. */
  readonly store: Pick<EventStore, 'readAll' | 'readStream'>;
  /**
   * Seals the personal data, then load → decide → append (see docs/architecture.md, "How a command travels"),
   * for a participant within the caller's scope only, judged on her own stream ("Who sees whom").
   */
  readonly executeCommand: (envelope: CommandEnvelope<ParticipantCommandInput>, scope: ParticipantScope) => Promise<ApiCommandResult>;
  /** Where a participant belongs now (unit and programme), from her own stream; undefined for an id nobody enrolled. */
  readonly participantPlace: (participantId: ParticipantId) => Promise<ParticipantPlace | undefined>;
  /** A prison unit's population count, in its own stream. */
  readonly executeFacilityCommand: (envelope: CommandEnvelope<RecordFacilityPopulation>) => Promise<ApiFacilityCommandResult>;
  /**
   * The fingerprint executeCommand stores with the command's events (keyed where the command holds
   * personal data; the key stays in the runtime). The idempotency registry compares these, so it and
   * the store agree on what is the same command.
   */
  readonly fingerprintCommand: (envelope: CommandEnvelope<ParticipantCommandInput>) => string;
  readonly readModels: ApiReadModels;
  readonly projections: ApiProjections;
  /** In-memory replay with the live reducers; touches no live table. */
  readonly replayParticipantAsOf: (participantId: string, asOf: AsOf) => Promise<ParticipantReplay>;
  /** Stops the projections after storing their checkpoints, then closes the stores. */
  /** Appends an entry to the record of who was shown personal data; call it before answering. */
  readonly recordDisclosure: RecordDisclosure;
  /** How to reach her after release, opened from her stream; undefined when never given or erased. Record the disclosure first. */
  readonly contactDetails: (participantId: string) => Promise<OpenedContactDetails | undefined>;
  /** Everything held about one person, its own disclosure recorded first; SubjectNotFoundError for an unknown id. */
  readonly subjectReport: (request: SubjectReportRequest) => Promise<SubjectReport>;
  readonly close: () => Promise<void>;
}
