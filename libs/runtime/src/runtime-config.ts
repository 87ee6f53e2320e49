/** Where Binaan keeps its data and which stores it uses (README "Running"). */
export interface RuntimeConfig {
  /** The embedded store's folder: events.db, keys.db, read-models.db, master.key. Created 0700 if missing. */
  readonly dataDir: string;
  /** Moves the events to EventStoreDB, e.g. `esdb://localhost:2113?tls=false`. */
  readonly esdbUrl?: string;
  /** Moves the read models and the key store to PostgreSQL, e.g. `postgres://user@host:5432/binaan`. */
  readonly pgUrl?: string;
  /**
   * A read replica of PG_URL's database for the report queries (outcomes, worklist, audit log), e.g. a
   * streaming-replication standby. Opened read-only; without it, reports read PG_URL.
   */
  readonly pgReadUrl?: string;
  /** `in-process` (default) runs the projections here; `off` leaves them to a separate worker process. */
  readonly projections?: 'in-process' | 'off';
  /** The server clock; tests and the demo seed pass their own. */
  readonly clock?: () => Date;
  /** Read by loadMasterKey (BINAAN_MASTER_KEY) and for coverage eligibility (BINAAN_COVERAGE_ELIGIBLE_CLASSES); defaults to process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}
