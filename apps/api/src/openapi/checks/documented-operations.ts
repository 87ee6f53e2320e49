import type { OpenAPIObject, OperationObject, PathItemObject } from '@nestjs/swagger';

export interface DocumentedOperation {
  readonly method: string;
  readonly path: string;
  readonly operation: OperationObject;
}

const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const satisfies readonly (keyof PathItemObject)[];

/** Every operation of the document with its method and path, in the document's order. */
export const documentedOperations = (document: OpenAPIObject): readonly DocumentedOperation[] =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    httpMethods.flatMap((method) => {
      const operation = item[method];
      return operation === undefined ? [] : [{ method, path, operation }];
    }),
  );
