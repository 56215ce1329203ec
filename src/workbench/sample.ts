/**
 * The workbook the workbench opens with: the seed document as pasted from Word into one sheet, built by the
 * same code as the sample .xlsx (src/samples/seedWorkbook.ts). The seed text is bundled as a string.
 */
import seedText from '../../samples/seed-2023-卢龙县市场监督管理局.txt';
import { pastedWorkbook } from '../samples/seedWorkbook';
import { parseSeedText } from '../samples/seedText';
import { excelToUniver, OpenedWorkbook } from './xlsxBridge';

export function sampleWorkbook(name: string): OpenedWorkbook {
  return excelToUniver(pastedWorkbook(parseSeedText(seedText)), name);
}
