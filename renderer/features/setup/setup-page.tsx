import { useState, type FormEvent } from 'react';
import type { SetupPackage } from '@shared/exchange/setup-package';
import type { OfficialListId, OfficialUnit } from '@shared/units/official';
import { matchOfficial } from '@shared/units/match';
import { describeOfficial } from '@shared/units/search';
import { checkTypedUnits, type TypedUnitErrors, type TypedUnits } from '@shared/units/unit-fields';
import { UnitPicker, useOfficialList } from '../../components/unit-picker';
import { db } from '../../db/db';
import { installPackageFramework } from '../../db/repositories/setup-package';
import { handRow, officialRow, saveSetup, unitTypeFromName, type SetupChoice } from '../../db/repositories/units';
import type { UnitRow } from '../../db/types';
import { SetupPackageButton } from './setup-package-button';

type Role = 'commune' | 'verifier';

const PERIODS: { id: OfficialListId; label: string }[] = [
  { id: '2025', label: 'Từ 1/7/2025: tỉnh – xã (chính quyền địa phương hai cấp)' },
  { id: '2024', label: 'Trước 1/7/2025: tỉnh – huyện – xã' },
];

/**
 * First run: the administrative period, what the machine is for (one commune, or the verifier: the district
 * before 7/2025, the province from 7/2025) and the unit, picked from the official list by searching its name.
 * A unit not in the list (a future merger) can be typed by hand, with a warning.
 */
