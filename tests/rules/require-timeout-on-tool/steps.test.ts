import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { runWithData } from '../../rule-tester';

// The AI SDK's `timeout: { stepMs }` bounds each step; the run takes at most as many steps as `stopWhen` allows
// (ai 7.0.173's source: `isStepCount(n)`, also exported as `stepCountIs`, stops when `steps.length === n`; an array
// stops at its first condition that holds; without `stopWhen` generateText and streamText run one step, the agent
// twenty). Where the code fixes that count, the run's deadline is stepMs × steps: bounded, under `strict` too.
const strict = [{ strict: true }] as const;

const stepsUnbounded = (code: string, name: string, column: number, endColumn: number, title: string) => ({
  code,
  options: strict,
  output: null,
  errors: [{ messageId: 'stepsUnbounded' as const, data: { name }, line: 2, column, endLine: 2, endColumn }],
  name: title,
});

runWithData(new RuleTester(), 'require-timeout-on-tool', rule, {
  valid: [
    // No stopWhen: one step for a call, twenty for the agent.
    {
      code: `import { generateText } from 'ai';\nawait generateText({ model, prompt, timeout: { stepMs: 10_000 } });`,
      options: strict,
    },
    {
      code: `import { streamText } from 'ai';\nstreamText({ model, prompt, timeout: { stepMs: 10_000 } });`,
      options: strict,
    },
    {
      code: `import { ToolLoopAgent } from 'ai';
const agent = new ToolLoopAgent({ model, tools, timeout: { stepMs: 10_000 } });
await agent.generate({ prompt });
agent.stream({ prompt });`,
      options: strict,
    },
    // `stopWhen: undefined` / `void 0` is the SDK's default; so is `null` for the agent (`settings.stopWhen ?? …`).
    {
      code: `import { generateText, streamText, ToolLoopAgent } from 'ai';
await generateText({ model, prompt, tools, stopWhen: undefined, timeout: { stepMs: 10_000 } });
streamText({ model, prompt, tools, stopWhen: void 0, timeout: { stepMs: 10_000 } });
const agent = new ToolLoopAgent({ model, tools, stopWhen: null, timeout: { stepMs: 10_000 } });
await agent.generate({ prompt });
const other = new ToolLoopAgent({ model, tools, stopWhen: undefined, timeout: { stepMs: 10_000 } });
other.stream({ prompt });`,
      options: strict,
      name: 'stopWhen set to undefined, void 0 or (for the agent) null takes the default steps',
    },
    // A step count from 'ai': by either name, through the namespace, a const, in an array with ai's own conditions.
    {
      code: `import { generateText, stepCountIs, isStepCount, hasToolCall } from 'ai';
import * as ai from 'ai';
const MAX_STEPS = 5;
const stop = stepCountIs(MAX_STEPS);
await generateText({ model, prompt, tools, stopWhen: stepCountIs(5), timeout: { stepMs: 10_000 } });
await generateText({ model, prompt, tools, stopWhen: isStepCount(3), timeout: { stepMs: 10_000 } });
await generateText({ model, prompt, tools, stopWhen: ai.stepCountIs(3), timeout: { stepMs: 10_000 } });
await generateText({ model, prompt, tools, stopWhen: stop, timeout: { stepMs: 10_000 } });
await generateText({ model, prompt, tools, stopWhen: [stepCountIs(5), hasToolCall('done')], timeout: { stepMs: 10_000 } });`,
      options: strict,
    },
    {
      code: `import { ToolLoopAgent, stepCountIs } from 'ai';
const agent = new ToolLoopAgent({ model, tools, stopWhen: stepCountIs(50), timeout: { stepMs: 10_000 } });
await agent.generate({ prompt });`,
      options: strict,
    },
  ],
  invalid: [
    stepsUnbounded(
      `import { generateText, hasToolCall } from 'ai';
await generateText({ model, prompt, tools, stopWhen: hasToolCall('done'), timeout: { stepMs: 10_000 } });`,
      'ai.generateText',
      7,
      105,
      'hasToolCall alone: the loop runs until the model calls it',
    ),
    stepsUnbounded(
      `import { generateText, stepCountIs } from 'ai';
await generateText({ model, prompt, tools, stopWhen: stepCountIs(maxSteps), timeout: { stepMs: 10_000 } });`,
      'ai.generateText',
      7,
      107,
      'a step count the code does not fix',
    ),
    stepsUnbounded(
      `import { generateText, stepCountIs } from 'ai';
await generateText({ model, prompt, tools, stopWhen: stepCountIs(0), timeout: { stepMs: 10_000 } });`,
      'ai.generateText',
      7,
      100,
      'stepCountIs(0) never holds after a step: it never stops the loop',
    ),
    stepsUnbounded(
      `import { streamText, stepCountIs } from 'ai';
streamText({ model, prompt, tools, stopWhen: [stepCountIs(5), ({ steps }) => isDone(steps)], timeout: { stepMs: 10_000 } });`,
      'ai.streamText',
      1,
      124,
      'a custom condition in the array may never settle, between two steps',
    ),
    stepsUnbounded(
      `import { generateText } from 'ai'; import { stepCountIs } from './limits';
await generateText({ model, prompt, tools, stopWhen: stepCountIs(5), timeout: { stepMs: 10_000 } });`,
      'ai.generateText',
      7,
      100,
      'a stepCountIs of the project, not of ai',
    ),
    stepsUnbounded(
      `import { ToolLoopAgent } from 'ai';
const agent = new ToolLoopAgent({ model, tools, timeout: { stepMs: 10_000 }, prepareCall }); await agent.generate({ prompt });`,
      'ToolLoopAgent.generate',
      100,
      126,
      "the agent's prepareCall may set another stopWhen",
    ),
  ],
});
