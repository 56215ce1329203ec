/**
 * Jest transform for the ESM-only packages Univer's CommonJS build requires (lodash-es, nanoid, rbush, …):
 * esbuild turns each file into CommonJS. Scoped in jest.config.js to those packages only; everything else
 * keeps ts-jest.
 */
const { transformSync } = require('esbuild');
const crypto = require('crypto');

module.exports = {
  process(source, filename) {
    const out = transformSync(source, { loader: 'js', format: 'cjs', target: 'node20', sourcefile: filename, sourcemap: 'inline' });
    return { code: out.code };
  },
  getCacheKey(source, filename) {
    return crypto.createHash('sha1').update('esbuild-cjs-1').update(filename).update(source).digest('hex');
  },
};
