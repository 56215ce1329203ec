/** WPS entry (wps.html; no office.js on this page, so detection goes straight to the WPS globals). */
import { boot } from './boot';

const container = document.getElementById('container');
if (container) void boot(container);
