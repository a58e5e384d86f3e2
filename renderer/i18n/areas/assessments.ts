/** Đánh giá: the list of assessments and the new-assessment form. */
export const assessmentsVi = {
  'assess.loading': 'Đang tải…',
  'assess.list.title': 'Các bản đánh giá',
  'assess.list.empty': 'Chưa có bản đánh giá nào. Chọn đơn vị và năm để mở.',
  'assess.col.unit': 'Đơn vị',
  'assess.col.period': 'Kỳ',
  'assess.col.entered': 'Đã nhập',
  'assess.col.completed': 'Hoàn thành và cơ bản hoàn thành',
  'assess.col.points': 'Điểm',
  'assess.col.changed': 'Thay đổi lần cuối',
  'assess.col.state': 'Trạng thái',

  'assess.new.title': 'Mở bản đánh giá',
  'assess.new.unit': 'Đơn vị',
  'assess.new.year': 'Năm',
  'assess.new.kind': 'Kỳ',
  'assess.new.open': 'Mở',
  'assess.new.pickUnit': 'Chọn đơn vị.',
  'assess.new.badYear': 'Năm đánh giá không hợp lệ (2020–2100).',
} as const;

export const assessmentsEn: Record<keyof typeof assessmentsVi, string> = {
  'assess.loading': 'Loading…',
  'assess.list.title': 'Assessments',
  'assess.list.empty': 'No assessment yet. Choose a unit and a year to open one.',
  'assess.col.unit': 'Unit',
  'assess.col.period': 'Period',
  'assess.col.entered': 'Entered',
  'assess.col.completed': 'Completed or basically completed',
  'assess.col.points': 'Points',
  'assess.col.changed': 'Last changed',
  'assess.col.state': 'Status',

  'assess.new.title': 'Open an assessment',
  'assess.new.unit': 'Unit',
  'assess.new.year': 'Year',
  'assess.new.kind': 'Period',
  'assess.new.open': 'Open',
  'assess.new.pickUnit': 'Choose a unit.',
  'assess.new.badYear': 'The assessment year is not valid (2020–2100).',
};
