/**
 * A commune's "Biểu mẫu 01" with the verification added: the printed form of ../exchange/form-sheet.ts (same
 * header, Thông tin chung, columns A–J) followed by Giá trị thẩm tra, Điểm thẩm tra, Kết luận and Nhận xét, with
 * self and verified subtotals per group and for the unit. The machine columns are left out: this sheet is read by
 * people at the province; the machine copy is in the consolidated manifest.
 */
import type { SheetDoc } from '../excel/doc';
import { S } from '../excel/styles';
import type { EntryData, GeneralInfo } from '../entry/types';
import { displayEvidence, displayValue, FORM_COLUMNS } from '../exchange/form-layout';
import { methodText } from '../framework/method-text';
import { closing, type FormHeader, groupCompleted, header, infoBlock } from '../exchange/form-sheet';
import { SheetBuilder } from '../excel/sheet-builder';
import type { Framework, Indicator } from '../framework/types';
import { formatIndexPercent, formatPointsShort, roundPoints, statusLabel, unitSentence } from '../scoring';
import type { VerificationFigures } from './figures';
import { layerOf, type LayersInput, VERDICT_LABELS_VI, type VerifiedLayer } from './types';

const PRINTED = FORM_COLUMNS.slice(0, 10);
const VERIFIED_HEADERS = ['Giá trị thẩm tra', 'Điểm thẩm tra', 'Kết luận', 'Nhận xét'] as const;
const V0 = PRINTED.length; // first verified column (K)
const LAST = V0 + VERIFIED_HEADERS.length - 1;
const WIDTHS = [5, 20, 6, 6, 24, 10, 7, 9, 14, 12, 10, 7, 10, 16];
const NOT_DONE = 'Chưa thẩm tra xong';

/** The Kết luận cell of a layer: the verdict, "Chưa thẩm tra", or a stale verdict to decide again. */
export function conclusionText(layer: VerifiedLayer | undefined): string {
  if (!layer) return 'Chưa thẩm tra';
  if (layer.stale)
    return `Cần thẩm tra lại (số liệu đã thay đổi ở lần ${layer.stale.revision}; kết luận cũ: ${VERDICT_LABELS_VI[layer.verdict]})`;
  return VERDICT_LABELS_VI[layer.verdict];
}

