/** Page furniture in Chinese and Japanese: the words met so far. */
import type { FurnitureWords } from './types.ts';

/** Chinese and Japanese furniture words. */
export const ZH: FurnitureWords = {
  byline: ['记者'],
  roles: ['记者'],
  published: [],
  updated: [],
  related: ['相关阅读', '相關閱讀', '関連記事', '相关新闻'],
  moreFrom: [],
  moreBy: [],
  backToTop: ['返回顶部'],
  subscribe: [],
  commentForm: [],
  photo: [],
  home: ['首页', 'ホーム'],
  share: ['分享', '共有'],
  filedFrom: [],
  providedBy: [],
  endMark: [],
};
