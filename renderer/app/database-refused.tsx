/** The whole window when the database cannot be used: what is wrong, in Vietnamese, and what to do. */
export function DatabaseRefused({ message }: { message: string }) {
  return (
    <div className="shell">
      <header className="shell-header">
        <div>
          <h1>DTI Desk</h1>
        </div>
      </header>
      <main className="shell-main">
        <section className="card db-refused" role="alert" data-testid="db-refused">
          <h2>Không mở được dữ liệu trên máy này</h2>
          <p>{message}</p>
          <p>Dữ liệu vẫn nằm nguyên trên máy. Cách xử lý:</p>
          <ol>
            <li>Cài DTI Desk bản mới hơn (bản đã ghi dữ liệu này) rồi mở lại; hoặc</li>
            <li>
              mở dữ liệu bằng bản mới đó, vào Cài đặt → Sao lưu và khôi phục để tạo tệp sao lưu (.dtidesk), và khôi phục
              tệp ấy ở máy cần dùng.
            </li>
          </ol>
        </section>
      </main>
    </div>
  );
}
