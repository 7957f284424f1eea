import { describe, expect, it } from 'vitest';
import { escapeXml, replacementCharacter } from '../../../main/labels/xml-text';

describe('escapeXml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['Smith & Sons', 'Smith &amp; Sons'],
    ['"double" \'single\'', '&quot;double&quot; &#39;single&#39;'],
    ['&amp; already escaped', '&amp;amp; already escaped'],
    ['tab\there\nline\rreturn', 'tab&#9;here&#10;line&#13;return'],
    ['Łódź Dvořák Müller', 'Łódź Dvořák Müller'],
    ['emoji 📦 stays', 'emoji 📦 stays'],
  ])('escapes %j', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });

  it('replaces characters XML cannot carry', () => {
    const controls = '\u0000\u0001\u0008\u000B\u000C\u000E\u001D\u001F\u007F\u0085\u009F\uFFFE\uFFFF';
    expect(escapeXml(`a${controls}b`)).toBe(`a${replacementCharacter.repeat(Array.from(controls).length)}b`);
  });

  it('replaces lone surrogates only', () => {
    expect(escapeXml('x\uD800y')).toBe(`x${replacementCharacter}y`);
    expect(escapeXml('x\uDC00y')).toBe(`x${replacementCharacter}y`);
    expect(escapeXml('\uD83D\uDCE6')).toBe('\uD83D\uDCE6');
  });
});
