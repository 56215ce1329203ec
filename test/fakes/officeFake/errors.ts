/** Errors shaped like OfficeExtension.Error: a `code` the adapter maps, and Excel's wording. */
export class FakeOfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export function propertyNotLoaded(prop: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function apiNotFound(member: string, version: string): FakeOfficeError {
  return new FakeOfficeError('ApiNotFound', `${member} needs ExcelApi ${version}, which this Excel does not support.`);
}
