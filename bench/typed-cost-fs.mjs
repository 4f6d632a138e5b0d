// `node bench/typed-cost.mjs --rule no-sync-fs-in-async`, under the name the rule's docs give; same options.
import { main } from './typed-cost.mjs';

main(['--rule', 'no-sync-fs-in-async', ...process.argv.slice(2)]);
