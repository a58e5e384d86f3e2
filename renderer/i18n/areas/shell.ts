/** The shell (title, navigation, language toggle) and Cài đặt → Thông tin ứng dụng. */
export const shellVi = {
  'app.title': 'DTI Desk — Đánh giá chuyển đổi số',
  'app.subtitle': 'Tự đánh giá, thẩm tra và tổng hợp chỉ số chuyển đổi số cấp huyện, cấp xã',
  'app.subtitle.province':
    'Sở Khoa học và Công nghệ: thẩm tra và tổng hợp chỉ số chuyển đổi số của các xã, phường, đặc khu',
  'app.subtitle.district': 'UBND huyện: tự đánh giá cấp huyện, thẩm tra và tổng hợp chỉ số chuyển đổi số cấp xã',
  'app.subtitle.commune': 'Tự đánh giá chỉ số chuyển đổi số cấp xã và gửi kết quả cho đơn vị thẩm tra',
  'nav.label': 'Điều hướng chính',
  'nav.assess': 'Đánh giá',
  'nav.verify': 'Thẩm tra',
  'nav.summary': 'Tổng hợp',
  'nav.settings': 'Cài đặt',
  'lang.toggle': 'English',
  'lang.toggleTitle': 'Chuyển sang tiếng Anh',

  'settings.about': 'Thông tin ứng dụng',
  'settings.version': 'Phiên bản',
  'settings.host': 'Môi trường',
  'settings.host.desktop': 'Ứng dụng máy tính',
  'settings.host.browser': 'Trình duyệt',
  'settings.storage': 'Lưu trữ',
  'settings.storage.persisted': 'Dữ liệu được trình duyệt giữ lâu dài.',
  'settings.storage.notPersisted':
    'Trình duyệt chưa cam kết giữ lâu dài dữ liệu; hãy tải tệp sao lưu định kỳ (mục Sao lưu và khôi phục ở trên).',
} as const;

export const shellEn: Record<keyof typeof shellVi, string> = {
  'app.title': 'DTI Desk — Digital transformation assessment',
  'app.subtitle': 'Self-assessment, verification and consolidation of district and commune DT indicators',
  'app.subtitle.province':
    'Department of Science and Technology: verification and consolidation of its communes’ DT indicators',
  'app.subtitle.district':
    'District: own self-assessment, verification and consolidation of its communes’ DT indicators',
  'app.subtitle.commune': 'Commune DT self-assessment, sent to the verifying unit',
  'nav.label': 'Main navigation',
  'nav.assess': 'Assessments',
  'nav.verify': 'Verification',
  'nav.summary': 'Summary',
  'nav.settings': 'Settings',
  'lang.toggle': 'Tiếng Việt',
  'lang.toggleTitle': 'Switch to Vietnamese',

  'settings.about': 'About',
  'settings.version': 'Version',
  'settings.host': 'Host',
  'settings.host.desktop': 'Desktop app',
  'settings.host.browser': 'Browser',
  'settings.storage': 'Storage',
  'settings.storage.persisted': 'The browser keeps this data persistently.',
  'settings.storage.notPersisted':
    'The browser has not promised to keep this data; download a backup file regularly (Backup and restore, above).',
};
