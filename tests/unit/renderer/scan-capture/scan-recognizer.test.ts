import { describe, expect, it } from 'vitest';
import { ScanRecognizer } from '../../../../renderer/src/scan-capture/scan-recognizer';
import { defaultScannerProfile, scannerProfileWith } from '../../../../renderer/src/scan-capture/scanner-profile';
import { altCode, ctrlBracket, feed, key, press, typeText } from './key-sequence';

const noField = { textFieldFocused: false };
const inField = { textFieldFocused: true };

function recognizer(): ScanRecognizer {
  return new ScanRecognizer(defaultScannerProfile);
}

describe('ScanRecognizer suffixes', () => {
  it('commits on Enter suffix', () => {
    const burst = typeText('SN000453', 1000, 5);
    const result = feed(recognizer(), [...burst.events, ...press('Enter', burst.endAt + 5)], noField);

    expect(result.scans).toEqual(['SN000453']);
    expect(result.outputs[0]).toMatchObject({ endedBy: 'enter' });
    expect(result.consumed).toContain('Enter@keydown');
  });

  it('commits on Tab and consumes it', () => {
    const first = typeText('SN000453', 1000, 4);
    const second = typeText('SN000454', first.endAt + 300, 4);
    const events = [...first.events, ...press('Tab', first.endAt + 4), ...second.events, ...press('Tab', second.endAt + 4)];

    const result = feed(recognizer(), events, inField);

    expect(result.scans).toEqual(['SN000453', 'SN000454']);
    expect(result.consumed.filter((entry) => entry === 'Tab@keydown')).toHaveLength(2);
    expect(result.typed).toBe('');
  });

  it('commits without suffix after idle gap', () => {
    const first = typeText('SN000455', 1000, 6);
    const second = typeText('SN000456', first.endAt + 300, 6);

    const result = feed(recognizer(), [...first.events, ...second.events], noField);

    expect(result.scans).toEqual(['SN000455', 'SN000456']);
    expect(result.outputs.every((output) => output.kind === 'scan' && output.endedBy === 'idle')).toBe(true);
  });

  it('swallows late Enter after idle commit', () => {
    const burst = typeText('SN000455', 1000, 6);
    const lateEnter = burst.endAt + defaultScannerProfile.idleCommitMs + 40;

    const result = feed(recognizer(), [...burst.events, ...press('Enter', lateEnter)], inField);

    expect(result.scans).toEqual(['SN000455']);
    expect(result.consumed).toContain('Enter@keydown');
  });

  it('lets Enter through long after a scan', () => {
    const burst = typeText('SN000455', 1000, 6);
    const operatorEnter = burst.endAt + 2000;

    const result = feed(recognizer(), [...burst.events, ...press('Enter', operatorEnter)], noField);

    expect(result.scans).toEqual(['SN000455']);
    expect(result.consumed).not.toContain('Enter@keydown');
  });

  it('commits a stale burst on the next key', () => {
    const scanner = recognizer();
    const burst = typeText('SN000457', 1000, 5);
    for (const event of burst.events) {
      scanner.handleKey(event, noField);
    }

    // The idle timer never ran; a key long after the burst must settle it first.
    const outcome = scanner.handleKey(key('keydown', 'A', burst.endAt + 500), noField);

    expect(outcome.outputs).toEqual([{ kind: 'scan', raw: 'SN000457', endedBy: 'idle', check: { status: 'as-typed' } }]);
  });
});

