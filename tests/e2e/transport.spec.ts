import { expect, test } from './support/station-fixture';

// Code passed to page.evaluate is a string because tsconfig.node.json type-checks the tests
// without the DOM library. Adding DOM there would let main/ code compile against it.

test.describe('browser station transport', () => {
  test('serves the first-start screen with a CSP', async ({ page, station }) => {
    const response = await page.goto(station.url);

    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect(page.getByTestId('first-admin-name')).toBeVisible();
  });

  test('blocks an inline script', async ({ context, station }) => {
    // A second page of the same context, so the automatic CSP guard on `page` stays quiet.
    const otherPage = await context.newPage();
    const violations: string[] = [];
    otherPage.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) {
        violations.push(message.text());
      }
    });
    await otherPage.goto(station.url);

    await otherPage.evaluate(`{
      const script = document.createElement('script');
      script.textContent = 'window.inlineScriptRan = true';
      document.body.append(script);
    }`);

    expect(await otherPage.evaluate('window.inlineScriptRan')).toBeUndefined();
    await expect.poll(() => violations.length).toBeGreaterThan(0);
  });

  test('rejects API calls without the token', async ({ page, station }) => {
    await page.goto(station.url);

    const status = await page.evaluate<number>(
      `fetch('/api/station.info', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }).then((response) => response.status)`,
    );

    expect(status).toBe(401);
  });

  test('reports the browser transport', async ({ page, station }) => {
    await page.goto(station.url);

    const result = await page.evaluate<{ ok: boolean; value: { transport: string; dataDir: string } }>(
      `fetch('/api/station.info', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-packtrace-token': ${JSON.stringify(station.token)} },
        body: '{}',
      }).then((response) => response.json())`,
    );

    expect(result.ok).toBe(true);
    expect(result.value.transport).toBe('browser');
    expect(result.value.dataDir).toBe(station.dataDir);
  });

  test('greets a WebSocket with hello', async ({ page, station }) => {
    await page.goto(station.url);

    const firstMessage = await page.evaluate<string>(
      `new Promise((resolve, reject) => {
        const socket = new WebSocket('ws://' + location.host + '/ws?token=' + encodeURIComponent(${JSON.stringify(station.token)}));
        socket.onmessage = (event) => {
          resolve(String(event.data));
          socket.close();
        };
        socket.onerror = () => reject(new Error('WebSocket failed'));
      })`,
    );

    expect(JSON.parse(firstMessage)).toEqual({ type: 'hello' });
  });
});
