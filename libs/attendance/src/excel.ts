import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded on first use: it adds about 9 MB of RSS to every API process once required,
 * and only the XLSX report and the XLSX import need it (issue 13's RSS target under load).
 */
export async function loadExcel(): Promise<typeof ExcelJS> {
  const loaded = await import('exceljs');
  return loaded.default;
}
