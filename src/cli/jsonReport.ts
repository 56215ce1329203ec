/** The JSON document of `check --json`, exactly the fields contract.md lists (nothing engine-internal). */
import { Diagnostic } from '../engine/model/diagnostic';
import { ProfileId, ProjectTable } from '../engine/model/table';

export interface FileResult {
  file: string;
  tables: ProjectTable[];
  diagnostics: Diagnostic[];
}

function contractTable(t: ProjectTable): ProjectTable {
  return {
    sheet: t.sheet,
    range: t.range,
    title: t.title,
    unit: t.unit,
    moneyUnit: t.moneyUnit,
    projectCode: t.projectCode,
    projectName: t.projectName,
    budget: { total: t.budget.total, fiscal: t.budget.fiscal, other: t.budget.other },
    purpose: t.purpose,
    spendPlan: t.spendPlan.map((s) => ({ label: s.label, percent: s.percent, cell: s.cell })),
    goal: t.goal,
    indicators: t.indicators.map((i) => ({
      level1: i.level1,
      level2: i.level2,
      level3: i.level3,
      description: i.description,
      value: i.value,
      basis: i.basis,
      parsed: i.parsed ? { op: i.parsed.op, number: i.parsed.number, unit: i.parsed.unit } : null,
      row: i.row,
    })),
  };
}

function contractDiagnostic(d: Diagnostic): Diagnostic {
  return { rule: d.rule, severity: d.severity, sheet: d.sheet, cell: d.cell, message: d.message };
}

export function checkJson(profile: ProfileId, files: FileResult[]): string {
  const doc = {
    profile,
    files: files.map((f) => ({
      file: f.file,
      tables: f.tables.map(contractTable),
      diagnostics: f.diagnostics.map(contractDiagnostic),
    })),
  };
  return JSON.stringify(doc, null, 2);
}
