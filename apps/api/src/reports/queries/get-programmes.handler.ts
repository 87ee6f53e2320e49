import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { API_RUNTIME, type ApiRuntime } from '../../runtime/api-runtime.port';
import { GetProgrammesQuery, type CatalogueView } from './get-programmes.query';

@QueryHandler(GetProgrammesQuery)
export class GetProgrammesHandler implements IQueryHandler<GetProgrammesQuery> {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  execute(): Promise<CatalogueView> {
    const { programmes, facilities, regencies } = this.runtime.catalogue;
    return Promise.resolve({ programmes, facilities, regencies });
  }
}
