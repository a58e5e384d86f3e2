/**
 * What shared/ says in Vietnamese about files and setup that come from outside (the CLI prints the same words): an
 * indicator catalogue that does not load, a unit list, a setup package, an import that does not fit this machine, a
 * remarks file, and the readers' limits. Each Vietnamese text is shared's message with {placeholders} for what it
 * names; i18n/shared-text.ts recognises a message by it and says it in English, translating a placeholder that is
 * itself listed (a framework error is a location, then its reason: both are listed). tests/renderer/i18n.
 */
const PERIOD_WORDS = '2024 = trước 1/7/2025 (tỉnh – huyện – xã), 2025 = từ 1/7/2025 (tỉnh – xã)';
const NOT_PACKAGE = 'Tệp này không phải gói thiết lập cho xã của DTI Desk';
const NOT_PACKAGE_EN = 'This file is not a DTI Desk setup package for communes';
const UNIT_CODE = 'chỉ gồm chữ số, chữ cái không dấu, tối đa 20 ký tự';
const UNIT_CODE_EN = 'digits and unaccented letters only, at most 20 characters';
const REEXPORT = 'Đề nghị đơn vị xuất lại tệp từ DTI Desk.';
const REEXPORT_EN = 'Ask the unit to export the file from DTI Desk again.';
const REFUSE = 'Không nhận tệp:';
const REFUSE_EN = 'File not accepted:';

