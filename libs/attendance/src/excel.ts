import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded on first use: it costs about 30 MB of memory in every API process once required,
 * and only the XLSX report and the XLSX import need it (issue 13's RSS target under load).
 */
export async function loadExcel(): Promise<typeof ExcelJS> {
  const loaded = await import('exceljs');
  return loaded.default;
}
