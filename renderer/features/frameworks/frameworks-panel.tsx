import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { frameworkTemplateWorkbook, frameworkToWorkbook } from '@shared/exchange/framework-workbook';
import { type Framework, periodsOf } from '@shared/framework/types';
import { db } from '../../db/db';
import { addFramework, listFrameworks } from '../../db/repositories/frameworks';
import { readOutsideFile } from '../../exchange/outside-read';
import { platform } from '../../platform';

const LEVEL_LABEL = { district: 'Cấp huyện', commune: 'Cấp xã' } as const;
/** "Cấp xã", or with the units it names when made for one period: from 7/2025 there is no thị trấn. */
function levelLabel(fw: Framework): string {
  const periods = periodsOf(fw);
  if (fw.level === 'district' || periods.length !== 1) return LEVEL_LABEL[fw.level];
  return `Cấp xã (${periods[0] === '2025' ? 'xã, phường, đặc khu' : 'xã, phường, thị trấn'})`;
}

/** The administrative periods, as a framework's "Áp dụng" column names them. */
const PERIOD_LABEL = { '2024': 'trước 1/7/2025', '2025': 'từ 1/7/2025' } as const;
const EXCEL = [{ name: 'Excel', extensions: ['xlsx'] }];
const ADDED = {
  added: 'Đã nạp bộ chỉ số',
  unchanged: 'Bộ chỉ số này đã có trên máy, không thay đổi gì',
  replaced: 'Đã cập nhật bộ chỉ số (chưa có bản đánh giá nào dùng phiên bản này)',
} as const;

function fileName(fw: Framework, suffix: string): string {
  return `bo-chi-so_${fw.id}_${fw.version}${suffix}.xlsx`.replace(/[^A-Za-z0-9._-]/g, '-');
}

/** Cài đặt → Bộ chỉ số: the frameworks held, their provenance, Excel export, a template, and loading a new one. */
export function FrameworksPanel() {
  const rows = useLiveQuery(() => listFrameworks(db));
  const [result, setResult] = useState<{ ok?: string; errors: string[] }>({ errors: [] });

  const load = async () => {
    const picked = await platform.openFiles({ multiple: false, filters: EXCEL });
    const file = picked.files[0];
    if (!file) {
      if (picked.refused[0]) setResult({ errors: [`${picked.refused[0].name}: ${picked.refused[0].reason}`] });
      return;
    }
    const read = await readOutsideFile('framework', file.bytes, file.name);
    if (!read.ok) {
      setResult({
        errors: [`Tệp ${file.name} không nạp được (không có gì thay đổi):`, ...read.errors.map((e) => e.message)],
      });
      return;
    }
    const r = await addFramework(db, read.framework);
    const fw = read.framework;
    if (r.kind === 'refused') setResult({ errors: [r.message] });
    else
      setResult({
        ok: `${ADDED[r.kind]}: ${fw.title}, phiên bản ${fw.version} (${fw.indicators.length} chỉ số).`,
        errors: [],
      });
  };

  return (
    <section className="frameworks card" aria-labelledby="frameworks-title">
      <h2 id="frameworks-title">Bộ chỉ số</h2>
      <p className="muted">
        Bộ chỉ số là dữ liệu: tỉnh có thể nạp bộ chỉ số chính thức từ tệp Excel (trang ChiSo và Nhom) mà không cần cài
        bản mới. Một phiên bản đã được bản đánh giá sử dụng thì không thể sửa; hãy đặt số phiên bản mới.
      </p>
      <table className="assessment-table" data-testid="framework-table">
        <thead>
          <tr>
            <th>Bộ chỉ số</th>
            <th>Cấp</th>
            <th>Áp dụng</th>
            <th>Phiên bản</th>
            <th>Số chỉ số</th>
            <th>Nguồn</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows?.map((r) => (
            <tr key={`${r.id}@${r.version}`} data-testid={`framework-${r.id}-${r.version}`}>
              <td>{r.framework.title}</td>
              <td>{levelLabel(r.framework)}</td>
              <td>
                {periodsOf(r.framework)
                  .map((p) => PERIOD_LABEL[p])
                  .join('; ')}
              </td>
              <td>{r.version}</td>
              <td>{r.framework.indicators.length}</td>
              <td>
                {r.framework.sourceNote}
                {r.builtIn && <span className="badge warn"> Có sẵn trong ứng dụng</span>}
              </td>
              <td className="actions">
                <button
                  type="button"
                  onClick={() =>
                    void platform.saveFile(fileName(r.framework, ''), frameworkToWorkbook(r.framework), EXCEL)
                  }
                >
                  Xuất Excel
                </button>
                <button
                  type="button"
                  onClick={() =>
                    void platform.saveFile(
                      fileName(r.framework, '_mau-trong'),
                      frameworkTemplateWorkbook(r.framework),
                      EXCEL,
                    )
                  }
                >
                  Mẫu trống
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void load()}>
          Nạp bộ chỉ số từ Excel…
        </button>
      </div>
      {result.ok && (
        <p className="form-ok" role="status">
          {result.ok}
        </p>
      )}
      {result.errors.length > 0 && (
        <ul className="form-error" role="alert" data-testid="framework-errors">
          {result.errors.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
