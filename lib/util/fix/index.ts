// The fixers, one per file: import them from here, or each from its own module.
export { createNameAllocator } from './createNameAllocator';
export { editBindingList } from './editBindingList';
export { insertArgument } from './insertArgument';
export { type AwaitWrapping, insertAwait, needsParenthesesAsAwait } from './insertAwait';
export { insertProperty } from './insertProperty';
export { mergeFixes } from './mergeFixes';
