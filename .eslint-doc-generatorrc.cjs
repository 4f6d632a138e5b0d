/** @type {import('eslint-doc-generator').GenerateOptions} */
module.exports = {
  configEmoji: [['recommended', '✅']],
  ignoreConfig: ['legacy-recommended'],
  ruleDocSectionInclude: ['Rule Details', 'Options', 'When Not To Use It', 'Related'],
  ruleDocTitleFormat: 'prefix-name',
  urlConfigs: 'https://github.com/eslint-plugin-async-io/eslint-plugin-async-io#configs',
};
