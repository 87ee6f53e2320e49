import { Query } from '@nestjs/cqrs';
import type { Catalogue } from '@binaan/domain';

export type CatalogueView = Pick<Catalogue, 'programmes' | 'facilities' | 'regencies'>;

export class GetProgrammesQuery extends Query<CatalogueView> {}
