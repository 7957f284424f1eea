import { describe, expect, it } from 'vitest';
import { mainWindowWebPreferences, printWindowWebPreferences } from '../../../main/shell/web-preferences';

describe('mainWindowWebPreferences', () => {
  const preferences = mainWindowWebPreferences('/app/out/preload/index.cjs');

  it('isolates and sandboxes the page', () => {
    expect(preferences.contextIsolation).toBe(true);
    expect(preferences.sandbox).toBe(true);
    expect(preferences.nodeIntegration).toBe(false);
    expect(preferences.nodeIntegrationInWorker).toBe(false);
    expect(preferences.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on', () => {
    expect(preferences.webSecurity).toBe(true);
    expect(preferences.allowRunningInsecureContent).toBe(false);
    expect(preferences.webviewTag).toBe(false);
    expect(preferences.navigateOnDragDrop).toBe(false);
  });

  it('disables middle-click link opening', () => {
    expect(preferences.disableBlinkFeatures).toBe('Auxclick');
  });

  it('enables no experimental Blink features', () => {
    expect(preferences.experimentalFeatures).toBeUndefined();
    expect(preferences.enableBlinkFeatures).toBeUndefined();
  });

  it('enables the PDF viewer for previews', () => {
    expect(preferences.plugins).toBe(true);
  });

  it('loads the given preload', () => {
    expect(preferences.preload).toBe('/app/out/preload/index.cjs');
  });
});

describe('printWindowWebPreferences', () => {
  const preferences = printWindowWebPreferences();

  it('has no preload and no Node', () => {
    expect(preferences.preload).toBeUndefined();
    expect(preferences.sandbox).toBe(true);
    expect(preferences.contextIsolation).toBe(true);
    expect(preferences.nodeIntegration).toBe(false);
  });

  it('runs no scripts or plugins', () => {
    expect(preferences.javascript).toBe(false);
    expect(preferences.plugins).toBe(false);
    expect(preferences.disableBlinkFeatures).toBe('Auxclick');
  });
});