export const sharedOutsideVi = {
  // Where a framework error was found (shared/framework/errors.ts describeLocation), then what it is.
  'so.where.sheet': 'Trang "{sheet}": {text}',
  'so.where.sheet-row': 'Trang "{sheet}", dòng {row}: {text}',
  'so.where.sheet-row-column': 'Trang "{sheet}", dòng {row}, cột "{column}": {text}',
  'so.where.sheet-row-column-indicator': 'Trang "{sheet}", dòng {row}, cột "{column}", chỉ số {indicator}: {text}',
  'so.where.sheet-group': 'Trang "{sheet}", nhóm {group}: {text}',
  'so.where.sheet-row-group': 'Trang "{sheet}", dòng {row}, nhóm {group}: {text}',
  'so.where.row': 'Dòng {row}: {text}',
  'so.where.row-column': 'Dòng {row}, cột "{column}": {text}',
  'so.where.row-column-indicator': 'Dòng {row}, cột "{column}", chỉ số {indicator}: {text}',
  'so.where.group': 'Nhóm {group}: {text}',
  'so.where.position-column': 'Chỉ số thứ {position}, cột "{column}": {text}',
  'so.where.position-column-indicator': 'Chỉ số thứ {position}, cột "{column}", chỉ số {indicator}: {text}',
  'so.where.at-row': 'dòng {row}',
  'so.where.at-position': 'chỉ số thứ {position}',

  // shared/framework/assemble.ts
  'so.fw.no-indicators': 'Bộ chỉ số không có chỉ số nào.',
  'so.fw.code-invalid': 'Mã chỉ số "{code}" không đúng dạng "nhóm.số thứ tự" (ví dụ 6.12).',
  'so.fw.code-duplicate': 'Mã chỉ số "{code}" bị trùng (đã có ở {where}).',
  'so.fw.code-group-mismatch': 'Mã chỉ số "{code}" không thuộc nhóm {group}.',
  'so.fw.group-unknown': 'Nhóm {group} không có trong danh sách nhóm của bộ chỉ số.',
  'so.fw.group-name-mismatch': 'Tên nhóm "{name}" khác tên đã ghi cho nhóm {group} ("{expected}").',
  'so.fw.group-no-name': 'Thiếu tên của nhóm {group}.',
  'so.fw.group-empty': 'Nhóm {group} không có chỉ số nào.',
  'so.fw.code-gap': 'Nhóm {group} thiếu chỉ số {code} (các chỉ số phải đánh số liên tục từ 1).',
  'so.fw.group-sum':
    'Tổng điểm tối đa các chỉ số của nhóm {group} "{name}" là {sum}, khác điểm tối đa của nhóm ({max}).',
  // shared/framework/check-rule.ts
  'so.fw.rule-type': 'Quy tắc "{kind}" không dùng được cho kiểu giá trị "{type}" (chỉ dùng cho: {allowed}).',
  'so.fw.target': 'Chỉ tiêu của quy tắc target phải là số dương, nhận được {target}.',
  'so.fw.choice-twice': 'Mức "{key}" bị khai báo hai lần.',
  'so.fw.fraction': 'Hệ số của mức "{key}" là {fraction}, phải nằm trong khoảng từ 0 đến 1.',
  'so.fw.choice-label':
    'Không tìm thấy nhãn của mức "{key}" trong cột method_vi (cần viết dạng "{key} = nhãn (… điểm)").',
  'so.fw.choice-full': 'Quy tắc lựa chọn cần ít nhất một mức có hệ số 1 (đạt điểm tối đa).',
  'so.fw.step-negative': 'Bậc "{step}" có số âm; ngưỡng và điểm phải từ 0 trở lên.',
  'so.fw.step-above': 'Bậc "{step}" cho {points} điểm, vượt điểm tối đa {max}.',
  'so.fw.steps-order':
    'Bậc "{step}" phải có ngưỡng nhỏ hơn và điểm không lớn hơn bậc trước "{previous}" (liệt kê từ ngưỡng cao nhất).',
  'so.fw.top-step': 'Bậc cao nhất "{step}" phải cho đúng điểm tối đa {max}.',
  // shared/framework/scoring-rule.ts: the rule, then why
  'so.fw.rule': 'Không hiểu quy tắc chấm điểm "{rule}": {why}.',
  'so.fw.rule.kinds': 'phải là bool, ratio, manual, target:N, steps:… hoặc choice:…',
  'so.fw.rule.not-number': '"{value}" không phải là số',
  'so.fw.rule.no-kind': 'không có loại quy tắc "{kind}"',
  'so.fw.rule.no-list': 'thiếu danh sách sau dấu hai chấm',
  'so.fw.rule.pair': 'phần "{part}" phải có dạng giá_trị=điểm',
  'so.fw.rule.step': 'bậc "{step}" phải gồm hai số',
  'so.fw.rule.key': 'mã mức "{key}" phải viết chữ thường không dấu, ví dụ truong hoặc mot_phan',
  'so.fw.rule.fraction': 'hệ số của mức "{key}" không phải là số',
  // shared/framework/read-row.ts
  'so.fw.cell-text': 'Ô này phải chứa văn bản.',
  'so.fw.group-code': 'Mã nhóm "{value}" phải là số nguyên dương.',
  'so.fw.no-name': 'Thiếu tên chỉ số.',
  'so.fw.value-type': 'Kiểu giá trị "{type}" không hợp lệ; chỉ nhận: {allowed}.',
  'so.fw.max-points': 'Điểm tối đa phải là số dương, nhận được "{value}".',
  'so.fw.provenance': 'Nguồn gốc "{value}" không hợp lệ; chỉ nhận V, P, R, I hoặc để trống.',
  // shared/framework/meta.ts
  'so.fw.meta-object': 'Thông tin bộ chỉ số không đúng dạng (cần một đối tượng).',
  'so.fw.meta-field': 'Thiếu hoặc sai {label} ({field}).',
  'so.fw.meta.id': 'mã bộ chỉ số',
  'so.fw.meta.level': 'cấp đánh giá',
  'so.fw.meta.version': 'phiên bản',
  'so.fw.meta.title': 'tên bộ chỉ số',
  'so.fw.meta.source': 'ghi chú nguồn',
  'so.fw.id': 'Mã bộ chỉ số "{id}" chỉ được gồm chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới.',
  'so.fw.level': 'Cấp đánh giá "{level}" không hợp lệ; chỉ nhận district hoặc commune.',
  'so.fw.periods': `Giai đoạn áp dụng "{periods}" không hợp lệ; chỉ nhận 2024 và/hoặc 2025 (${PERIOD_WORDS}).`,
  'so.fw.district-2025':
    'Bộ chỉ số cấp huyện không áp dụng từ 1/7/2025: từ ngày này không còn cấp huyện (giai đoạn chỉ được là 2024).',
  'so.fw.thresholds':
    'Ngưỡng xếp loại không hợp lệ: cần 0 < ngưỡng cơ bản hoàn thành ≤ ngưỡng hoàn thành ≤ 1 (ví dụ 0.5 và 0.9).',
  'so.fw.no-groups': 'Thiếu danh sách nhóm chỉ số (groups).',
  'so.fw.group-nth': 'Nhóm thứ {n}: mã nhóm phải là số nguyên dương.',
  'so.fw.group-twice': 'Mã nhóm {group} bị trùng.',
  'so.fw.group-max': 'Điểm tối đa của nhóm {group} phải là số dương.',
  'so.fw.group-name-text': 'Tên nhóm {group} không đúng dạng văn bản.',
  // shared/framework/catalog.ts, csv.ts, validate.ts; shared/exchange/framework-workbook.ts
  'so.fw.empty-table': 'Bảng trống: thiếu dòng tiêu đề.',
  'so.fw.column-missing': 'Thiếu cột "{column}" ở dòng tiêu đề.',
  'so.fw.column-twice': 'Cột "{column}" xuất hiện hai lần.',
  'so.fw.csv-quote': 'Dấu ngoặc kép nằm giữa một ô chưa được bao trong ngoặc kép.',
  'so.fw.csv-open': 'Thiếu dấu ngoặc kép đóng ô.',
  'so.fw.csv-after': 'Có ký tự thừa sau dấu ngoặc kép đóng ô.',
  'so.fw.not-object': 'Bộ chỉ số không đúng dạng (cần một đối tượng).',
  'so.fw.no-list': 'Thiếu danh sách chỉ số (indicators).',
  'so.fw.no-sheet': 'Không có trang tính "{sheet}" trong tệp.',

  // shared/excel/sheet-grid.ts, shared/exchange/guarded-read.ts, shared/exchange/read-limits.ts, renderer/platform
  'so.read.too-large': 'Tệp quá lớn ({size}; tối đa {max}).',
  'so.read.broken':
    'Không đọc được nội dung tệp: cấu trúc bên trong bị hỏng hoặc do một phần mềm lạ ghi ra. Hãy mở tệp bằng Excel và lưu lại dưới dạng .xlsx.',
  'so.read.broken-excel': `Không đọc được nội dung tệp Excel: cấu trúc bên trong bị hỏng hoặc do một phần mềm lạ ghi ra. Hãy mở tệp bằng Excel và lưu lại dưới dạng .xlsx, hoặc đề nghị đơn vị xuất lại tệp từ DTI Desk.`,
  'so.read.cell': 'Ô {cell} dài {length} ký tự, vượt giới hạn {max} ký tự của một ô Excel.',
  'so.read.rows': 'Trang tính có dữ liệu tới dòng {last}, quá số dòng tối đa {max}.',
  'so.read.columns': 'Trang tính có dữ liệu tới cột {column}, quá số cột tối đa {max}.',
  'so.read.cells': `Trang "{sheet}" có hơn {cells} ô dữ liệu, quá lớn đối với tệp này (tối đa {rows} dòng × {columns} cột). ${REEXPORT}`,
  'so.read.timeout': 'Tệp xử lý quá lâu, đã dừng.',
  'so.read.crash': 'Bộ đọc tệp gặp lỗi và đã dừng (tệp có thể quá lớn hoặc hỏng).',
  'so.read.open-limit': 'Tệp lớn hơn {mb} MB, không mở.',
  'so.read.link': 'Chỉ mở được liên kết https: hoặc mailto:.',
  'so.read.no-folder': 'Trình duyệt không có thư mục sao lưu tự động.',
  'so.read.batch':
    'Lượt nhập có {count} tệp, nhiều hơn {max} tệp mà ứng dụng nhận trong một lượt; chưa kiểm tra, chưa nhập tệp nào. Hãy chia thành các lượt nhỏ hơn (mỗi tỉnh hoặc huyện một lượt), hoặc kiểm tra cả thư mục bằng công cụ dòng lệnh: dti-desk check <thư mục> (xem README, mục "Command-line tool").',

  // shared/units/unit-list.ts, unit-sheet.ts (after a "Dòng n" or "Trang …, dòng n" location), unit-fields.ts
  'so.unit.empty': 'trống.',
  'so.unit.code': `mã đơn vị "{code}" không hợp lệ (${UNIT_CODE}).`,
  'so.unit.no-name': 'thiếu tên đơn vị cho mã {code}.',
  'so.unit.long-name': 'tên đơn vị quá dài (tối đa 120 ký tự).',
  'so.unit.twice': 'mã {code} bị trùng, bỏ qua.',
  'so.unit.no-sheet': 'Tệp không có trang tính nào.',
  'so.unit.no-units': 'Trang "{sheet}" không có đơn vị nào (cột A: mã, cột B: tên).',
  'so.unit.enter-code': 'Nhập mã {what}.',
  'so.unit.bad-code': `Mã {what} "{code}" không hợp lệ (${UNIT_CODE}).`,
  'so.unit.enter-name': 'Nhập tên {what}.',
  'so.unit.long': 'Tên {what} quá dài (tối đa 120 ký tự).',
  'so.unit.province': 'tỉnh',
  'so.unit.district': 'huyện',
  'so.unit.commune': 'xã',

  // shared/exchange/setup-package.ts
  'so.pkg.no-sheet': `${NOT_PACKAGE} (không có trang "{sheet}").`,
  'so.pkg.missing-sheet': `${NOT_PACKAGE}: thiếu trang "{sheet}".`,
  'so.pkg.format': `${NOT_PACKAGE} ({at}).`,
  'so.pkg.at': 'trang "{sheet}", dòng {row} ({key})',
  'so.pkg.version':
    'Gói thiết lập có định dạng phiên bản {found}, máy này đọc được phiên bản {max}: hãy cập nhật DTI Desk.',
  'so.pkg.list': 'Gói thiết lập không ghi danh mục 2024 hay 2025 ({at}).',
  'so.pkg.level': 'Gói thiết lập ghi cấp "{level}" không khớp danh mục {units} ({at}).',
  'so.pkg.code': 'Mã đơn vị nhận "{code}" không hợp lệ ({at}).',
  'so.pkg.name': 'Gói thiết lập thiếu tên đơn vị nhận ({at}).',
  'so.pkg.framework': 'Bộ chỉ số trong gói thiết lập không đọc được: {list}',
  'so.pkg.not-commune': 'Bộ chỉ số trong gói thiết lập không phải bộ chỉ số cấp xã.',
  'so.pkg.other-framework':
    'Gói thiết lập ghi bộ chỉ số {id} phiên bản {version} nhưng trang ChiSo/Nhom là {foundId} phiên bản {foundVersion}.',
  'so.pkg.fingerprint':
    'Nội dung bộ chỉ số trong gói thiết lập đã bị sửa sau khi lập gói (dấu kiểm không khớp, {at}). Hãy xin gói mới từ đơn vị nhận.',
  // renderer/db/repositories/setup-package.ts, frameworks.ts
  'so.pkg.verifier-only': 'Chỉ máy của đơn vị thẩm tra (huyện, tỉnh) lập được gói thiết lập cho xã.',
  'so.pkg.no-framework': 'Máy này chưa có bộ chỉ số cấp xã cho giai đoạn này.',
  'so.pkg.commune-only': 'Chỉ máy của xã đã thiết lập mới nhận gói thiết lập ở đây.',
  'so.pkg.other-receiving':
    'Gói này của {unit} (mã {code}), không phải của đơn vị nhận tệp của máy này: {held} (mã {heldCode}). Không có gì thay đổi.',
  'so.pkg.unchanged': '{why} Không có gì thay đổi.',
  'so.fw.used':
    'Bộ chỉ số "{id}" phiên bản {version} đã được {used} bản đánh giá sử dụng nên không thể thay đổi; tệp này có nội dung khác. Hãy đặt số phiên bản mới cho bộ chỉ số đã sửa.',

  // shared/exchange/context.ts
  'so.ctx.other-district': 'Tệp của {unit} thuộc {parent} (mã {parentCode}), không thuộc {here}.',
  'so.ctx.wrong-parent':
    'Tệp của {unit} (mã {code}) ghi đơn vị nhận là {parent} (mã {parentCode}), nhưng mã {code} có trong danh sách của {here}. Nếu đúng là xã này, bấm “Nhận tệp này”.',
  'so.ctx.addable': '{unit} (mã {code}) có trong danh mục của {here} nhưng chưa có trong danh sách xã trên máy này.',
  'so.ctx.unknown-unit':
    'Đơn vị {unit} (mã {code}) chưa có trong danh sách đơn vị của {here}. Hãy thêm đơn vị trước khi nhận tệp.',
  'so.ctx.period': 'Tệp là kỳ {period}, không phải kỳ {held} đang nhận.',
  'so.ctx.framework':
    'Máy này chưa có bộ chỉ số "{id}" phiên bản {version} mà tệp sử dụng. Hãy nạp bộ chỉ số này trước.',
  // renderer/db/repositories/imports.ts: the commit, when the unit or framework went away since the dry run
  'so.ctx.unit-gone': 'Đơn vị {unit} (mã {code}) không còn trong danh sách xã trên máy này.',
  'so.ctx.framework-gone': 'Máy này chưa có bộ chỉ số "{id}" phiên bản {version}.',
  'so.ctx.this-district': 'huyện này',
  'so.ctx.this-province': 'tỉnh này',
  'so.period.year': 'năm {year}',
  'so.period.mid-year': 'sơ kết 6 tháng đầu năm {year}',

  // shared/exchange/manifest-sheet.ts and shared/verify/remarks-read.ts
  'so.manifest.none': 'Không phải {what} xuất từ DTI Desk (không có trang _manifest).',
  'so.manifest.format': 'Không phải {what} xuất từ DTI Desk (trang _manifest không đúng định dạng).',
  'so.manifest.future':
    '{what} theo định dạng phiên bản {version}, mới hơn phiên bản {max} mà DTI Desk này đọc được. Hãy cập nhật DTI Desk.',
  'so.manifest.invalid': 'Trang _manifest bị hỏng hoặc đã bị sửa, không đọc được dữ liệu gốc của tệp.',
  'so.manifest.file': 'tệp',
  'so.manifest.File': 'Tệp',
  'so.manifest.remarks': 'tệp yêu cầu bổ sung',
  'so.manifest.Remarks': 'Tệp yêu cầu bổ sung',
  'so.remarks.invalid': 'Trang _manifest của tệp yêu cầu bổ sung bị hỏng hoặc đã bị sửa.',
  'so.remarks.assessment':
    'Đây là tệp tự đánh giá, không phải tệp yêu cầu bổ sung của tổ thẩm tra. Hãy chọn đúng tệp "…_yeu-cau-bo-sung_….xlsx".',
  'so.remarks.consolidated': 'Đây là tệp tổng hợp gửi tỉnh, không phải tệp yêu cầu bổ sung của tổ thẩm tra.',
  'so.remarks.hash':
    'Dữ liệu trong tệp yêu cầu bổ sung không khớp mã kiểm tra SHA-256: tệp đã bị sửa hoặc hỏng. Đề nghị tổ thẩm tra gửi lại tệp.',
  // renderer/exchange/remarks-import.ts
  'so.remarks.gone': 'Bản đánh giá không còn trên máy.',
  'so.remarks.refused': `${REFUSE} {why} Không có gì thay đổi.`,
  'so.remarks.refused-file': `${REFUSE} {why}`,
  'so.remarks.other-unit': 'tệp yêu cầu bổ sung dành cho {unit} (mã {code}), không phải {held} (mã {heldCode}).',
  'so.remarks.other-period': 'tệp yêu cầu bổ sung thuộc kỳ {period}, bản đang mở là kỳ {held}.',
  'so.remarks.other-framework':
    'tệp dùng bộ chỉ số {id} phiên bản {version}, bản đang mở dùng {heldId} phiên bản {heldVersion}.',
  'so.remarks.again': 'tệp này đã được nhập trước đây.',
  'so.remarks.older': 'máy đã có yêu cầu bổ sung mới hơn (về lần xuất {held}), tệp này về lần xuất {revision}.',
} as const;

