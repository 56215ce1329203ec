/** The 设置 panel edits spend-plan checkpoints as one line of text; users type 、 or ， as often as a comma. */

const SEPARATORS = /[,，、;；\s]+/;

export function parseCheckpoints(text: string): string[] {
  return text
    .split(SEPARATORS)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function formatCheckpoints(labels: readonly string[]): string {
  return labels.join('、');
}
