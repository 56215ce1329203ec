/**
 * The ribbon's function file (commands.html): 插入模板 runs the assistant's insertTemplate through the
 * Excel adapter, the same code path as the task pane's button, without opening the pane.
 */
import { Assistant } from '../app/assistant';
import { ExcelHost } from '../hosts/excel/excelHost';

type CommandEvent = { completed: () => void };

async function insertTemplate(event: CommandEvent): Promise<void> {
  try {
    await new Assistant(new ExcelHost()).insertTemplate();
  } catch (error) {
    // A function command has no surface of its own; the task pane shows errors with context. Log for the
    // F12 tools and let Office end the command.
    console.error(error);
  } finally {
    event.completed();
  }
}

// Older Excel (2019) calls a global function of the function file by name; set it before Office looks.
(globalThis as unknown as Record<string, unknown>).insertTemplate = insertTemplate;

Office.onReady(() => {
  // Office.actions.associate is the current way.
  if (Office.actions && typeof Office.actions.associate === 'function') {
    Office.actions.associate('insertTemplate', insertTemplate);
  }
});
