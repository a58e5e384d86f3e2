/** Cài đặt: unit, documents, setup package, package receive, province e-mail panels. */
export const settingsVi = {
  'settings.unit.title': 'Đơn vị của máy này',
  'settings.unit.commune': 'Xã',
  'settings.unit.sendTo': 'Gửi tệp đến',
  'settings.unit.verifier': 'Đơn vị thẩm tra',
  'settings.unit.receiving': 'Đơn vị nhận',
  'settings.unit.list': 'Danh mục đơn vị',
  'settings.unit.nameCode': '{name} (mã {code})',
  'settings.unit.handNote': ' — nhập tay, không có trong danh mục',
  'settings.unit.period.2025': 'từ 1/7/2025 (tỉnh – xã)',
  'settings.unit.period.2024': 'trước 1/7/2025 (tỉnh – huyện – xã)',
  'settings.unit.edit': 'Sửa đơn vị…',
  'settings.unit.done': 'Đã sửa đơn vị. Các bản đánh giá được giữ nguyên; thay đổi đã ghi vào lịch sử.',
  'settings.unit.pickCommune': 'Hãy tìm và chọn xã của máy này.',
  'settings.unit.pick': 'Hãy tìm và chọn {what}.',
  'settings.unit.periodLegend': 'Giai đoạn hành chính',
  'settings.unit.fromList': 'Chọn từ danh mục',
  'settings.unit.byHand': 'Đơn vị chưa có trong danh mục? Nhập tay…',
  'settings.unit.findCommune': 'Tìm xã của máy này theo tên',
  'settings.unit.find': 'Tìm {what} theo tên',
  'settings.unit.belongs': '{commune} thuộc {parent} theo danh mục.',
  'settings.unit.planTitle': 'Sửa đơn vị của máy này:',
  'settings.unit.planKept':
    'Mọi bản đánh giá, số liệu và lịch sử trên máy được giữ nguyên; thay đổi được ghi vào lịch sử.',
  'settings.unit.planMoved':
    'Mọi bản đánh giá, số liệu và lịch sử trên máy được giữ nguyên ({n} bản đánh giá chuyển sang đơn vị mới); thay đổi được ghi vào lịch sử.',
  'settings.unit.confirm': 'Xác nhận sửa',
  'settings.unit.preview': 'Xem thay đổi',
  'settings.unit.cancel': 'Huỷ',
  'settings.typed.legend': 'Nhập tay đơn vị chưa có trong danh mục',
  'settings.typed.warning':
    'Chỉ nhập tay khi đơn vị chưa có trong danh mục chính thức (ví dụ sau một lần sắp xếp mới). Mã phải đúng mã của Cục Thống kê: tệp gửi đi và nhận về được đối chiếu theo mã này.',
  'settings.typed.communeCode': 'Mã xã',
  'settings.typed.communeName': 'Tên xã',
  'settings.typed.code': 'Mã {what}',
  'settings.typed.name': 'Tên {what}',

  'settings.package.title': 'Gói thiết lập cho xã',
  'settings.package.intro':
    'Tệp nhỏ gửi các xã: đơn vị nhận, giai đoạn hành chính và bộ chỉ số cấp xã đang áp dụng. Xã mở gói ở lần chạy đầu, chọn tên mình trong danh sách, không phải nhập mã nào; gửi lại gói khi có phiên bản bộ chỉ số mới.',
  'settings.package.export': 'Xuất gói thiết lập cho xã',
  'settings.package.saved': 'Đã lưu {file}: {unit}, bộ chỉ số {framework} phiên bản {version}. Gửi tệp này cho các xã.',
  'settings.receive.title': 'Gói thiết lập từ đơn vị nhận',
  'settings.receive.intro':
    'Khi tỉnh (hoặc huyện) gửi gói thiết lập mới có phiên bản bộ chỉ số mới, mở gói ở đây: máy này dùng bộ chỉ số đó cho các bản đánh giá mở mới. Đơn vị của máy không thay đổi.',
  'settings.receive.open': 'Mở gói thiết lập mới…',
  'settings.receive.unchangedSuffix': '{file}: {error} Không có gì thay đổi.',
  'settings.receive.added':
    'Đã nhận bộ chỉ số {title}, phiên bản {version}: các bản đánh giá mở mới dùng bộ này; bản đánh giá đã bắt đầu giữ nguyên bộ chỉ số và số liệu của mình.',
  'settings.receive.had':
    'Máy đã có bộ chỉ số {title}, phiên bản {version}: các bản đánh giá mở mới dùng bộ này; bản đánh giá đã bắt đầu giữ nguyên bộ chỉ số và số liệu của mình.',

  'settings.email.title': 'Gửi kết quả về tỉnh',
  'settings.email.label': 'Thư điện tử của tỉnh',
  'settings.email.saved': 'Đã lưu địa chỉ thư điện tử của tỉnh.',
  'settings.save': 'Lưu',

  'settings.docs.title': 'Văn bản',
  'settings.docs.intro':
    'Số văn bản, địa danh và người ký in trên Biểu mẫu 01. Để trống thì văn bản chừa chỗ viết tay.',
  'settings.docs.introVerifier':
    'Số văn bản, địa danh và người ký in trên Biểu mẫu 01, công văn, biên bản và báo cáo tổng hợp. Để trống thì văn bản chừa chỗ viết tay.',
  'settings.docs.report': 'Số báo cáo tự đánh giá (Biểu mẫu 01)',
  'settings.docs.remarks': 'Số công văn đề nghị bổ sung, giải trình',
  'settings.docs.minutes': 'Số biên bản thẩm tra',
  'settings.docs.consolidated': 'Số báo cáo tổng hợp',
  'settings.docs.place': 'Địa danh ở dòng ngày tháng',
  'settings.docs.preparer': 'Người lập biểu (họ và tên)',
  'settings.docs.signerAuthority': 'Thẩm quyền ký',
  'settings.docs.signerTitle': 'Chức vụ người ký',
  'settings.docs.signerName': 'Người ký (họ và tên)',
  'settings.docs.saved': 'Đã lưu. Văn bản in và tệp Excel xuất từ nay mang các thông tin này.',
  'settings.docs.notSaved': 'Không lưu được: {error}',
  'settings.docs.save': 'Lưu thông tin văn bản',
} as const;

