import { describe, expect, it } from 'vitest';
import { ScanRecognizer } from '../../../../renderer/src/scan-capture/scan-recognizer';
import { defaultScannerProfile, scannerProfileWith } from '../../../../renderer/src/scan-capture/scanner-profile';
import { keyOfCharacter } from '../../../../main/devices/keyboard-layouts';
import { altCode, ctrlBracket, feed, press } from './key-sequence';
import { scanOnLayout } from './layout-keys';

const noField = { textFieldFocused: false };
const inField = { textFieldFocused: true };
const usScanner = scannerProfileWith({ keyboardLayout: 'us' });
const noRepair = scannerProfileWith({ keyboardLayout: null });

function scanOutputs(profile: ReturnType<typeof scannerProfileWith>, text: string, typing: Parameters<typeof scanOnLayout>[1]) {
  const burst = scanOnLayout(text, typing, 1000, 3);
  const result = feed(new ScanRecognizer(profile), [...burst.events, ...press('Enter', burst.endAt + 3, { code: 'Enter' })], noField);
  return { burst, result };
}

describe('layout repair on AZERTY', () => {
  it('types the R03 serial as accented text', () => {
    const { burst } = scanOutputs(usScanner, '00QA7W2Z91', { scanner: 'us', system: 'fr' });

    expect(burst.typed).toBe('ààAQèZéWç&');
  });

  it('rebuilds the serial from key codes', () => {
    const { result } = scanOutputs(usScanner, '00QA7W2Z91', { scanner: 'us', system: 'fr' });

    expect(result.scans).toEqual(['00QA7W2Z91']);
    expect(result.outputs[0]).toMatchObject({ check: { status: 'repaired', capsLock: false } });
  });

  it('rebuilds it with Caps Lock on', () => {
    const { burst, result } = scanOutputs(usScanner, '00QA7W2Z91', { scanner: 'us', system: 'fr', capsLock: true });

    expect(burst.typed).toBe('00aq7z2w91');
    expect(result.scans).toEqual(['00QA7W2Z91']);
    expect(result.outputs[0]).toMatchObject({ check: { status: 'repaired', capsLock: true } });
  });

  it('rebuilds the test sheet line', () => {
    const { result } = scanOutputs(usScanner, '/-YZ@"()qa', { scanner: 'us', system: 'fr' });

    expect(result.scans).toEqual(['/-YZ@"()qa']);
  });

  it('rebuilds a bracket typed on a dead key', () => {
    const { burst, result } = scanOutputs(usScanner, 'AB[12]', { scanner: 'us', system: 'fr' });

    expect(burst.events.some((event) => event.key === 'Dead')).toBe(true);
    expect(result.scans).toEqual(['AB[12]']);
  });
});

describe('layout repair on QWERTZ', () => {
  it('rebuilds the RMA slash', () => {
    const { burst, result } = scanOutputs(usScanner, 'RMA/2024/0042', { scanner: 'us', system: 'de' });

    expect(burst.typed).toBe('RMA-2024-0042');
    expect(result.scans).toEqual(['RMA/2024/0042']);
  });

  it('rebuilds swapped Y and Z', () => {
    const { burst, result } = scanOutputs(usScanner, 'YZ-2024', { scanner: 'us', system: 'de' });

    expect(burst.typed).toBe('ZYß2024');
    expect(result.scans).toEqual(['YZ-2024']);
  });

  it('reads a German scanner on a German system', () => {
    const profile = scannerProfileWith({ keyboardLayout: 'de' });

    const { result } = scanOutputs(profile, 'RMA/2024/0042@Y', { scanner: 'de', system: 'de' });

    expect(result.scans).toEqual(['RMA/2024/0042@Y']);
    expect(result.outputs[0]).toMatchObject({ check: { status: 'as-typed' } });
  });

  it('reads a US scanner on a US system as typed', () => {
    const { result } = scanOutputs(usScanner, '/-YZ@"()qa', { scanner: 'us', system: 'us' });

    expect(result.outputs[0]).toMatchObject({ raw: '/-YZ@"()qa', check: { status: 'as-typed' } });
  });
});