/** Builds the verified form sheet of one commune from its self entries, layers and figures. */
export function buildVerifiedFormSheet(
  fw: Framework,
  h: FormHeader,
  info: GeneralInfo,
  entries: readonly EntryData[],
  layers: LayersInput,
  fig: VerificationFigures,
  /** False while the verification is not finished: verified subtotals and totals say so instead of partial sums. */
  done = true,
): SheetDoc {
  const b = new SheetBuilder(WIDTHS);
  let r = infoBlock(b, h, info, header(b, fw, h, LAST), LAST) + 1;
  b.para(r++, 0, LAST, 'B. CHỈ SỐ ĐÁNH GIÁ VÀ KẾT QUẢ THẨM TRA', S.paraBold);
  const head = r;
  PRINTED.forEach((col, c) => b.text(r, c, col.header, S.th));
  VERIFIED_HEADERS.forEach((t, i) => b.text(r, V0 + i, t, S.th));
  r++;
  const byCode = new Map(entries.map((e) => [e.code, e]));
  const byGroup = new Map<number, Indicator[]>();
  for (const ind of fw.indicators) {
    const list = byGroup.get(ind.groupCode);
    if (list) list.push(ind);
    else byGroup.set(ind.groupCode, [ind]);
  }
  fig.self.groups.forEach((g, gi) => {
    const vg = fig.verified.groups[gi];
    b.text(r, 0, `${g.group.code}. ${g.group.name} (${formatPointsShort(g.group.maxPoints)})`, S.group);
    b.merge(r, 0, r, 2).num(r, 3, g.group.maxPoints, S.groupInt).fill(r, 4, LAST, S.group);
    r++;
    for (const ind of byGroup.get(g.group.code) ?? []) {
      const e = byCode.get(ind.code) ?? {
        raw: {},
        evidence: { docNumber: '', docDate: '', summary: '', link: '' },
        note: '',
      };
      const s = fig.self.scores.get(ind.code);
      const v = fig.verified.scores.get(ind.code);
      const layer = layerOf(layers, ind.code);
      b.text(r, 0, ind.code, S.tdCenter)
        .text(r, 1, ind.name)
        .text(r, 2, ind.unit, S.tdCenter)
        .num(r, 3, ind.maxPoints, S.tdInt)
        .text(r, 4, methodText(ind));
      b.text(r, 5, displayValue(ind, e.raw), S.tdRight).num(
        r,
        6,
        s?.state === 'scored' ? roundPoints(s.points) : undefined,
      );
      b.text(r, 7, s ? statusLabel(s) : '')
        .text(r, 8, displayEvidence(e.evidence))
        .text(r, 9, e.note);
      const current = layer && !layer.stale && layer.verdict !== 'request';
      b.text(r, V0, current ? displayValue(ind, layer.raw) : '', S.tdRight);
      b.num(r, V0 + 1, v?.state === 'scored' ? roundPoints(v.points) : undefined);
      b.text(r, V0 + 2, conclusionText(layer)).text(r, V0 + 3, layer?.remark ?? '');
      r++;
    }
    b.text(r, 1, `Cộng nhóm ${g.group.code}`, S.total)
      .num(r, 3, g.group.maxPoints, S.totalInt)
      .num(r, 6, roundPoints(g.points), S.totalPoints);
    // The counts in the domain's words, each over the empty cells beside it ("Hoàn thành 3/5" read as a status).
    b.text(r, 7, groupCompleted(g.completed, g.total), S.total).merge(r, 7, r, 9);
    if (vg && done)
      b.num(r, V0 + 1, roundPoints(vg.points), S.totalPoints)
        .text(r, V0 + 2, groupCompleted(vg.completed, vg.total), S.total)
        .merge(r, V0 + 2, r, V0 + 3);
    else if (vg) b.text(r, V0 + 1, NOT_DONE, S.total).merge(r, V0 + 1, r, V0 + 2);
    b.fill(r, 0, LAST, S.total);
    r++;
  });
  const { self, verified } = fig;
  b.text(r, 1, 'TỔNG CỘNG', S.total)
    .num(r, 3, self.maxPoints, S.totalInt)
    .num(r, 6, roundPoints(self.points), S.totalPoints)
    .text(r, 7, `Chỉ số: ${formatIndexPercent(self.points, self.maxPoints)}`, S.total);
  if (done)
    b.num(r, V0 + 1, roundPoints(verified.points), S.totalPoints).text(
      r,
      V0 + 2,
      `Chỉ số: ${formatIndexPercent(verified.points, verified.maxPoints)}`,
      S.total,
    );
  else b.text(r, V0 + 1, NOT_DONE, S.total).merge(r, V0 + 1, r, V0 + 2);
  b.fill(r, 0, LAST, S.total);
  r += 2;
  b.para(r, 0, LAST, `Tự đánh giá: ${unitSentence(self)}.`);
  const verdictLine = done
    ? `Kết quả thẩm tra: ${unitSentence(verified, { unenteredAsNotDone: true })}.`
    : `Kết quả thẩm tra: chưa thẩm tra xong (${fig.progress.verified}/${fig.progress.total} chỉ số đã kết luận); điểm trên là điểm tự đánh giá.`;
  b.para(r + 1, 0, LAST, verdictLine);
  const p = fig.progress;
  b.para(
    r + 2,
    0,
    LAST,
    `Tiến độ thẩm tra: ${p.verified}/${p.total} chỉ số đã kết luận (đồng ý ${p.agreed}, điều chỉnh ${p.adjusted}), ${p.requested} chỉ số yêu cầu bổ sung, ${p.pending} chỉ số chưa kết luận.`,
  );
  closing(b, h, r + 4, LAST);
  return b.finish(WIDTHS, { page: { orientation: 'landscape', lastCol: LAST, titleRows: [head, head] } });
}
