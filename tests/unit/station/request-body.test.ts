import { describe, expect, it } from 'vitest';
import { defaultRequestLimitBytes, requestLimitBytesOf } from '../../../main/station/request-body';

describe('requestLimitBytesOf', () => {
  it('fits a 50 MB returns report', () => {
    // The report travels as base64, four characters for every three bytes, inside a JSON envelope.
    const reportBytes = 50 * 1024 * 1024;
    const bodyBytes = Math.ceil(reportBytes / 3) * 4 + 1024;

    expect(requestLimitBytesOf('returns.importAmazonReport')).toBeGreaterThanOrEqual(bodyBytes);
  });

  it('keeps the default for other channels', () => {
    expect(requestLimitBytesOf('returns.intakeUnit')).toBe(defaultRequestLimitBytes);
  });
});
