/**
 * Why an outside file is refused, as shared/exchange says it in Vietnamese (the same words the dti-desk CLI prints):
 * each Vietnamese text here is shared's message with {placeholders} for what it names, and i18n/shared-text.ts
 * recognises a message by it to say it in English. A message not listed stays as shared said it.
 */
const SAVE_AS_XLSX =
  'Hãy mở tệp bằng Excel và lưu lại dưới dạng .xlsx (Tệp → Lưu thành → Sổ làm việc Excel), rồi nhập lại.';
const PICK_AGAIN = 'Hãy chọn đúng tệp Excel (.xlsx) do đơn vị xuất từ DTI Desk.';
const REEXPORT = 'Đề nghị đơn vị xuất lại tệp từ DTI Desk và gửi lại.';
const DONT_OPEN = 'đừng mở tệp gốc bằng Excel khi chưa kiểm tra';
const SAVE_AS_EN = 'Open the file in Excel, save it as .xlsx (File → Save As → Excel Workbook) and import it again.';
const PICK_AGAIN_EN = 'Choose the right Excel file (.xlsx) exported by the unit from DTI Desk.';
const REEXPORT_EN = 'Ask the unit to export the file from DTI Desk again and resend it.';
const DONT_OPEN_EN = 'do not open the original in Excel before it is checked';

