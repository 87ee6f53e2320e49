import type { ProjectionStatus } from '@binaan/projections';
import { toJson } from '../output/json';
import { renderTable } from '../output/table';

export const renderStatusTable = (statuses: readonly ProjectionStatus[]): string =>
  renderTable(
    ['projection', 'version', 'state', 'position', 'lag (events)', 'lag (s)', 'failure'],
    statuses.map((status) => [
      status.name,
      status.version,
      status.state,
      status.position,
      `${status.lagEvents}${status.lagEventsCapped ? '+' : ''}`,
      Math.round(status.lagSeconds),
      status.failure === null ? '' : `at position ${status.failure.position}: ${status.failure.message}`,
    ]),
  );

export const renderStatusJson = (statuses: readonly ProjectionStatus[]): string => toJson(statuses) + '\n';