describe('layout check rejections', () => {
  it('rejects a key with no code', () => {
    const burst = scanOnLayout('SN000451', { scanner: 'us', system: 'us' }, 1000, 3);
    const events = burst.events.map((event) => ({ ...event, code: '' }));

    const result = feed(new ScanRecognizer(usScanner), events, noField);

    expect(result.outputs[0]).toMatchObject({ kind: 'scan', check: { status: 'rejected', reason: 'key-not-on-layout' } });
  });

  it('rejects Caps Lock without repair', () => {
    const { result } = scanOutputs(noRepair, 'SN000451', { scanner: 'us', system: 'us', capsLock: true });

    expect(result.outputs[0]).toMatchObject({ raw: 'sn000451', check: { status: 'rejected', reason: 'caps-lock' } });
  });

  it('rejects accented text without repair', () => {
    const { result } = scanOutputs(noRepair, '00QA7W2Z91', { scanner: 'us', system: 'fr' });

    expect(result.outputs[0]).toMatchObject({ raw: 'ààAQèZéWç&', check: { status: 'rejected', reason: 'layout-mismatch' } });
  });

  it('repairs the QWERTZ hyphen by default', () => {
    const { result } = scanOutputs(defaultScannerProfile, 'RMA/2024/0042', { scanner: 'us', system: 'de' });

    expect(result.scans).toEqual(['RMA/2024/0042']);
  });

  it('hands typing back as typed', () => {
    const slowTyping = scanOnLayout('qa', { scanner: 'us', system: 'fr' }, 1000, 400);

    const result = feed(new ScanRecognizer(usScanner), slowTyping.events, inField);

    expect(result.typed).toBe('aq');
    expect(result.scans).toEqual([]);
  });
});

describe('layout repair with synthetic keys', () => {
  it('reads shifted characters sent without Shift', () => {
    const events = [...'(01)AB!'].flatMap((character, index) => press(character, 1000 + index * 3, { shiftKey: false, code: codeOnUs(character) }));

    const result = feed(new ScanRecognizer(usScanner), [...events, ...press('Enter', 1100, { code: 'Enter' })], noField);

    expect(result.scans).toEqual(['(01)AB!']);
  });

  it('reads AZERTY one with Shift as exclamation', () => {
    const { result } = scanOutputs(usScanner, 'SN!1', { scanner: 'us', system: 'fr' });

    expect(result.scans).toEqual(['SN!1']);
  });
});

function codeOnUs(character: string): string {
  const position = keyOfCharacter('us', character);
  if (position === null) {
    throw new Error(`"${character}" is not on the US layout`);
  }
  return position.code;
}

describe('layout repair with GS', () => {
  it('keeps an Alt code GS on AZERTY', () => {
    const head = scanOnLayout('010950600012345510LOT7A', { scanner: 'us', system: 'fr' }, 1000, 2);
    const gs = altCode('0029', head.endAt + 2, 2);
    const tail = scanOnLayout('21SN000451', { scanner: 'us', system: 'fr' }, gs.endAt + 2, 2);

    const result = feed(new ScanRecognizer(usScanner), [...head.events, ...gs.events, ...tail.events, ...press('Enter', tail.endAt + 2, { code: 'Enter' })], noField);

    expect(result.scans).toEqual(['010950600012345510LOT7A\u001d21SN000451']);
  });

  it('keeps a Ctrl+] GS on QWERTZ', () => {
    const head = scanOnLayout('10LOT7A', { scanner: 'us', system: 'de' }, 1000, 2);
    const tail = scanOnLayout('21SN000451', { scanner: 'us', system: 'de' }, head.endAt + 4, 2);

    const result = feed(new ScanRecognizer(usScanner), [...head.events, ...ctrlBracket(head.endAt + 2), ...tail.events, ...press('Enter', tail.endAt + 2, { code: 'Enter' })], noField);

    expect(result.scans).toEqual(['10LOT7A\u001d21SN000451']);
  });
});
