import type { Message } from '../../app/errors.ts';

/**
 * The names of the presence and visits requests' fields (src/app/field-names.ts spreads them in; a name the
 * shared list also has is the shared list's).
 */
export const VISIT_FIELD_NAMES: Record<string, Message> = {
  clientId: { zh: '手机端编号', en: 'client id' },
  at: { zh: '时间', en: 'time' },
  lat: { zh: '纬度', en: 'latitude' },
  lng: { zh: '经度', en: 'longitude' },
  accuracy: { zh: '定位精度', en: 'position accuracy' },
  villageCode: { zh: '村', en: 'village' },
  cadreId: { zh: '干部', en: 'cadre' },
  from: { zh: '起始日期', en: 'from date' },
  to: { zh: '截止日期', en: 'to date' },
  month: { zh: '月份', en: 'month' },
  notes: { zh: '走访情况', en: 'notes' },
  checks: { zh: '两不愁三保障核查', en: 'checks' },
  food: { zh: '不愁吃', en: 'food' },
  clothing: { zh: '不愁穿', en: 'clothing' },
  education: { zh: '义务教育保障', en: 'compulsory education' },
  medical: { zh: '基本医疗保障', en: 'basic medical care' },
  housing: { zh: '住房安全保障', en: 'safe housing' },
  water: { zh: '饮水安全', en: 'safe drinking water' },
  incomeChange: { zh: '收入变化', en: 'income change' },
  memberChanges: { zh: '家庭成员变化', en: 'changes of members' },
  photos: { zh: '照片', en: 'photos' },
  data: { zh: '图片内容', en: 'image data' },
  problems: { zh: '发现的问题', en: 'problems found' },
  category: { zh: '类别', en: 'category' },
  description: { zh: '描述', en: 'description' },
  due: { zh: '限期', en: 'due date' },
  confirmation: { zh: '农户确认', en: "household's confirmation" },
  image: { zh: '签名图片', en: 'signature image' },
  photoId: { zh: '照片', en: 'photo' },
};