export const refusalsVi = {
  'refusal.empty': 'Tệp rỗng (0 byte).',
  'refusal.too-large':
    'Tệp quá lớn ({size}; tệp tự đánh giá tối đa {max}). Hãy kiểm tra đã chọn đúng tệp xuất từ DTI Desk.',
  'refusal.encrypted.file': `Tệp Excel được đặt mật khẩu mở tệp nên DTI Desk không đọc được. Hãy gỡ mật khẩu: mở tệp bằng Excel, chọn Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xoá mật khẩu và lưu lại, rồi nhập lại tệp.`,
  'refusal.encrypted.xls':
    'Tệp là Excel 97–2003 (.xls) được đặt mật khẩu nên DTI Desk không đọc được. Hãy gỡ mật khẩu (mở bằng Excel, Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xoá mật khẩu), rồi lưu lại dưới dạng .xlsx và nhập lại.',
  'refusal.encrypted.entry': 'Tệp được đặt mật khẩu (thành phần nén bị mã hóa).',
  'refusal.xls': `Tệp là định dạng Excel 97–2003 (.xls), DTI Desk chỉ đọc tệp .xlsx. ${SAVE_AS_XLSX}`,
  'refusal.doc': 'Tệp là văn bản Word 97–2003 (.doc) được đặt tên .xlsx, không phải tệp Excel.',
  'refusal.ole':
    'Tệp là tệp Office định dạng cũ (OLE) nhưng không phải sổ làm việc Excel. Hãy chọn đúng tệp .xlsx xuất từ DTI Desk.',
  'refusal.html': `Tệp là trang HTML được đặt tên .xlsx, không phải tệp Excel xuất từ DTI Desk. ${SAVE_AS_XLSX}`,
  'refusal.magic': `Tệp là {what} được đặt tên .xlsx, không phải tệp Excel. ${PICK_AGAIN}`,
  'refusal.xml': `Tệp là tệp XML (có thể là Excel 2003 XML), không phải tệp .xlsx. ${SAVE_AS_XLSX}`,
  'refusal.text': `Tệp là văn bản thuần (CSV/TXT) được đặt tên .xlsx, không phải tệp Excel. ${PICK_AGAIN}`,
  'refusal.not-zip': `Tệp không phải là tệp Excel .xlsx (không đúng cấu trúc tệp nén). ${PICK_AGAIN}`,
  'refusal.truncated': 'Tệp bị hỏng hoặc không trọn vẹn (có thể tải về/sao chép chưa xong).',
  'refusal.truncated.size': 'Tệp bị hỏng (kích thước thành phần không khớp).',
  'refusal.truncated.header': 'Tệp bị hỏng hoặc không trọn vẹn (thiếu phần đầu thành phần nén).',
  'refusal.truncated.cut': 'Tệp bị hỏng hoặc không trọn vẹn (dữ liệu bị cắt).',
  'refusal.zip64': 'Tệp dùng định dạng nén ZIP64, quá lớn đối với một tệp tự đánh giá.',
  'refusal.too-many-entries': 'Tệp chứa quá nhiều thành phần ({count}; tối đa {max}).',
  'refusal.bad-compression': 'Tệp dùng phương thức nén không hỗ trợ ({method}).',
  'refusal.bomb.total': 'Tệp giải nén quá lớn (trên {max}); từ chối để bảo vệ máy.',
  'refusal.bomb.ratio': 'Tệp có tỷ lệ nén bất thường (trên {ratio}:1), có thể là "bom nén"; từ chối.',
  'refusal.bomb.empty': 'Tệp có thành phần nén khai báo rỗng nhưng chứa dữ liệu; từ chối để bảo vệ máy.',
  'refusal.bomb.part':
    'Tệp có thành phần "{name}" giải nén ra {size}, quá giới hạn {max} cho một phần của tệp tự đánh giá; từ chối để bảo vệ máy.',
  'refusal.duplicate': 'Tệp có thành phần trùng tên, không phải tệp .xlsx hợp lệ.',
  'refusal.ods': `Tệp là bảng tính OpenDocument (.ods), DTI Desk chỉ đọc tệp .xlsx. ${SAVE_AS_XLSX}`,
  'refusal.docx': 'Tệp là văn bản Word (.docx) được đặt tên .xlsx, không phải tệp Excel.',
  'refusal.pptx': 'Tệp là bản trình chiếu PowerPoint, không phải tệp Excel.',
  'refusal.no-workbook': `Tệp nén không phải là tệp Excel .xlsx (không có sổ làm việc bên trong). ${PICK_AGAIN}`,
  'refusal.no-content-types':
    'Tệp nén có sổ làm việc nhưng thiếu phần khai báo loại nội dung bắt buộc của tệp Excel, thường do tệp bị nén lại bằng công cụ khác. Hãy dùng đúng tệp do DTI Desk xuất ra, hoặc đề nghị đơn vị xuất lại tệp.',
  'refusal.memory':
    'Tệp cần quá nhiều bộ nhớ khi đọc (trên 512 MB), bộ đọc đã dừng để bảo vệ máy; các tệp khác vẫn được đọc tiếp. Đề nghị đơn vị xuất lại tệp từ DTI Desk.',
  'refusal.internal': 'Không đọc được tệp do lỗi không lường trước.',
  'refusal.hazard.path-traversal': `Tệp có thành phần mang tên trỏ ra ngoài thư mục giải nén ({detail}), dấu hiệu tệp bị làm ra để ghi đè tệp trên máy. DTI Desk từ chối tệp này; đừng giải nén tệp gốc. ${REEXPORT}`,
  'refusal.hazard.macro': `Tệp có chứa macro ({detail}); macro có thể chạy lệnh khi mở bằng Excel. DTI Desk từ chối tệp này; ${DONT_OPEN}. ${REEXPORT}`,
  'refusal.hazard.embedded-object': `Tệp có nhúng đối tượng hoặc gói tệp khác ({detail}), có thể là chương trình chạy được khi bấm vào trong Excel. DTI Desk từ chối tệp này; ${DONT_OPEN}. ${REEXPORT}`,
  'refusal.hazard.dde': `Tệp có liên kết DDE ({detail}); khi mở bằng Excel, liên kết này có thể chạy lệnh trên máy. DTI Desk từ chối tệp này; ${DONT_OPEN}. ${REEXPORT}`,
  'refusal.magic.pdf': 'tài liệu PDF',
  'refusal.magic.png': 'ảnh PNG',
  'refusal.magic.jpeg': 'ảnh JPEG',
  'refusal.magic.gif': 'ảnh GIF',
  'refusal.magic.rar': 'tệp nén RAR',
  'refusal.magic.7z': 'tệp nén 7z',
  'refusal.magic.gzip': 'tệp nén gzip',
  'refusal.magic.exe': 'chương trình Windows (.exe)',
  'refusal.magic.rtf': 'văn bản RTF',
} as const;

