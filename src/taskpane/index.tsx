/** Excel entry (taskpane.html; office.js is loaded by a <script> tag before this bundle). */
import { boot } from './boot';

const container = document.getElementById('container');
if (container) void boot(container);
