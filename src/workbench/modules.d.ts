/**
 * Declarations for what the workbench imports but TypeScript's "node" module resolution (tsconfig.json)
 * cannot see: text assets bundled as strings, and Univer entry points published only through package
 * "exports". Only the parts the workbench uses are declared; the bundler (esbuild) resolves the real files.
 */
declare module '*.txt' {
  const text: string;
  export default text;
}

declare module '@univerjs/core/facade' {
  export const FUniver: { newAPI(univer: unknown): unknown };
}

declare module '@univerjs/preset-sheets-core' {
  export function UniverSheetsCorePreset(config?: Record<string, unknown>): { plugins: unknown[] };
}

declare module '@univerjs/preset-sheets-data-validation' {
  export function UniverSheetsDataValidationPreset(config?: Record<string, unknown>): { plugins: unknown[] };
}

declare module '@univerjs/preset-sheets-core/locales/zh-CN' {
  const locale: Record<string, unknown>;
  export default locale;
}

declare module '@univerjs/preset-sheets-data-validation/locales/zh-CN' {
  const locale: Record<string, unknown>;
  export default locale;
}
