import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../support/cli';

describe('packtrace scan-parse', () => {
  it('prints GS1 AIs as JSON', async () => {
    const run = await runCliCaptured(['scan-parse', ']d20109506000123455\\x1d10LOT7A\\x1d21SN000451']);

    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output.ok).toBe(true);
    expect(output.kind).toBe('gs1');
    expect(output.ais).toEqual([
      { ai: '01', value: '09506000123455' },
      { ai: '10', value: 'LOT7A' },
      { ai: '21', value: 'SN000451' },
    ]);
  });

  it('prints a decode failure as JSON and exits 0', async () => {
    const run = await runCliCaptured(['scan-parse', '9506000101041']);

    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output.ok).toBe(false);
    expect(output.error.code).toBe('invalid-check-digit');
    expect(typeof output.error.message).toBe('string');
  });

  it('applies a configured GS substitute', async () => {
    const run = await runCliCaptured(['scan-parse', '--gs-substitute', '|', '010950600012345521SN12345|1727033110B77']);

    const output = JSON.parse(run.stdout);
    expect(output.ais).toEqual([
      { ai: '01', value: '09506000123455' },
      { ai: '21', value: 'SN12345' },
      { ai: '17', value: '270331' },
      { ai: '10', value: 'B77' },
    ]);
  });

  it('exits 2 without a RAW argument', async () => {
    const run = await runCliCaptured(['scan-parse']);

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/exactly one RAW/);
  });
});
