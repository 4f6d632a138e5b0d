import noSyncFsInAsync from './no-sync-fs-in-async';

/** Every rule of the plugin, by name, in alphabetical order. */
export const rules = {
  'no-sync-fs-in-async': noSyncFsInAsync,
};
