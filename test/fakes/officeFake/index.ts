export { installOfficeFake } from './install';
export type { OfficeFake, OfficeFakeOptions } from './install';
export { FakeWorkbookState, FakeSheet } from './state';
export { FakeOfficeError } from './errors';