export const sharedOutsideEn: Record<keyof typeof sharedOutsideVi, string> = {
  'so.where.sheet': 'Sheet "{sheet}": {text}',
  'so.where.sheet-row': 'Sheet "{sheet}", row {row}: {text}',
  'so.where.sheet-row-column': 'Sheet "{sheet}", row {row}, column "{column}": {text}',
  'so.where.sheet-row-column-indicator': 'Sheet "{sheet}", row {row}, column "{column}", indicator {indicator}: {text}',
  'so.where.sheet-group': 'Sheet "{sheet}", group {group}: {text}',
  'so.where.sheet-row-group': 'Sheet "{sheet}", row {row}, group {group}: {text}',
  'so.where.row': 'Row {row}: {text}',
  'so.where.row-column': 'Row {row}, column "{column}": {text}',
  'so.where.row-column-indicator': 'Row {row}, column "{column}", indicator {indicator}: {text}',
  'so.where.group': 'Group {group}: {text}',
  'so.where.position-column': 'Indicator no. {position}, field "{column}": {text}',
  'so.where.position-column-indicator': 'Indicator no. {position}, field "{column}", indicator {indicator}: {text}',
  'so.where.at-row': 'row {row}',
  'so.where.at-position': 'indicator no. {position}',

  'so.fw.no-indicators': 'The framework has no indicators.',
  'so.fw.code-invalid': 'Indicator code "{code}" is not in the form "group.number" (e.g. 6.12).',
  'so.fw.code-duplicate': 'Indicator code "{code}" is repeated (already at {where}).',
  'so.fw.code-group-mismatch': 'Indicator code "{code}" does not belong to group {group}.',
  'so.fw.group-unknown': 'Group {group} is not in the framework’s list of groups.',
  'so.fw.group-name-mismatch':
    'Group name "{name}" differs from the name already given for group {group} ("{expected}").',
  'so.fw.group-no-name': 'Group {group} has no name.',
  'so.fw.group-empty': 'Group {group} has no indicators.',
  'so.fw.code-gap': 'Group {group} lacks indicator {code} (indicators must be numbered without gaps from 1).',
  'so.fw.group-sum':
    'The indicators of group {group} "{name}" add up to {sum} points at most, not the group’s maximum ({max}).',
  'so.fw.rule-type': 'Rule "{kind}" cannot be used for value type "{type}" (only for: {allowed}).',
  'so.fw.target': 'The target of a target rule must be a positive number; got {target}.',
  'so.fw.choice-twice': 'Level "{key}" is declared twice.',
  'so.fw.fraction': 'The factor of level "{key}" is {fraction}; it must be between 0 and 1.',
  'so.fw.choice-label':
    'The label of level "{key}" is not in column method_vi (write it as "{key} = label (… điểm)", in Vietnamese).',
  'so.fw.choice-full': 'A choice rule needs at least one level with factor 1 (full points).',
  'so.fw.step-negative': 'Step "{step}" has a negative number; thresholds and points must be 0 or more.',
  'so.fw.step-above': 'Step "{step}" gives {points} points, over the maximum of {max}.',
  'so.fw.steps-order':
    'Step "{step}" must have a lower threshold and no more points than the step before, "{previous}" (list from the highest threshold).',
  'so.fw.top-step': 'The highest step "{step}" must give exactly the maximum of {max} points.',
  'so.fw.rule': 'Scoring rule "{rule}" cannot be understood: {why}.',
  'so.fw.rule.kinds': 'it must be bool, ratio, manual, target:N, steps:… or choice:…',
  'so.fw.rule.not-number': '"{value}" is not a number',
  'so.fw.rule.no-kind': 'there is no rule kind "{kind}"',
  'so.fw.rule.no-list': 'the list after the colon is missing',
  'so.fw.rule.pair': 'part "{part}" must be of the form value=points',
  'so.fw.rule.step': 'step "{step}" must be two numbers',
  'so.fw.rule.key': 'level code "{key}" must be lower case without accents, e.g. truong or mot_phan',
  'so.fw.rule.fraction': 'the factor of level "{key}" is not a number',
  'so.fw.cell-text': 'This cell must hold text.',
  'so.fw.group-code': 'Group code "{value}" must be a positive whole number.',
  'so.fw.no-name': 'The indicator name is missing.',
  'so.fw.value-type': 'Value type "{type}" is not valid; accepted: {allowed}.',
  'so.fw.max-points': 'Maximum points must be a positive number; got "{value}".',
  'so.fw.provenance': 'Provenance "{value}" is not valid; accepted: V, P, R, I or blank.',
  'so.fw.meta-object': 'The framework information is malformed (an object is needed).',
  'so.fw.meta-field': 'The {label} ({field}) is missing or wrong.',
  'so.fw.meta.id': 'framework code',
  'so.fw.meta.level': 'assessment level',
  'so.fw.meta.version': 'version',
  'so.fw.meta.title': 'framework name',
  'so.fw.meta.source': 'source note',
  'so.fw.id':
    'Framework code "{id}" may hold only unaccented lower-case letters, digits, dots, hyphens and underscores.',
  'so.fw.level': 'Assessment level "{level}" is not valid; accepted: district or commune.',
  'so.fw.periods':
    'Periods "{periods}" are not valid; accepted: 2024 and/or 2025 (2024 = before 1/7/2025 (province – district – commune), 2025 = from 1/7/2025 (province – commune)).',
  'so.fw.district-2025':
    'A district framework cannot apply from 1/7/2025: there are no districts from that date (the period can only be 2024).',
  'so.fw.thresholds':
    'The rating thresholds are not valid: 0 < basic completion threshold ≤ completion threshold ≤ 1 is needed (e.g. 0.5 and 0.9).',
  'so.fw.no-groups': 'The list of indicator groups (groups) is missing.',
  'so.fw.group-nth': 'Group no. {n}: the group code must be a positive whole number.',
  'so.fw.group-twice': 'Group code {group} is repeated.',
  'so.fw.group-max': 'The maximum points of group {group} must be a positive number.',
  'so.fw.group-name-text': 'The name of group {group} is not text.',
  'so.fw.empty-table': 'The table is empty: the header row is missing.',
  'so.fw.column-missing': 'Column "{column}" is missing from the header row.',
  'so.fw.column-twice': 'Column "{column}" appears twice.',
  'so.fw.csv-quote': 'A double quote sits inside a cell that is not enclosed in double quotes.',
  'so.fw.csv-open': 'A cell’s closing double quote is missing.',
  'so.fw.csv-after': 'There are extra characters after a cell’s closing double quote.',
  'so.fw.not-object': 'The framework is malformed (an object is needed).',
  'so.fw.no-list': 'The list of indicators (indicators) is missing.',
  'so.fw.no-sheet': 'The file has no sheet "{sheet}".',

  'so.read.too-large': 'The file is too large ({size}; at most {max}).',
  'so.read.broken':
    'The file’s content cannot be read: its inner structure is damaged or was written by unknown software. Open the file in Excel and save it as .xlsx.',
  'so.read.broken-excel':
    'The Excel file’s content cannot be read: its inner structure is damaged or was written by unknown software. Open the file in Excel and save it as .xlsx, or ask the unit to export the file from DTI Desk again.',
  'so.read.cell': 'Cell {cell} is {length} characters long, over the {max}-character limit of an Excel cell.',
  'so.read.rows': 'The sheet has data down to row {last}, over the maximum of {max} rows.',
  'so.read.columns': 'The sheet has data up to column {column}, over the maximum of {max} columns.',
  'so.read.cells': `Sheet "{sheet}" has over {cells} data cells, too large for this file (at most {rows} rows × {columns} columns). ${REEXPORT_EN}`,
  'so.read.timeout': 'The file took too long to process and was stopped.',
  'so.read.crash': 'The file reader failed and stopped (the file may be too large or damaged).',
  'so.read.open-limit': 'The file is larger than {mb} MB; not opened.',
  'so.read.link': 'Only https: or mailto: links can be opened.',
  'so.read.no-folder': 'The browser has no automatic backup folder.',
  'so.read.batch':
    'The import has {count} files, more than the {max} the application takes at once; nothing was checked or imported. Split it into smaller imports (one per province or district), or check the whole folder with the command-line tool: dti-desk check <folder> (see the README, section "Command-line tool").',

  'so.unit.empty': 'empty.',
  'so.unit.code': `unit code "{code}" is not valid (${UNIT_CODE_EN}).`,
  'so.unit.no-name': 'the unit name for code {code} is missing.',
  'so.unit.long-name': 'the unit name is too long (at most 120 characters).',
  'so.unit.twice': 'code {code} is repeated; skipped.',
  'so.unit.no-sheet': 'The file has no sheets.',
  'so.unit.no-units': 'Sheet "{sheet}" has no units (column A: code, column B: name).',
  'so.unit.enter-code': 'Enter the {what} code.',
  'so.unit.bad-code': `The {what} code "{code}" is not valid (${UNIT_CODE_EN}).`,
  'so.unit.enter-name': 'Enter the {what} name.',
  'so.unit.long': 'The {what} name is too long (at most 120 characters).',
  'so.unit.province': 'province',
  'so.unit.district': 'district',
  'so.unit.commune': 'commune',

  'so.pkg.no-sheet': `${NOT_PACKAGE_EN} (it has no sheet "{sheet}").`,
  'so.pkg.missing-sheet': `${NOT_PACKAGE_EN}: sheet "{sheet}" is missing.`,
  'so.pkg.format': `${NOT_PACKAGE_EN} ({at}).`,
  'so.pkg.at': 'sheet "{sheet}", row {row} ({key})',
  'so.pkg.version': 'The setup package has format version {found}; this computer reads version {max}: update DTI Desk.',
  'so.pkg.list': 'The setup package names neither the 2024 nor the 2025 unit list ({at}).',
  'so.pkg.level': 'The setup package’s level "{level}" does not match the {units} unit list ({at}).',
  'so.pkg.code': 'Receiving unit code "{code}" is not valid ({at}).',
  'so.pkg.name': 'The setup package lacks the receiving unit’s name ({at}).',
  'so.pkg.framework': 'The framework in the setup package cannot be read: {list}',
  'so.pkg.not-commune': 'The framework in the setup package is not a commune framework.',
  'so.pkg.other-framework':
    'The setup package names framework {id} version {version}, but sheets ChiSo/Nhom hold {foundId} version {foundVersion}.',
  'so.pkg.fingerprint':
    'The framework in the setup package was changed after the package was made (the fingerprint does not match, {at}). Ask the receiving unit for a new package.',
  'so.pkg.verifier-only':
    'Only a verifying unit’s computer (district, province) can make a setup package for communes.',
  'so.pkg.no-framework': 'This computer has no commune framework for this period.',
  'so.pkg.commune-only': 'Only a commune computer already set up receives a setup package here.',
  'so.pkg.other-receiving':
    'This package is from {unit} (code {code}), not from the unit this computer sends its files to: {held} (code {heldCode}). Nothing changed.',
  'so.pkg.unchanged': '{why} Nothing changed.',
  'so.fw.used':
    'Framework "{id}" version {version} is used by {used} assessment(s), so it cannot change; this file has different content. Give the edited framework a new version number.',

  'so.ctx.other-district': 'The file of {unit} belongs to {parent} (code {parentCode}), not to {here}.',
  'so.ctx.wrong-parent':
    'The file of {unit} (code {code}) names {parent} (code {parentCode}) as its receiving unit, but code {code} is on the list of {here}. If it is indeed this commune, press “Accept this file”.',
  'so.ctx.addable':
    '{unit} (code {code}) is in the official list of {here} but not yet in the list of communes on this computer.',
  'so.ctx.unknown-unit':
    'Unit {unit} (code {code}) is not yet in the list of units of {here}. Add the unit before receiving the file.',
  'so.ctx.period': 'The file is for {period}, not the {held} being received.',
  'so.ctx.framework':
    'This computer does not have framework "{id}" version {version} that the file uses. Load that framework first.',
  'so.ctx.unit-gone': 'Unit {unit} (code {code}) is no longer in the list of communes on this computer.',
  'so.ctx.framework-gone': 'This computer does not have framework "{id}" version {version}.',
  'so.ctx.this-district': 'this district',
  'so.ctx.this-province': 'this province',
  'so.period.year': 'year {year}',
  'so.period.mid-year': 'six-month review {year}',

  'so.manifest.none': 'Not a {what} exported from DTI Desk (there is no _manifest sheet).',
  'so.manifest.format': 'Not a {what} exported from DTI Desk (the _manifest sheet is not in the right format).',
  'so.manifest.future':
    '{what} uses format version {version}, newer than the version {max} this DTI Desk reads. Update DTI Desk.',
  'so.manifest.invalid': 'The _manifest sheet is damaged or was edited; the file’s original data cannot be read.',
  'so.manifest.file': 'file',
  'so.manifest.File': 'This file',
  'so.manifest.remarks': 'remarks file',
  'so.manifest.Remarks': 'This remarks file',
  'so.remarks.invalid': 'The _manifest sheet of the remarks file is damaged or was edited.',
  'so.remarks.assessment':
    'This is a self-assessment file, not a remarks file from the verification team. Choose the file "…_yeu-cau-bo-sung_….xlsx".',
  'so.remarks.consolidated':
    'This is a consolidated file for the province, not a remarks file from the verification team.',
  'so.remarks.hash':
    'The data in the remarks file does not match its SHA-256 check code: the file was edited or is damaged. Ask the verification team to send it again.',
  'so.remarks.gone': 'The assessment is no longer on this computer.',
  'so.remarks.refused': `${REFUSE_EN} {why} Nothing changed.`,
  'so.remarks.refused-file': `${REFUSE_EN} {why}`,
  'so.remarks.other-unit': 'the remarks file is for {unit} (code {code}), not {held} (code {heldCode}).',
  'so.remarks.other-period': 'the remarks file is for {period}; the open assessment is for {held}.',
  'so.remarks.other-framework':
    'the file uses framework {id} version {version}; the open assessment uses {heldId} version {heldVersion}.',
  'so.remarks.again': 'this file was already imported.',
  'so.remarks.older': 'this computer already has newer remarks (on export {held}); this file is on export {revision}.',
};
