/** Excel wiring: the assistant over the Office.js adapter. Loaded as its own chunk once Excel is detected. */
import { AssistantApi } from '../../app/api';
import { Assistant } from '../../app/assistant';
import { ExcelHost } from '../../hosts/excel/excelHost';

export function createExcelAssistant(): AssistantApi {
  return new Assistant(new ExcelHost());
}