export function SetupPage() {
  const [listId, setListId] = useState<OfficialListId>('2025');
  const [role, setRole] = useState<Role>('commune');
  const [picked, setPicked] = useState<OfficialUnit | undefined>();
  const [fill, setFill] = useState(true);
  const [manual, setManual] = useState(false);
  const [typed, setTyped] = useState<TypedUnits>({ rCode: '', rName: '', cCode: '', cName: '' });
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<TypedUnitErrors>({});
  const [pkg, setPkg] = useState<{ pkg: SetupPackage; fileName: string } | undefined>();
  const { list } = useOfficialList(listId);
  const verifierWord = listId === '2025' ? 'tỉnh' : 'huyện';
  const communeWords = listId === '2025' ? 'xã, phường, đặc khu' : 'xã, phường, thị trấn';
  const pickedOk = picked && list?.byCode.get(picked.code) === picked ? picked : undefined;
  const children = pickedOk && role === 'verifier' ? (list?.childrenOf.get(pickedOk.code) ?? []) : [];

  const reset = (next: { listId?: OfficialListId; role?: Role }) => {
    if (next.listId) setListId(next.listId);
    if (next.role) setRole(next.role);
    setPicked(undefined);
    setError(null);
    setFieldErrors({});
  };

  const choice = (): SetupChoice | string => {
    if (!list) return 'Danh mục đơn vị hành chính chưa tải xong.';
    const receivingType = listId === '2025' ? 'province' : 'district';
    if (manual) {
      // Every field's problem at once, each shown beside its field.
      const checked = checkTypedUnits(typed, role === 'commune', verifierWord);
      setFieldErrors(checked.ok ? {} : checked.errors);
      if (!checked.ok) return 'Chưa thiết lập được: sửa các ô được đánh dấu đỏ ở trên.';
      const receiving = handRow(list, checked.receiving, receivingType);
      if (!checked.commune) return { list: listId, receiving, communes: [] };
      const c = checked.commune;
      return { list: listId, receiving, own: handRow(list, c, unitTypeFromName(c.name)), communes: [] };
    }
    if (!pickedOk) return role === 'commune' ? 'Hãy tìm và chọn xã của máy này.' : `Hãy tìm và chọn ${verifierWord}.`;
    if (pkg) {
      // From the verifier's package: its unit exactly as the package names it, the commune picked under it.
      const r = pkg.pkg.receiving;
      const inList = list.byCode.get(r.code);
      const receiving: UnitRow = inList
        ? {
            ...officialRow(inList, listId, ''),
            name: r.name,
            type: r.level,
            official: matchOfficial(list, { ...r, type: r.level }),
          }
        : handRow(list, r, r.level);
      return { list: listId, receiving, own: officialRow(pickedOk, listId, r.code), communes: [] };
    }
    if (role === 'verifier') {
      const receiving = { ...officialRow(pickedOk, listId, ''), type: receivingType } as UnitRow;
      const communes = fill ? children.map((u) => officialRow(u, listId, pickedOk.code)) : [];
      return { list: listId, receiving, communes };
    }
    const parent = list.byCode.get(pickedOk.parentCode);
    if (!parent) return 'Không tìm thấy đơn vị cấp trên của xã trong danh mục.';
    return {
      list: listId,
      receiving: officialRow(parent, listId, ''),
      own: officialRow(pickedOk, listId, parent.code),
      communes: [],
    };
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const c = choice();
    if (typeof c === 'string') return setError(c);
    try {
      if (pkg) {
        const fw = await installPackageFramework(db, pkg.pkg);
        if (!fw.ok) return setError(fw.message);
      }
      await saveSetup(db, c);
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  const roleLabel: Record<Role, string> =
    listId === '2025'
      ? {
          commune: 'UBND một xã, phường, đặc khu (chỉ đánh giá của xã mình)',
          verifier: 'Sở Khoa học và Công nghệ của tỉnh (thẩm tra và tổng hợp các xã)',
        }
      : {
          commune: 'UBND một xã, phường, thị trấn (chỉ đánh giá của xã mình)',
          verifier: 'UBND huyện (tự đánh giá của huyện, thẩm tra và tổng hợp các xã)',
        };

  return (
    <form className="setup card" onSubmit={submit} aria-labelledby="setup-title">
      <h2 id="setup-title">Thiết lập lần đầu</h2>
      {!pkg && (
        <SetupPackageButton
          onOpened={(p, fileName) => {
            setPkg({ pkg: p, fileName });
            setListId(p.list);
            setRole('commune');
            setManual(false);
            setPicked(undefined);
            setError(null);
          }}
        />
      )}
      {pkg && (
        <div className="form-ok" data-testid="setup-package" role="status">
          <p>
            Gói thiết lập của {pkg.pkg.receiving.name} (mã {pkg.pkg.receiving.code}), tệp {pkg.fileName}: danh mục{' '}
            {pkg.pkg.list === '2025' ? 'từ 1/7/2025' : 'trước 1/7/2025'}, bộ chỉ số {pkg.pkg.framework.title} phiên bản{' '}
            {pkg.pkg.framework.version} ({pkg.pkg.framework.indicators.length} chỉ số).
          </p>
          <button type="button" className="link" onClick={() => (setPkg(undefined), setPicked(undefined))}>
            Bỏ gói, thiết lập không dùng gói
          </button>
        </div>
      )}
      {!pkg && (
        <fieldset>
          <legend>Giai đoạn hành chính</legend>
          {PERIODS.map((p) => (
            <label key={p.id} className="check">
              <input type="radio" name="period" checked={listId === p.id} onChange={() => reset({ listId: p.id })} />
              {p.label}
            </label>
          ))}
        </fieldset>
      )}
      {!pkg && (
        <fieldset>
          <legend>Máy này dùng cho</legend>
          {(['commune', 'verifier'] as const).map((r) => (
            <label key={r} className="check">
              <input type="radio" name="role" checked={role === r} onChange={() => reset({ role: r })} />
              {roleLabel[r]}
            </label>
          ))}
        </fieldset>
      )}
      {!manual && (
        <fieldset>
          <legend>{role === 'commune' ? `Xã của máy này (${communeWords})` : `${cap(verifierWord)} thẩm tra`}</legend>
          <UnitPicker
            listId={listId}
            kinds={role === 'commune' ? ['commune'] : [listId === '2025' ? 'province' : 'district']}
            {...(pkg ? { within: pkg.pkg.receiving.code } : {})}
            label={role === 'commune' ? 'Tìm xã theo tên' : `Tìm ${verifierWord} theo tên`}
            picked={pickedOk}
            onPick={(u) => {
              setPicked(u);
              setError(null);
            }}
          />
          {pickedOk && list && (
            <p className="form-ok" data-testid="picked-unit">
              Đã chọn: {describeOfficial(list, pickedOk)} (mã {pickedOk.code})
            </p>
          )}
          {pickedOk && role === 'verifier' && (
            <label className="check">
              <input type="checkbox" name="fill" checked={fill} onChange={(e) => setFill(e.target.checked)} />
              Thêm ngay {children.length} {communeWords} của {pickedOk.name} theo danh mục (sửa được sau)
            </label>
          )}
        </fieldset>
      )}
      {manual && (
        <ManualFields
          role={role}
          verifierWord={verifierWord}
          typed={typed}
          errors={fieldErrors}
          onChange={setTyped}
          onCancel={() => {
            setManual(false);
            setFieldErrors({});
          }}
        />
      )}
      {!manual && !pkg && (
        <button type="button" className="link" onClick={() => setManual(true)}>
          Đơn vị chưa có trong danh mục? Nhập tay…
        </button>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={!list}>
        Bắt đầu
      </button>
    </form>
  );
}

function cap(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

function ManualFields(props: {
  role: Role;
  verifierWord: string;
  typed: TypedUnits;
  errors: TypedUnitErrors;
  onChange: (t: TypedUnits) => void;
  onCancel: () => void;
}) {
  const { role, verifierWord, typed, errors, onChange } = props;
  // "VD: …" hints, never a value that looks already filled in.
  const field = (key: keyof TypedUnits, name: string, label: string, example: string) => (
    <label className={errors[key] ? 'field has-error' : 'field'}>
      <span className="field-label">{label}</span>
      <input
        name={name}
        placeholder={`VD: ${example}`}
        value={typed[key]}
        aria-invalid={errors[key] ? true : undefined}
        onChange={(e) => onChange({ ...typed, [key]: e.target.value })}
      />
      {errors[key] && (
        <span className="field-error" data-testid={`error-${name}`}>
          {errors[key]}
        </span>
      )}
    </label>
  );
  return (
    <fieldset data-testid="manual-units">
      <legend>Nhập tay đơn vị chưa có trong danh mục</legend>
      <p className="warnings" role="note">
        Chỉ nhập tay khi đơn vị chưa có trong danh mục chính thức (ví dụ sau một lần sắp xếp mới). Mã phải đúng mã của
        Cục Thống kê: tệp gửi đi và nhận về được đối chiếu theo mã này.
      </p>
      {field('rCode', 'district-code', `Mã ${verifierWord}`, verifierWord === 'tỉnh' ? '37' : '373')}
      {field(
        'rName',
        'district-name',
        `Tên ${verifierWord}`,
        verifierWord === 'tỉnh' ? 'Tỉnh Ninh Bình' : 'Huyện Gia Viễn',
      )}
      {role === 'commune' && field('cCode', 'commune-code', 'Mã xã', '14524')}
      {role === 'commune' && field('cName', 'commune-name', 'Tên xã', 'Xã Gia Phong')}
      <button type="button" className="link" onClick={props.onCancel}>
        Chọn từ danh mục
      </button>
    </fieldset>
  );
}
