import noSyncFsInAsync from './no-sync-fs-in-async';
import requireTimeoutOnTool from './require-timeout-on-tool';

/** Every rule of the plugin, by name, in alphabetical order. */
export const rules = {
  'no-sync-fs-in-async': noSyncFsInAsync,
  'require-timeout-on-tool': requireTimeoutOnTool,
};
