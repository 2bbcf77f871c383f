/**
 * @arende/core/node: what needs Node's file system. The main entry stays free of `node:` imports so
 * that the web page bundles it as it is; the CLI and the extension import these from here.
 */
export { findConfigFile, loadConfig } from './config-file.js';
export { imageFileStatus, nodeFileProbe, nodeHandlingLoader, resolveDraftRelative } from './node-files.js';