export const refusalsEn: Record<keyof typeof refusalsVi, string> = {
  'refusal.empty': 'The file is empty (0 bytes).',
  'refusal.too-large':
    'The file is too large ({size}; a self-assessment file is at most {max}). Check that the file exported from DTI Desk was chosen.',
  'refusal.encrypted.file':
    'The Excel file has an opening password, so DTI Desk cannot read it. Remove the password: open the file in Excel, File → Info → Protect Workbook → Encrypt with Password, clear the password and save, then import the file again.',
  'refusal.encrypted.xls':
    'The file is an Excel 97–2003 file (.xls) with a password, so DTI Desk cannot read it. Remove the password (in Excel, File → Info → Protect Workbook → Encrypt with Password, clear it), save it as .xlsx and import it again.',
  'refusal.encrypted.entry': 'The file has a password (its compressed parts are encrypted).',
  'refusal.xls': `The file is in Excel 97–2003 format (.xls); DTI Desk reads only .xlsx files. ${SAVE_AS_EN}`,
  'refusal.doc': 'The file is a Word 97–2003 document (.doc) named .xlsx, not an Excel file.',
  'refusal.ole':
    'The file is an old-format Office file (OLE) but not an Excel workbook. Choose the .xlsx file exported from DTI Desk.',
  'refusal.html': `The file is an HTML page named .xlsx, not an Excel file exported from DTI Desk. ${SAVE_AS_EN}`,
  'refusal.magic': `The file is {what} named .xlsx, not an Excel file. ${PICK_AGAIN_EN}`,
  'refusal.xml': `The file is an XML file (perhaps Excel 2003 XML), not an .xlsx file. ${SAVE_AS_EN}`,
  'refusal.text': `The file is plain text (CSV/TXT) named .xlsx, not an Excel file. ${PICK_AGAIN_EN}`,
  'refusal.not-zip': `The file is not an Excel .xlsx file (it is not a valid compressed package). ${PICK_AGAIN_EN}`,
  'refusal.truncated': 'The file is damaged or incomplete (perhaps not fully downloaded or copied).',
  'refusal.truncated.size': 'The file is damaged (a part’s sizes do not match).',
  'refusal.truncated.header': 'The file is damaged or incomplete (a compressed part’s header is missing).',
  'refusal.truncated.cut': 'The file is damaged or incomplete (its data is cut off).',
  'refusal.zip64': 'The file uses the ZIP64 format, too large for a self-assessment file.',
  'refusal.too-many-entries': 'The file holds too many parts ({count}; at most {max}).',
  'refusal.bad-compression': 'The file uses an unsupported compression method ({method}).',
  'refusal.bomb.total': 'The file unpacks too large (over {max}); refused to protect the computer.',
  'refusal.bomb.ratio': 'The file has an abnormal compression ratio (over {ratio}:1), possibly a “zip bomb”; refused.',
  'refusal.bomb.empty':
    'The file has a compressed part declared empty that holds data; refused to protect the computer.',
  'refusal.bomb.part':
    'The file’s part "{name}" unpacks to {size}, over the {max} limit for one part of a self-assessment file; refused to protect the computer.',
  'refusal.duplicate': 'The file has two parts with the same name; it is not a valid .xlsx file.',
  'refusal.ods': `The file is an OpenDocument spreadsheet (.ods); DTI Desk reads only .xlsx files. ${SAVE_AS_EN}`,
  'refusal.docx': 'The file is a Word document (.docx) named .xlsx, not an Excel file.',
  'refusal.pptx': 'The file is a PowerPoint presentation, not an Excel file.',
  'refusal.no-workbook': `The compressed file is not an Excel .xlsx file (it holds no workbook). ${PICK_AGAIN_EN}`,
  'refusal.no-content-types':
    'The compressed file holds a workbook but lacks the content-type declaration every Excel file has, usually because it was re-zipped with another tool. Use the file exported by DTI Desk, or ask the unit to export it again.',
  'refusal.memory':
    'The file needs too much memory to read (over 512 MB); the reader stopped to protect the computer and goes on with the other files. Ask the unit to export the file from DTI Desk again.',
  'refusal.internal': 'The file could not be read because of an unexpected error.',
  'refusal.hazard.path-traversal': `The file has a part whose name points outside the unpacking folder ({detail}), a sign of a file made to overwrite files on the computer. DTI Desk refuses it; do not unpack the original. ${REEXPORT_EN}`,
  'refusal.hazard.macro': `The file contains macros ({detail}); a macro can run commands when opened in Excel. DTI Desk refuses it; ${DONT_OPEN_EN}. ${REEXPORT_EN}`,
  'refusal.hazard.embedded-object': `The file embeds objects or other files ({detail}), possibly a program that runs when clicked in Excel. DTI Desk refuses it; ${DONT_OPEN_EN}. ${REEXPORT_EN}`,
  'refusal.hazard.dde': `The file has DDE links ({detail}); opened in Excel, such a link can run commands on the computer. DTI Desk refuses it; ${DONT_OPEN_EN}. ${REEXPORT_EN}`,
  'refusal.magic.pdf': 'a PDF document',
  'refusal.magic.png': 'a PNG image',
  'refusal.magic.jpeg': 'a JPEG image',
  'refusal.magic.gif': 'a GIF image',
  'refusal.magic.rar': 'a RAR archive',
  'refusal.magic.7z': 'a 7z archive',
  'refusal.magic.gzip': 'a gzip archive',
  'refusal.magic.exe': 'a Windows program (.exe)',
  'refusal.magic.rtf': 'an RTF document',
};
