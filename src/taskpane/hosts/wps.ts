/** WPS 表格 wiring: the assistant over the window.Application adapter. Loaded as its own chunk in WPS. */
import { AssistantApi } from '../../app/api';
import { Assistant } from '../../app/assistant';
import { WpsHost } from '../../hosts/wps/wpsHost';

export function createWpsAssistant(): AssistantApi {
  return new Assistant(new WpsHost());
}
