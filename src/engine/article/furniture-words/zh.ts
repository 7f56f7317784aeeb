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
  readingTime: ['阅读', '阅读时间'],
  issue: ['期'],
  formFields: ['姓名', '邮箱', '评论', '发表评论'],
  cookies: ['我们使用cookie', '本网站使用cookie'],
  subscribe: [],
  commentForm: [],
  photo: [],
  home: ['首页', 'ホーム'],
  share: ['分享', '共有'],
  filedFrom: [],
  providedBy: [],
  outlet: ['新闻', '新聞', '日報', '日报', 'ニュース', '新闻网'],
  sourceLabel: ['来源', '出典'],
  rightsReserved: ['版权所有'],
  endMark: [],
};
