import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { BINAAN_RUNTIME, type ApiRuntime } from '../../runtime/binaan-runtime.port';
import { GetProgrammesQuery, type CatalogueView } from './get-programmes.query';

@QueryHandler(GetProgrammesQuery)
export class GetProgrammesHandler implements IQueryHandler<GetProgrammesQuery> {
  constructor(@Inject(BINAAN_RUNTIME) private readonly runtime: ApiRuntime) {}

  execute(): Promise<CatalogueView> {
    const { programmes, facilities } = this.runtime.catalogue;
    return Promise.resolve({ programmes, facilities });
  }
}
