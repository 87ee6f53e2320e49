import { Catalogue, LocalDate, shippedCatalogue } from '@binaan/domain';
import { fixtureToday } from '../fixtures/fixture-values';

export interface ArbitraryOptions {
  readonly catalogue?: Catalogue;
  readonly today?: LocalDate;
}

export interface ResolvedOptions {
  readonly catalogue: Catalogue;
  readonly today: LocalDate;
  /** The earliest business date generated: the year the Malang programme began. */
  readonly earliest: LocalDate;
}

export const resolveOptions = ({
  catalogue = shippedCatalogue,
  today = fixtureToday,
}: ArbitraryOptions): ResolvedOptions => ({
  catalogue,
  today,
  earliest: '2019-01-01' as LocalDate,
});
