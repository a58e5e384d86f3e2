/** Widgets shared by several screens (value input, period picker, unit picker, text limit, print view toolbar). */
export const componentsVi = {
  'comp.period.year': 'năm {year}',
  'comp.period.midYear': 'sơ kết 6 tháng đầu năm {year}',
  'comp.period.kind.year': 'Cả năm',
  'comp.period.kind.midYear': 'Sơ kết 6 tháng',
  'comp.periodPicker.year': 'Kỳ đang nhận — năm',
  'comp.periodPicker.kind': 'Kỳ',
  'comp.periodPicker.badYear': 'Năm không hợp lệ (2020–2100).',

  'comp.unitPicker.placeholder': 'Gõ tên, không cần dấu: gia vien, ninh binh…',
  'comp.unitPicker.loading': 'Đang tải danh mục…',
  'comp.unitPicker.none': 'Không tìm thấy đơn vị nào trong danh mục.',
  'comp.unitPicker.code': 'mã {code}',

  'comp.value.points': '{points} điểm',
  'comp.value.yes': 'Có',
  'comp.value.no': 'Không',
  'comp.value.result': 'Kết quả',
  'comp.value.level': 'Mức đạt',
  'comp.value.notChosen': '— chưa chọn —',
  'comp.value.percent': 'Tỷ lệ',
  'comp.value.count': 'Số lượng',
  'comp.value.numerator': 'Tử số a',
  'comp.value.denominator': 'Mẫu số b',
  'comp.value.declared': 'Số liệu kê khai',
  'comp.value.declaredText': 'Nội dung kê khai',
  'comp.value.selfPoints': 'Điểm tự chấm (tối đa {max})',
  'comp.value.ratioNa': 'b = 0: không áp dụng',

  'comp.textLimit.count': '{length}/{max} ký tự',
  'comp.textLimit.refused':
    'Chưa nhận nội dung vừa gõ hoặc dán ở {where}: ô sẽ dài {length} ký tự, quá giới hạn {max} ký tự của một mục (giới hạn để tệp Excel xuất ra mở được an toàn). Hãy rút gọn nội dung rồi gõ hoặc dán lại.',
  'comp.textLimit.over':
    'Nội dung ở {where} dài {length} ký tự, quá giới hạn {max} ký tự: chưa xuất được tệp Excel cho đến khi rút gọn.',

  'comp.exportState.draft': 'Nháp',
  'comp.exportState.received': 'Đã nhận',
  'comp.exportState.stale': 'Đã sửa sau lần xuất r{revision} — cần xuất lại',
  'comp.exportState.exported': 'Đã xuất r{revision}',
  'comp.level.district': 'huyện',
  'comp.level.province': 'tỉnh',

  'comp.print.print': 'In / Lưu PDF',
  'comp.print.saved': 'Đã lưu bản PDF tại {path}.',
  'comp.print.cancelled': 'Đã huỷ lưu PDF.',
  'comp.print.failed': 'Không in được: {reason}',
  'comp.print.docSettings': 'Số văn bản, địa danh và người ký: Cài đặt → Văn bản. Khổ A4 ngang.',
  'comp.print.loading': 'Đang tải…',
  'comp.print.form.label': 'Biểu mẫu 01 — bản in',
  'comp.print.form.back': '← Quay lại biểu mẫu',
} as const;

export const componentsEn: Record<keyof typeof componentsVi, string> = {
  'comp.period.year': 'year {year}',
  'comp.period.midYear': 'six-month review {year}',
  'comp.period.kind.year': 'Full year',
  'comp.period.kind.midYear': 'Six-month review',
  'comp.periodPicker.year': 'Receiving period — year',
  'comp.periodPicker.kind': 'Period',
  'comp.periodPicker.badYear': 'Invalid year (2020–2100).',

  'comp.unitPicker.placeholder': 'Type the name, diacritics optional: gia vien, ninh binh…',
  'comp.unitPicker.loading': 'Loading the list of units…',
  'comp.unitPicker.none': 'No unit in the official list matches.',
  'comp.unitPicker.code': 'code {code}',

  'comp.value.points': '{points} pts',
  'comp.value.yes': 'Yes',
  'comp.value.no': 'No',
  'comp.value.result': 'Result',
  'comp.value.level': 'Level reached',
  'comp.value.notChosen': '— not chosen —',
  'comp.value.percent': 'Rate',
  'comp.value.count': 'Count',
  'comp.value.numerator': 'Numerator a',
  'comp.value.denominator': 'Denominator b',
  'comp.value.declared': 'Declared figure',
  'comp.value.declaredText': 'Declared content',
  'comp.value.selfPoints': 'Self-assessed points (max {max})',
  'comp.value.ratioNa': 'b = 0: not applicable',

  'comp.textLimit.count': '{length}/{max} characters',
  'comp.textLimit.refused':
    'What was just typed or pasted in {where} was not taken: the field would be {length} characters long, over the limit of {max} characters per field (so the exported Excel file opens safely). Shorten it, then type or paste again.',
  'comp.textLimit.over':
    'The text in {where} is {length} characters long, over the limit of {max}: the Excel file cannot be exported until it is shortened.',

  'comp.exportState.draft': 'Draft',
  'comp.exportState.received': 'Received',
  'comp.exportState.stale': 'Edited after export r{revision} — export again',
  'comp.exportState.exported': 'Exported r{revision}',
  'comp.level.district': 'district',
  'comp.level.province': 'province',

  'comp.print.print': 'Print / Save PDF',
  'comp.print.saved': 'PDF saved at {path}.',
  'comp.print.cancelled': 'Saving the PDF was cancelled.',
  'comp.print.failed': 'Could not print: {reason}',
  'comp.print.docSettings': 'Document number, place and signers: Settings → Documents. A4 landscape.',
  'comp.print.loading': 'Loading…',
  'comp.print.form.label': 'Form 01 (Biểu mẫu 01) — print copy',
  'comp.print.form.back': '← Back to the form',
};