describe('ScanRecognizer control characters', () => {
  it('maps Ctrl+] to GS in a GS1 burst', () => {
    const head = typeText('010950600012345510LOT7A', 1000, 3);
    const gs = ctrlBracket(head.endAt + 3);
    const tail = typeText('21SN000451', head.endAt + 6, 3);
    const events = [...head.events, ...gs, ...tail.events, ...press('Enter', tail.endAt + 3)];

    const result = feed(recognizer(), events, noField);

    expect(result.scans).toEqual(['010950600012345510LOT7A\u001d21SN000451']);
    expect(result.consumed).toContain(']@keydown');
  });

  it('maps Alt+0029 to GS in a GS1 burst', () => {
    const head = typeText('010950600012345510LOT7A', 1000, 3);
    const gs = altCode('0029', head.endAt + 3, 3);
    const tail = typeText('21SN000451', gs.endAt + 3, 3);
    const events = [...head.events, ...gs.events, ...tail.events, ...press('Enter', tail.endAt + 3)];

    const result = feed(recognizer(), events, inField);

    expect(result.scans).toEqual(['010950600012345510LOT7A\u001d21SN000451']);
    expect(result.typed).toBe('');
    expect(result.consumed).toContain('Alt@keyup');
    expect(result.consumed.filter((entry) => entry.endsWith('@keydown') && /^[0-9]@/.test(entry)).length).toBeGreaterThan(0);
  });

  it('maps Ctrl+^ to RS and Ctrl+D to EOT', () => {
    const head = typeText('[)>', 1000, 3);
    const events = [
      ...head.events,
      ...press('^', head.endAt + 3, { code: 'Digit6', ctrlKey: true, shiftKey: true }),
      ...typeText('06', head.endAt + 6, 3).events,
      ...press('d', head.endAt + 12, { code: 'KeyD', ctrlKey: true }),
      ...press('Enter', head.endAt + 15),
    ];

    const result = feed(recognizer(), events, noField);

    expect(result.scans).toEqual(['[)>\u001e06\u0004']);
  });

  it('consumes Ctrl+D even when typed alone', () => {
    const result = feed(recognizer(), press('d', 1000, { code: 'KeyD', ctrlKey: true }), noField);

    expect(result.consumed).toEqual(['d@keydown']);
    expect(result.scans).toEqual([]);
  });

  it('leaves Ctrl+C and Ctrl+V alone', () => {
    const events = [...press('c', 1000, { code: 'KeyC', ctrlKey: true }), ...press('v', 1100, { code: 'KeyV', ctrlKey: true })];

    const result = feed(recognizer(), events, inField);

    expect(result.consumed).toEqual([]);
    expect(result.outputs).toEqual([]);
  });

  it('keeps AltGr characters in a burst', () => {
    const head = typeText('RMA', 1000, 4);
    const at = press('@', head.endAt + 4, { code: 'KeyQ', ctrlKey: true, altKey: true });
    const tail = typeText('0042', head.endAt + 8, 4);

    const result = feed(recognizer(), [...head.events, ...at, ...tail.events, ...press('Enter', tail.endAt + 4)], noField);

    expect(result.scans).toEqual(['RMA@0042']);
  });
});

describe('ScanRecognizer human typing', () => {
  it('returns slow typing to the field', () => {
    const typing = typeText('12.5', 1000, 140);

    const result = feed(recognizer(), typing.events, inField);

    expect(result.scans).toEqual([]);
    expect(result.typed).toBe('12.5');
  });

  it('drops slow typing with no field', () => {
    const typing = typeText('hello', 1000, 150);

    const result = feed(recognizer(), typing.events, noField);

    expect(result.scans).toEqual([]);
    expect(result.outputs).toEqual([]);
  });

  it('types held text before Backspace acts', () => {
    const scanner = recognizer();
    scanner.handleKey(key('keydown', '7', 1000), inField);

    const outcome = scanner.handleKey(key('keydown', 'Backspace', 1010), inField);

    expect(outcome.consume).toBe(false);
    expect(outcome.outputs).toEqual([{ kind: 'typed', text: '7' }]);
  });

  it('types held text before a human Enter', () => {
    const typing = typeText('12', 1000, 10);

    const result = feed(recognizer(), [...typing.events, ...press('Enter', typing.endAt + 10)], inField);

    expect(result.scans).toEqual([]);
    expect(result.typed).toBe('12');
    expect(result.consumed).not.toContain('Enter@keydown');
  });

  it('never takes auto-repeat for a scan', () => {
    const events = [0, 1, 2, 3, 4, 5, 6, 7].map((index) => key('keydown', 'x', 1000 + index * 30, { repeat: index > 0 }));

    const result = feed(recognizer(), events, inField);

    expect(result.scans).toEqual([]);
    expect(result.typed).toBe('x');
  });

  it('keeps a fast scan out of the focused field', () => {
    const burst = typeText('SN000458', 1000, 8);

    const result = feed(recognizer(), [...burst.events, ...press('Enter', burst.endAt + 8)], inField);

    expect(result.scans).toEqual(['SN000458']);
    expect(result.typed).toBe('');
    expect(result.consumed.filter((entry) => entry.endsWith('@keydown'))).toHaveLength(9);
  });

  it('lets a leading space reach a focused button', () => {
    const scanner = recognizer();

    const outcome = scanner.handleKey(key('keydown', ' ', 1000), noField);

    expect(outcome.consume).toBe(false);
  });
});

describe('ScanRecognizer fast input', () => {
  it('captures every key at 1 ms gaps', () => {
    const url = 'https://id.example.org/01/09506000123455/21/SN000452?17=271231';
    const burst = typeText(url, 1000, 1);

    const result = feed(recognizer(), [...burst.events, ...press('Enter', burst.endAt + 1)], noField);

    expect(result.scans).toEqual([url]);
  });

  it('honours a stricter profile', () => {
    const strict = new ScanRecognizer(scannerProfileWith({ maxKeyGapMs: 10, minScanLength: 6 }));
    const slowScanner = typeText('SN000459', 1000, 20);

    const result = feed(strict, slowScanner.events, inField);

    expect(result.scans).toEqual([]);
    expect(result.typed).toBe('SN000459');
  });
});
