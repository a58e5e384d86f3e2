/** Vietnamese UI strings: the app's first language. Keys are shared with ./en.ts. */
export const vi = {
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

export type MessageKey = keyof typeof vi;
