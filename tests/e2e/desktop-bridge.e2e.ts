import { afterEach, describe, expect, it } from 'vitest';
import { BRIDGE_STUB, type BridgeCall } from './bridge-stub';
import { launchApp, type AppSession } from './harness';
import { ShellPage } from './page-models/shell-page';

describe('the app on the desktop bridge (stubbed preload), in Chromium', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.dispose();
    app = undefined;
  });

  it('uses the bridge, not browser downloads, when the preload exposed it', async () => {
    app = await launchApp({ initScript: BRIDGE_STUB });
    const { page } = app;
    await new ShellPage(page).open('Cài đặt');
    await expect.poll(() => page.getByTestId('app-version').textContent()).toBe('9.9.9');
    expect(await page.getByText('Ứng dụng máy tính', { exact: true }).isVisible()).toBe(true);

    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await page.getByTestId('framework-ninh-binh-huyen-2022.1').getByRole('button', { name: 'Xuất Excel' }).click();
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window as unknown as { __bridgeCalls: BridgeCall[] }).__bridgeCalls.filter((c) => c.fn === 'saveFile'),
        ),
      )
      .toEqual([{ fn: 'saveFile', name: 'bo-chi-so_ninh-binh-huyen_2022.1.xlsx', size: expect.any(Number) }]);
    const [call] = await page.evaluate(() =>
      (window as unknown as { __bridgeCalls: BridgeCall[] }).__bridgeCalls.filter((c) => c.fn === 'saveFile'),
    );
    expect(call!.size as number).toBeGreaterThan(5000);
    expect(downloads).toBe(0);
  });
});
