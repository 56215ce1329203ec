/**
 * Turns whatever an operation threw into one Chinese sentence for a MessageBar. Host errors (Office.js,
 * WPS) often carry English text and stack traces; the user sees neither – only messages already written in
 * Chinese (the assistant's own) are passed through, first line only.
 */
import { UI } from '../strings/ui';

export type ActionName = keyof typeof UI.actionNames;

const CJK = /[\u4e00-\u9fff]/;
const MAX_REASON = 200;

export function describeError(action: ActionName, error: unknown): string {
  const name = UI.actionNames[action];
  const message = messageOf(error);
  if (message !== null && CJK.test(message)) {
    const firstLine = message.split(/\r?\n/)[0].trim();
    const reason = firstLine.length > MAX_REASON ? `${firstLine.slice(0, MAX_REASON)}…` : firstLine;
    return UI.errorWithReason(name, reason);
  }
  return UI.errorGeneric(name);
}

function messageOf(error: unknown): string | null {
  if (typeof error === 'string') return error;
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const m = (error as { message: unknown }).message;
    return typeof m === 'string' ? m : null;
  }
  return null;
}