export const settingsEn: Record<keyof typeof settingsVi, string> = {
  'settings.unit.title': 'This computer’s unit',
  'settings.unit.commune': 'Commune',
  'settings.unit.sendTo': 'Files go to',
  'settings.unit.verifier': 'Verifying unit',
  'settings.unit.receiving': 'Receiving unit',
  'settings.unit.list': 'Unit list',
  'settings.unit.nameCode': '{name} (code {code})',
  'settings.unit.handNote': ' — typed by hand, not in the official list',
  'settings.unit.period.2025': 'from 1/7/2025 (province – commune)',
  'settings.unit.period.2024': 'before 1/7/2025 (province – district – commune)',
  'settings.unit.edit': 'Correct the unit…',
  'settings.unit.done': 'Unit corrected. The assessments are kept; the change is recorded in the history.',
  'settings.unit.pickCommune': 'Find and choose this computer’s commune.',
  'settings.unit.pick': 'Find and choose the {what}.',
  'settings.unit.periodLegend': 'Administrative period',
  'settings.unit.fromList': 'Choose from the list',
  'settings.unit.byHand': 'Unit not in the list? Type it in…',
  'settings.unit.findCommune': 'Find this computer’s commune by name',
  'settings.unit.find': 'Find the {what} by name',
  'settings.unit.belongs': '{commune} belongs to {parent} in the list.',
  'settings.unit.planTitle': 'Correct this computer’s unit:',
  'settings.unit.planKept':
    'Every assessment, figure and history entry on this computer is kept; the change is recorded in the history.',
  'settings.unit.planMoved':
    'Every assessment, figure and history entry on this computer is kept ({n} assessments move to the new unit); the change is recorded in the history.',
  'settings.unit.confirm': 'Confirm the correction',
  'settings.unit.preview': 'Preview the changes',
  'settings.unit.cancel': 'Cancel',
  'settings.typed.legend': 'Type in a unit that is not in the list',
  'settings.typed.warning':
    'Type a unit in only when it is not in the official list (for example after a new reorganisation). The code must be the General Statistics Office code: files sent and received are matched by it.',
  'settings.typed.communeCode': 'Commune code',
  'settings.typed.communeName': 'Commune name',
  'settings.typed.code': '{What} code',
  'settings.typed.name': '{What} name',

  'settings.package.title': 'Setup package for communes',
  'settings.package.intro':
    'A small file for the communes: the receiving unit, the administrative period and the commune framework in force. A commune opens it at first run and picks its name from the list, with no code to type; send it again when a new framework version comes.',
  'settings.package.export': 'Export the setup package for communes',
  'settings.package.saved':
    'Saved {file}: {unit}, framework {framework} version {version}. Send this file to the communes.',
  'settings.receive.title': 'Setup package from the receiving unit',
  'settings.receive.intro':
    'When the province (or district) sends a new setup package with a new framework version, open it here: this computer uses that framework for newly opened assessments. The computer’s unit does not change.',
  'settings.receive.open': 'Open a new setup package…',
  'settings.receive.unchangedSuffix': '{file}: {error} Nothing was changed.',
  'settings.receive.added':
    'Received framework {title}, version {version}: new assessments use it; assessments already started keep their framework and figures.',
  'settings.receive.had':
    'This computer already has framework {title}, version {version}: new assessments use it; assessments already started keep their framework and figures.',

  'settings.email.title': 'Sending results to the province',
  'settings.email.label': 'Province e-mail address',
  'settings.email.saved': 'The province e-mail address is saved.',
  'settings.save': 'Save',

  'settings.docs.title': 'Documents',
  'settings.docs.intro':
    'Document numbers, place and signer printed on Form 01. Left empty, the document leaves room to write by hand.',
  'settings.docs.introVerifier':
    'Document numbers, place and signer printed on Form 01, the official letter, the minutes and the consolidated report. Left empty, the document leaves room to write by hand.',
  'settings.docs.report': 'Self-assessment report number (Form 01)',
  'settings.docs.remarks': 'Number of the letter asking for additions and explanations',
  'settings.docs.minutes': 'Verification minutes number',
  'settings.docs.consolidated': 'Consolidated report number',
  'settings.docs.place': 'Place name on the date line',
  'settings.docs.preparer': 'Prepared by (full name)',
  'settings.docs.signerAuthority': 'Signing authority',
  'settings.docs.signerTitle': 'Signer’s position',
  'settings.docs.signerName': 'Signer (full name)',
  'settings.docs.saved': 'Saved. Printed documents and exported Excel files carry this from now on.',
  'settings.docs.notSaved': 'Could not save: {error}',
  'settings.docs.save': 'Save document details',
};
