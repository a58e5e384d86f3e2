/** The shell (title, navigation, language toggle) and Cài đặt → Thông tin ứng dụng. */
export const shellVi = {
  'app.title': 'DTI Desk — Đánh giá chuyển đổi số',
  'app.subtitle': 'Tự đánh giá, thẩm tra và tổng hợp chỉ số chuyển đổi số cấp xã (cấp huyện: các kỳ trước 1/7/2025)',
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
  'app.starting': 'Đang khởi động…',
  'app.loading': 'Đang tải…',
  'app.problem.dailyBackup': 'Không tạo được bản sao lưu hằng ngày: {error}',
  'app.problem.shipped': 'Không nạp được bộ chỉ số mặc định: {error}',
  'app.problem.upgradeBackup': 'Không tạo được bản sao lưu trước khi nâng cấp dữ liệu: {error}',
  'app.refused.title': 'Không mở được dữ liệu trên máy này',
  'app.refused.kept': 'Dữ liệu vẫn nằm nguyên trên máy. Cách xử lý:',
  'app.refused.step1': 'Cài DTI Desk bản mới hơn (bản đã ghi dữ liệu này) rồi mở lại; hoặc',
  'app.refused.step2':
    'mở dữ liệu bằng bản mới đó, vào Cài đặt → Sao lưu và khôi phục để tạo tệp sao lưu (.dtidesk), và khôi phục tệp ấy ở máy cần dùng.',
  'app.refused.unreadable': 'Không đọc được cơ sở dữ liệu trên máy: {error}',
  'app.refused.unopenable': 'Không mở được cơ sở dữ liệu trên máy: {error}',
  'app.refused.newer':
    'Dữ liệu trên máy này do một phiên bản DTI Desk mới hơn ghi (cơ sở dữ liệu phiên bản {installed}); phiên bản ứng dụng đang chạy chỉ biết đến cơ sở dữ liệu phiên bản {current}. Để không làm hỏng dữ liệu, ứng dụng không mở và không ghi gì vào cơ sở dữ liệu này. Hãy cài DTI Desk bản mới hơn (bản đã tạo ra dữ liệu này), hoặc khôi phục dữ liệu từ một tệp sao lưu (.dtidesk) bằng bản mới đó.',
} as const;

export const shellEn: Record<keyof typeof shellVi, string> = {
  'app.title': 'DTI Desk — Digital transformation assessment',
  'app.subtitle':
    'Self-assessment, verification and consolidation of commune DT indicators (district ones: periods before 1/7/2025)',
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
  'app.starting': 'Starting…',
  'app.loading': 'Loading…',
  'app.problem.dailyBackup': 'The daily backup could not be made: {error}',
  'app.problem.shipped': 'The built-in frameworks could not be loaded: {error}',
  'app.problem.upgradeBackup': 'The backup before the data upgrade could not be made: {error}',
  'app.refused.title': 'The data on this computer cannot be opened',
  'app.refused.kept': 'The data is still on the computer, untouched. What to do:',
  'app.refused.step1': 'Install the newer DTI Desk (the version that wrote this data) and open it again; or',
  'app.refused.step2':
    'open the data with that newer version, make a backup file (.dtidesk) in Settings → Backup and restore, and restore that file on the computer where it is needed.',
  'app.refused.unreadable': 'The database on this computer cannot be read: {error}',
  'app.refused.unopenable': 'The database on this computer cannot be opened: {error}',
  'app.refused.newer':
    'The data on this computer was written by a newer DTI Desk (database version {installed}); the app running knows database versions up to {current}. So as not to damage the data, the app does not open or write to this database. Install the newer DTI Desk (the version that made this data), or restore the data from a backup file (.dtidesk) with that newer version.',
};
