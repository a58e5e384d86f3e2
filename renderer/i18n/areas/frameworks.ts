/** Cài đặt → Bộ chỉ số: the frameworks panel. */
export const frameworksVi = {
  'fw.title': 'Bộ chỉ số',
  'fw.intro':
    'Bộ chỉ số là dữ liệu: tỉnh có thể nạp bộ chỉ số chính thức từ tệp Excel (trang ChiSo và Nhom) mà không cần cài bản mới. Một phiên bản đã được bản đánh giá sử dụng thì không thể sửa; hãy đặt số phiên bản mới.',
  'fw.col.framework': 'Bộ chỉ số',
  'fw.col.level': 'Cấp',
  'fw.col.periods': 'Áp dụng',
  'fw.col.version': 'Phiên bản',
  'fw.col.count': 'Số chỉ số',
  'fw.col.source': 'Nguồn',
  'fw.level.district': 'Cấp huyện',
  'fw.level.commune': 'Cấp xã',
  'fw.level.commune.2025': 'Cấp xã (xã, phường, đặc khu)',
  'fw.level.commune.2024': 'Cấp xã (xã, phường, thị trấn)',
  'fw.period.2024': 'trước 1/7/2025',
  'fw.period.2025': 'từ 1/7/2025',
  'fw.builtIn': 'Có sẵn trong ứng dụng',
  'fw.export': 'Xuất Excel',
  'fw.template': 'Mẫu trống',
  'fw.load': 'Nạp bộ chỉ số từ Excel…',
  'fw.notLoaded': 'Tệp {file} không nạp được (không có gì thay đổi):',
  'fw.added': 'Đã nạp bộ chỉ số: {title}, phiên bản {version} ({n} chỉ số).',
  'fw.unchanged': 'Bộ chỉ số này đã có trên máy, không thay đổi gì: {title}, phiên bản {version} ({n} chỉ số).',
  'fw.replaced':
    'Đã cập nhật bộ chỉ số (chưa có bản đánh giá nào dùng phiên bản này): {title}, phiên bản {version} ({n} chỉ số).',
} as const;

export const frameworksEn: Record<keyof typeof frameworksVi, string> = {
  'fw.title': 'Frameworks',
  'fw.intro':
    'A framework is data: the province can load the official framework from an Excel file (sheets ChiSo and Nhom) without installing a new app version. A version already used by an assessment cannot be changed; give it a new version number.',
  'fw.col.framework': 'Framework',
  'fw.col.level': 'Level',
  'fw.col.periods': 'Applies',
  'fw.col.version': 'Version',
  'fw.col.count': 'Indicators',
  'fw.col.source': 'Source',
  'fw.level.district': 'District',
  'fw.level.commune': 'Commune',
  'fw.level.commune.2025': 'Commune (communes, wards, special zones)',
  'fw.level.commune.2024': 'Commune (communes, wards, townships)',
  'fw.period.2024': 'before 1/7/2025',
  'fw.period.2025': 'from 1/7/2025',
  'fw.builtIn': 'Built into the app',
  'fw.export': 'Export Excel',
  'fw.template': 'Blank template',
  'fw.load': 'Load a framework from Excel…',
  'fw.notLoaded': 'File {file} could not be loaded (nothing was changed):',
  'fw.added': 'Framework loaded: {title}, version {version} ({n} indicators).',
  'fw.unchanged':
    'This framework is already on this computer, nothing changed: {title}, version {version} ({n} indicators).',
  'fw.replaced':
    'Framework updated (no assessment uses this version yet): {title}, version {version} ({n} indicators).',
};
