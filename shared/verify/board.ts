/**
 * Board state of a commune on the district's verification board (our design):
 * - Chưa nhận: no file received.
 * - Đã nhận: a file, and no verdict at all (not even a stale one).
 * - Đang thẩm tra: some verdicts, but at least one indicator has no current verdict (none yet, or stale).
 * - Yêu cầu bổ sung: at least one request outstanding, and every other indicator agreed or adjusted.
 * - Đã thẩm tra: every indicator agreed or adjusted.
 */
import type { Framework } from '../framework/types';
import { verifyProgress } from './figures';
import { layerOf, type LayersInput } from './types';

/** The five board states. */
export type BoardState = 'chua-nhan' | 'da-nhan' | 'dang-tham-tra' | 'yeu-cau-bo-sung' | 'da-tham-tra';

/** Every board state, in workflow order. */
export const BOARD_STATES: readonly BoardState[] = [
  'chua-nhan',
  'da-nhan',
  'dang-tham-tra',
  'yeu-cau-bo-sung',
  'da-tham-tra',
];

/** Vietnamese label of each board state. */
export const BOARD_STATE_LABELS_VI: Readonly<Record<BoardState, string>> = {
  'chua-nhan': 'Chưa nhận',
  'da-nhan': 'Đã nhận',
  'dang-tham-tra': 'Đang thẩm tra',
  'yeu-cau-bo-sung': 'Yêu cầu bổ sung',
  'da-tham-tra': 'Đã thẩm tra',
};

/** Where a commune stands: `hasFile` is whether its self-assessment file was received. */
export function boardState(fw: Framework, hasFile: boolean, layers: LayersInput): BoardState {
  if (!hasFile) return 'chua-nhan';
  const p = verifyProgress(fw, layers);
  if (p.total > 0 && p.verified === p.total) return 'da-tham-tra';
  if (p.requested > 0 && p.verified + p.requested === p.total) return 'yeu-cau-bo-sung';
  const anyLayer = fw.indicators.some((i) => layerOf(layers, i.code) !== undefined);
  return anyLayer ? 'dang-tham-tra' : 'da-nhan';
}
