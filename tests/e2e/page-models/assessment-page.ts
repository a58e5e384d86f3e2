import type { Locator, Page } from 'playwright-core';

/** First-run setup, units and the assessments list, as a user drives them. */
export class AssessmentsModel {
  constructor(readonly page: Page) {}

  /** Hand-typed district (before 7/2025), the path for a unit not in the official list. */
  async setupDistrict(code: string, name: string): Promise<void> {
    await this.startSetup('2024', 'verifier');
    await this.typeByHand();
    await this.page.locator('input[name=district-code]').fill(code);
    await this.page.locator('input[name=district-name]').fill(name);
    await this.finishSetup();
  }

  /** Hand-typed district and commune (before 7/2025). */
  async setupCommune(district: { code: string; name: string }, commune: { code: string; name: string }): Promise<void> {
    await this.startSetup('2024', 'commune');
    await this.typeByHand();
    await this.page.locator('input[name=district-code]').fill(district.code);
    await this.page.locator('input[name=district-name]').fill(district.name);
    await this.page.locator('input[name=commune-code]').fill(commune.code);
    await this.page.locator('input[name=commune-name]').fill(commune.name);
    await this.finishSetup();
  }

  /**
   * Sets up as an officer would: the period, the role, then the unit by typing its name without diacritics and
   * clicking the match that reads `pick` (e.g. "Xã Gia Viễn — Tỉnh Ninh Bình").
   */
  async setupBySearch(period: '2024' | '2025', role: 'commune' | 'verifier', query: string, pick: string | RegExp) {
    await this.startSetup(period, role);
    await this.page.locator('input[name=unit-search]').fill(query);
    await this.page.getByTestId('unit-hits').getByRole('button', { name: pick }).first().click();
    await this.page.getByTestId('picked-unit').waitFor();
  }

  async startSetup(period: '2024' | '2025', role: 'commune' | 'verifier'): Promise<void> {
    await this.page.getByText('Thiết lập lần đầu').waitFor();
    await this.page.getByLabel(period === '2024' ? /^Trước 1\/7\/2025/ : /^Từ 1\/7\/2025/).check();
    await this.page.getByLabel(role === 'commune' ? /^UBND một xã/ : /^(UBND huyện|Sở Khoa học)/).check();
    await this.page.locator('input[name=unit-search]:not([disabled])').waitFor();
  }

  async typeByHand(): Promise<void> {
    await this.page.getByRole('button', { name: /Nhập tay/ }).click();
  }

  async finishSetup(): Promise<void> {
    await this.page.getByRole('button', { name: 'Bắt đầu' }).click();
    await this.page.getByRole('heading', { name: 'Các bản đánh giá' }).waitFor();
  }

  async pasteCommunes(lines: string): Promise<void> {
    await this.page.locator('textarea[name=unit-paste]').fill(lines);
    await this.page.getByRole('button', { name: 'Thêm các xã' }).click();
  }

  unitList(): Locator {
    return this.page.getByTestId('unit-list');
  }

  async open(unitName: string, year: number, kind: 'year' | 'mid-year' = 'year'): Promise<void> {
    await this.page.locator('select[name=unit]').selectOption({ label: unitName });
    await this.page.locator('input[name=year]').fill(String(year));
    await this.page.locator('select[name=kind]').selectOption(kind);
    await this.page.getByRole('button', { name: 'Mở', exact: true }).click();
    await this.page.getByTestId('entry-title').waitFor();
  }

  row(unitCode: string, periodKey: string): Locator {
    return this.page.getByTestId(`assessment-${unitCode}-${periodKey}`);
  }

  /** Reopens an assessment from its row of the list (e.g. after a restart) and waits for the form. */
  async reopen(unitCode: string, periodKey: string): Promise<void> {
    await this.row(unitCode, periodKey).getByRole('button').click();
    await this.page.getByTestId('entry-title').waitFor();
  }
}

/** The assessment form. Indicator inputs are addressed by code, the way an officer reads the form. */
export class FormModel {
  constructor(readonly page: Page) {}

  private esc(code: string): string {
    return code.replace('.', '\\.');
  }

  value(code: string, part: '' | 'a' | 'b' | 'd' | 'p' = ''): Locator {
    return this.page.locator(`#v-${this.esc(code)}${part ? `-${part}` : ''}`);
  }

  /**
   * Unfolds "Tài liệu kiểm chứng, giải trình" of the indicators (evidence, giải trình, method and history stay
   * folded until used), so that `evidence` and `note` can be typed into.
   */
  async openMore(...codes: string[]): Promise<void> {
    for (const code of codes) {
      const toggle = this.page.getByTestId(`more-${code}`);
      if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
      await this.note(code).waitFor();
    }
  }

  /**
   * The same as `openMore`, in one page task: clicks every closed toggle at once (no scrolling, no actionability
   * checks), then waits for the fields. For the durability drill, which unfolds seven rows after each of its ~60
   * restarts and tests saving, not the toggle (Playwright's click costs ~0.1 s a row there; the app's render ~15 ms).
   */
  async openMoreAtOnce(...codes: string[]): Promise<void> {
    await this.page.evaluate((ids) => {
      for (const id of ids) {
        const toggle = document.querySelector<HTMLElement>(`[data-testid="more-${id}"]`);
        if (!toggle) throw new Error(`no toggle more-${id}`);
        if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
      }
    }, codes);
    await Promise.all(codes.map((code) => this.note(code).waitFor()));
  }

  evidence(code: string, field: 'docNumber' | 'docDate' | 'summary' | 'link'): Locator {
    return this.page.locator(`input[name="${code}-${field}"]`);
  }

  note(code: string): Locator {
    return this.page.locator(`textarea[name="${code}-note"]`);
  }

  info(field: string): Locator {
    return this.page.locator(`input[name="info-${field}"]`);
  }

  row(code: string): Locator {
    return this.page.locator(`#ind-${this.esc(code)}`);
  }

  points(code: string): Locator {
    return this.page.getByTestId(`points-${code}`);
  }

  status(code: string): Locator {
    return this.page.getByTestId(`status-${code}`);
  }

  groupRatio(group: number): Locator {
    return this.page.getByTestId(`group-ratio-${group}`);
  }

  groupPoints(group: number): Locator {
    return this.page.getByTestId(`group-points-${group}`);
  }

  saveState(): Locator {
    return this.page.getByTestId('save-state');
  }

  /** Waits until the form says everything typed is saved. */
  async waitSaved(): Promise<void> {
    await this.page.locator('[data-testid=save-state][data-state=saved]').waitFor();
  }

  async back(): Promise<void> {
    await this.page.getByRole('button', { name: '← Danh sách đánh giá' }).click();
  }
}
